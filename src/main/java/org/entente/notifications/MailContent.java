package org.entente.notifications;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.comments.Mentions;
import org.entente.identity.LanguageChoice;
import org.entente.identity.SignedInUser;
import org.entente.shared.PersonNames;
import org.entente.shared.RecordType;
import org.entente.shared.Translator;
import org.springframework.stereotype.Component;

/**
 * Writes mails in the recipient's language, as HTML and plain text, each item with a link back.
 * The cap: a notification above {@code entente.mail.max-classification} gives only what kind of
 * thing happened and the link, never a title or an excerpt.
 */
@Component
class MailContent {

    /** A mail ready to send; an invitation carries its iCalendar text ({@code calendar}), others none. */
    record Mail(String subject, String text, String html, String calendar) {}

    private final Translator messages;
    private final TemplateEngine templates;
    private final MailProperties properties;
    private final PersonNames people;

    MailContent(Translator messages, TemplateEngine templates, MailProperties properties, PersonNames people) {
        this.messages = messages;
        this.templates = templates;
        this.properties = properties;
        this.people = people;
    }

    Mail notice(SignedInUser reader, Notification notification) {
        Locale locale = Locale.forLanguageTag(reader.language());
        MailModel.Item item = item(reader, locale, notification);
        String subject = messages.t(locale, "notifications.mail.subject", item.what());
        return write(locale, subject, List.of(item));
    }

    Mail digest(SignedInUser reader, List<Notification> notifications) {
        Locale locale = Locale.forLanguageTag(reader.language());
        String subject = messages.t(locale, "notifications.mail.digestSubject", notifications.size());
        return write(
                locale,
                subject,
                notifications.stream().map(n -> item(reader, locale, n)).toList());
    }

    /** A session invitation: what happened, when, where (nothing above the cap), the link, the calendar entry. */
    Mail invitation(Locale locale, String what, String when, String where, String href, String calendar) {
        Mail mail = write(locale, what, List.of(new MailModel.Item(what, when, where, href)));
        return new Mail(mail.subject(), mail.text(), mail.html(), calendar);
    }

    private MailModel.Item item(SignedInUser reader, Locale locale, Notification n) {
        String what = messages.t(locale, n.kind().messageKey());
        String href = properties.baseUrl().replaceAll("/+$", "") + n.href();
        if (!properties.mayCarry(n.label().classification())) {
            return new MailModel.Item(what, null, null, href);
        }
        String excerpt = n.excerpt() == null || n.excerpt().values().isEmpty()
                ? null
                : n.excerpt().in(locale);
        String title = n.title().in(locale);
        if (n.recordType() == RecordType.COMMENT) {
            title = Mentions.named(title, username -> people.ofAccount(reader, username), locale);
        }
        return new MailModel.Item(what, title, excerpt, href);
    }

    private Mail write(Locale locale, String subject, List<MailModel.Item> items) {
        String open = messages.t(locale, "notifications.mail.open");
        String footer = messages.t(locale, "notifications.mail.footer");
        var model = new MailModel(
                locale.getLanguage(),
                LanguageChoice.isRightToLeft(locale) ? "rtl" : "ltr",
                subject,
                items,
                open,
                footer);
        var html = new StringOutput(8 * 1024);
        templates.render("notifications/mail.jte", Map.of("mail", model), html);
        var text = new StringBuilder(subject).append("\n\n");
        for (MailModel.Item item : items) {
            text.append("* ").append(item.what()).append('\n');
            if (item.title() != null) {
                text.append("  ").append(item.title()).append('\n');
            }
            if (item.excerpt() != null) {
                text.append("  ").append(item.excerpt()).append('\n');
            }
            text.append("  ").append(open).append(": ").append(item.href()).append("\n\n");
        }
        text.append("-- \n").append(footer).append('\n');
        return new Mail(subject, text.toString(), html.toString(), null);
    }
}
