package org.entente.shared.web;

import java.util.Collection;

/**
 * The people a page is about to name by their accounts (the authors of notes, who uploaded a file),
 * made known at once while the page reads, in its own transaction. Without it, each name is read when
 * the template first asks for it: one transaction per unknown account, after the page's reads and its
 * audit entry (committee20i). A controller takes it as {@code @ModelAttribute(name = "viewer",
 * binding = false) PageNames names}; the names shown and the need-to-know rule are the same.
 */
public interface PageNames {

    /** Reads the people behind these accounts now, as the reader may know them. */
    void knowing(Collection<String> usernames);
}
