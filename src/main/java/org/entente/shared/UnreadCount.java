package org.entente.shared;

/**
 * How many notifications the reader has not read yet: the count the bell in every page's
 * navigation shows, written into the page itself (implemented by the notifications module, asked
 * by the page's viewer, so that a page view is one request, not the page and then its bell).
 */
public interface UnreadCount {

    /** The count as a page asks its first read-only transaction for it ({@link WithThePage}). */
    String WITH_THE_PAGE = "unread";

    /** The reader's unread notifications they may still read. */
    int of(Subject reader);
}
