package org.entente.notifications;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.entente.identity.SignedInUser;
import org.entente.shared.Translator;
import org.springframework.stereotype.Component;

/**
 * Writes a session invitation as it goes out, for its recipient: the session read again as them (a
 * session they may no longer read sends nothing), the text in their language with every inserted
 * value isolated (FSI…PDI), and the iCalendar part. Above {@code entente.mail.max-classification}
 * neither the mail nor the calendar entry carries a title or a place: only that a session changed,
 * its dates and the link.
 */
@Component
class InvitationMail {

    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';

    private final Invitations invitations;
    private final MailContent content;
    private final Translator messages;
    private final MailProperties properties;

    InvitationMail(Invitations invitations, MailContent content, Translator messages, MailProperties properties) {
        this.invitations = invitations;
        this.content = content;
        this.messages = messages;
        this.properties = properties;
    }

    /** The mail for {@code detail} ({@code session:sequence:METHOD}), or nothing to send. */
    Optional<MailContent.Mail> write(SignedInUser user, String address, String detail) {
        String[] parts = detail.split(":");
        long sessionId = Long.parseLong(parts[0]);
        int sequence = Integer.parseInt(parts[1]);
        boolean cancel = "CANCEL".equals(parts[2]);
        Locale locale = Locale.forLanguageTag(user.language() == null ? "en" : user.language());
        return invitations.read(user, sessionId).map(session -> {
            boolean carried = properties.mayCarry(session.label().classification());
            var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            String title = carried ? isolate(session.committee().in(locale) + " · " + session.number()) : null;
            String what = carried
                    ? messages.t(
                            locale,
                            cancel
                                    ? "notifications.invitation.cancelled"
                                    : sequence == 0
                                            ? "notifications.invitation.subject"
                                            : "notifications.invitation.updated",
                            title)
                    : messages.t(locale, "notifications.invitation.capped");
            String when = messages.t(
                    locale,
                    "notifications.invitation.when",
                    isolate(dates.format(session.start())),
                    isolate(dates.format(session.end())));
            String place = carried ? place(session, locale) : null;
            String where = place == null ? null : messages.t(locale, "notifications.invitation.where", isolate(place));
            String href = properties.baseUrl().replaceAll("/+$", "") + session.href();
            String calendar = calendar(session, sequence, cancel, carried ? what : when, place, href, address);
            return content.invitation(locale, what, when, where, href, calendar);
        });
    }

    private static String place(Invitations.Session session, Locale locale) {
        String city = session.city() == null ? "" : session.city().in(locale);
        String venue = session.venue() == null ? "" : session.venue().in(locale);
        String place = venue.isBlank() ? city : venue + ", " + city;
        return place.isBlank() ? null : place;
    }

    private static String isolate(String value) {
        return FSI + value + PDI;
    }

    private String calendar(
            Invitations.Session session,
            int sequence,
            boolean cancel,
            String summary,
            String place,
            String href,
            String address) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Entente//Session invitation//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        // DTEND of a whole-day event is the day after the last one.
        VEvent event = new VEvent(session.start(), session.end().plusDays(1), summary);
        event.replace(new DtStamp(Instant.now()));
        event.add(new Uid(session.uid() + "@" + URI.create(properties.baseUrl()).getHost()));
        event.add(new Sequence(sequence));
        event.add(new Status(cancel ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
        event.add(new Organizer(URI.create("mailto:" + properties.from())));
        event.add(new Attendee(URI.create("mailto:" + address)));
        if (place != null) {
            event.add(new Location(place));
        }
        event.add(new Url(URI.create(href)));
        event.add(new Description(href));
        calendar.add(event);
        var text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return text.toString();
    }
}
