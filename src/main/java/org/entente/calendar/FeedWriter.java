package org.entente.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Clazz;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.entente.shared.CalendarEntry;
import org.entente.shared.Classification;
import org.entente.shared.Markings;
import org.entente.shared.SessionOrdinal;
import org.entente.shared.Translator;
import org.springframework.stereotype.Component;

/** Writes calendar entries as iCalendar (RFC 5545): whole-day events, one per entry. */
@Component
class FeedWriter {

    /** An entry with the SEQUENCE it is published at. */
    record Event(CalendarEntry entry, int sequence) {}

    /** Calendar programs are asked to look again this often. */
    static final Duration REFRESH = Duration.ofHours(1);

    private final Translator translator;
    private final Markings markings;

    FeedWriter(Translator translator, Markings markings) {
        this.translator = translator;
        this.markings = markings;
    }

    String write(List<Event> events, Locale locale, String baseUrl) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Entente//Calendar feed//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", translator.t(locale, "calendar.feed.name")));
        calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
        Instant now = Instant.now();
        String host = URI.create(baseUrl).getHost();
        for (Event event : events) {
            CalendarEntry entry = event.entry();
            // A session's number as the one ordinal every page writes ("الدورة الثالثة"), never "الدورة 3".
            String summary = translator.t(
                    locale,
                    entry.summary(),
                    entry.title().in(locale),
                    entry.number() > 0 ? SessionOrdinal.named(translator, locale, entry.number()) : "");
            // DTEND of a whole-day event is the day after the last one.
            VEvent vevent = new VEvent(entry.start(), entry.end().plusDays(1), summary);
            vevent.replace(new DtStamp(now));
            vevent.add(new Uid(entry.uid() + "@" + host));
            vevent.add(new Sequence(event.sequence()));
            vevent.add(new Status(entry.cancelled() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED));
            if (entry.place() != null) {
                vevent.add(new Location(entry.place().in(locale)));
            }
            String page = baseUrl + entry.href();
            vevent.add(new Url(URI.create(page)));
            vevent.add(new Description(markings.banner(entry.label()) + "\n" + page));
            vevent.add(new Clazz(
                    entry.label().classification() == Classification.UNCLASSIFIED
                            ? Clazz.VALUE_PUBLIC
                            : Clazz.VALUE_CONFIDENTIAL));
            calendar.add(vevent);
        }
        var text = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, text);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return text.toString();
    }
}
