package org.entente.comments;

import java.util.List;

/**
 * An edit of a comment mentions accounts its earlier versions did not, published in the edit's
 * transaction: only those newly mentioned are to be told (those mentioned before were told when they
 * were). Each may read the comment, as for {@link CommentPosted}.
 */
public record CommentMentionsAdded(
        long commentId, String recordType, long recordId, String authorAccount, List<String> mentionedAccounts) {

    public CommentMentionsAdded {
        mentionedAccounts = List.copyOf(mentionedAccounts);
    }
}
