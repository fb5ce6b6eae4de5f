package org.entente.notifications;

import java.util.List;

/**
 * A mail as its HTML template ({@code notifications/mail.jte}) shows it: every text already in the
 * recipient's language; an item without a title is one above the classification cap.
 */
public record MailModel(String lang, String dir, String heading, List<Item> items, String open, String footer) {

    /** One notification: what happened, the record's name and an excerpt (or nothing, above the cap), the link. */
    public record Item(String what, String title, String excerpt, String href) {}
}
