package org.entente.comments;

import org.entente.shared.web.AtMost;

/**
 * The comment form as posted, to start a thread's comment or to write a new version of one's own:
 * the text, and (new comments only) the {@code internal} box, present when ticked. Bean Validation
 * bounds the text's length before anything else reads it; the rules of a comment's text (not blank,
 * no direction overrides, at most so many mentions) are {@link CommentText}'s.
 */
record CommentForm(@AtMost(max = CommentText.MAX_LENGTH) String body, String internal) {

    /** Whether the comment stays within the author's nation. */
    boolean isInternal() {
        return internal != null;
    }
}
