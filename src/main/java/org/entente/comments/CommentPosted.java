package org.entente.comments;

import java.util.List;

/**
 * A comment was posted, published in the transaction that stores it (listeners that act after the
 * commit, such as notifications, use {@code @ApplicationModuleListener} or {@code
 * @TransactionalEventListener}). The comment's label decides who may learn of it: read it again
 * with the recipient as reader, or ask {@link Watching#watchersOf}.
 *
 * @param recordType the commented record's type ({@code activity}, {@code action-item}…)
 * @param internal whether the comment is internal to its author's nation
 * @param mentionedAccounts the usernames mentioned, each of whom may read the comment
 */
public record CommentPosted(
        long commentId,
        String recordType,
        long recordId,
        String authorAccount,
        boolean internal,
        List<String> mentionedAccounts) {

    public CommentPosted {
        mentionedAccounts = List.copyOf(mentionedAccounts);
    }
}
