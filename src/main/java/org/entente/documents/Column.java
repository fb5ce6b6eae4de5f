package org.entente.documents;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateIntervalFormat;
import com.ibm.icu.util.DateInterval;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.entente.shared.Classification;
import org.entente.shared.Isolate;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.Nations;
import org.entente.shared.Translator;

/**
 * One language of a document: its texts, dates and nation names the CLDR way, and the direction it
 * is written in. A template writes each column's cell with the column's own {@code t}, {@code text}
 * and {@code date}, inside an element carrying {@link #attributes() its lang, dir and class}.
 */
public final class Column {

    /** A piece of the "page x of y" line: literal text, or where the page number or count goes. */
    public record Part(String text, boolean page, boolean pages) {}

    private static final String PAGE = "\uE000";
    private static final String PAGES = "\uE001";

    private final Locale locale;
    private final Translator messages;
    private DateFormat dayFormat;

    Column(Locale locale, Translator messages) {
        this.locale = locale;
        this.messages = messages;
    }

    /** Who did something, in this column's language (PersonName's one rendering). */
    public String who(org.entente.shared.PersonName person) {
        return person.text(messages, locale);
    }

    public Locale locale() {
        return locale;
    }

    /** The language code, e.g. {@code ar}, for {@code lang} attributes and CSS classes. */
    public String lang() {
        return locale.getLanguage();
    }

    public boolean rightToLeft() {
        return isRightToLeft(locale.getLanguage());
    }

    public String dir() {
        return rightToLeft() ? "rtl" : "ltr";
    }

    /** The CSS class that picks the column's fonts (the script's own font first) and alignment. */
    public String css() {
        return "col lang-" + lang() + " " + dir();
    }

    public String t(String key, Object... args) {
        return messages.t(locale, key, args);
    }

    /** Text in this column's language, or in English, or in any language it has. */
    public String text(LocalizedText text) {
        if (text != null && text.unreadable()) {
            return t(Limits.INVALID_VALUE);
        }
        return text == null ? "" : text.in(locale);
    }

    /** Whether the text exists in this column's language (and is not a fallback to another). */
    public boolean has(LocalizedText text) {
        return text != null && text.values().containsKey(lang());
    }

    /** The language the text is actually shown in, for a {@code lang} attribute. */
    public String languageOf(LocalizedText text) {
        return text == null ? lang() : text.languageFor(locale);
    }

    /** A day the CLDR way: "24 November 2021", "24 نونبر 2021", "24 בנובמבר 2021". */
    public String date(LocalDate date) {
        if (date == null) {
            return "";
        }
        if (Limits.isInvalid(date)) {
            return t(Limits.INVALID_VALUE);
        }
        if (dayFormat == null) {
            dayFormat = DateFormat.getInstanceForSkeleton("yMMMMd", ULocale.forLocale(locale));
            dayFormat.setTimeZone(TimeZone.GMT_ZONE);
        }
        return dayFormat.format(new Date(epochMillis(date)));
    }

    /** A period of days as CLDR writes it: "7–9 December 2026"; a single day when both are the same. */
    public String dates(LocalDate start, LocalDate end) {
        if (Limits.isInvalid(start) || Limits.isInvalid(end)) {
            return t(Limits.INVALID_VALUE);
        }
        if (end == null || end.equals(start)) {
            return date(start);
        }
        DateIntervalFormat period = DateIntervalFormat.getInstance("yMMMMd", ULocale.forLocale(locale));
        period.setTimeZone(TimeZone.GMT_ZONE);
        return period.format(new DateInterval(epochMillis(start), epochMillis(end)));
    }

    private static long epochMillis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    public String nation(String alpha3) {
        return Nations.name(alpha3, locale);
    }

    public String nations(List<String> alpha3Codes) {
        return Isolate.list(locale, alpha3Codes.stream().map(this::nation).toList());
    }

    public String classification(Classification classification) {
        return t("classification." + classification.name());
    }

    /**
     * The cells of a table row in the order to write them: reversed in a right-to-left column,
     * since tables are not mirrored under {@code dir=rtl} when rendered to PDF.
     */
    public <T> List<T> inWritingOrder(List<T> cells) {
        if (!rightToLeft()) {
            return cells;
        }
        List<T> reversed = new ArrayList<>(cells);
        Collections.reverse(reversed);
        return reversed;
    }

    /** "Page x of y" in this language, cut where the page number and the page count go. */
    public List<Part> pageOfPages() {
        String line = t("document.pageOfPages", PAGE, PAGES);
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (char c : line.toCharArray()) {
            if (c == PAGE.charAt(0) || c == PAGES.charAt(0)) {
                if (!text.isEmpty()) {
                    parts.add(new Part(text.toString(), false, false));
                    text.setLength(0);
                }
                parts.add(new Part("", c == PAGE.charAt(0), c == PAGES.charAt(0)));
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new Part(text.toString(), false, false));
        }
        return parts;
    }

    static boolean isRightToLeft(String language) {
        return language.equals("ar") || language.equals("he") || language.equals("iw");
    }
}
