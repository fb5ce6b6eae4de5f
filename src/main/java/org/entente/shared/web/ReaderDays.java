package org.entente.shared.web;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateTimePatternGenerator;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as a reader types it in their language: "8 دجنبر 2025" (Moroccan month names), "8 בדצמבר
 * 2025", "8 décembre 2025", "December 8, 2025", the locale's numeric form ("8/12/2025", "8.12.2025")
 * or ISO {@code 2025-12-08}, in Western or Arabic-Indic digits, whatever direction marks a browser
 * or a paste put in. Date fields are plain text fields showing the day the way the pages write it
 * (CLDR's {@code yMMMMd} for the reader's locale); {@link ReaderDaysFilter} turns what comes back
 * into ISO before any form is bound, so that every handler and service reads ISO only.
 */
public final class ReaderDays {

    /** The forms tried after ISO, most written first: the one the fields show, then shorter ones. */
    private static final List<String> SKELETONS = List.of("yMMMMd", "yMMMd", "yMd");

    /** Day and month (in the locale's order) and a four-digit year, numbers only. */
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2}) ?[/.\\-] ?(\\d{1,2}) ?[/.\\-] ?(\\d{4})");

    private ReaderDays() {}

    /** The day the text names in the reader's locale (or as ISO), or null when it names none. */
    public static LocalDate parse(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip().replaceAll("\\s+", " ");
        String plain = withoutMarks(typed);
        String western = westernDigits(plain);
        LocalDate iso = IsoDate.Check.day(western);
        if (iso != null) {
            return iso;
        }
        ULocale reader = ULocale.forLocale(locale);
        for (String skeleton : SKELETONS) {
            for (String candidate : List.of(typed, plain, western)) {
                LocalDate day = parse(candidate, skeleton, reader);
                if (day != null) {
                    return day;
                }
            }
        }
        return numeric(western, reader);
    }

    /** Numbers with any of / . - between them, in the locale's order of day and month ("8/12/2025" in ar-MA, "12/8/2025" in en-US). */
    private static LocalDate numeric(String text, ULocale locale) {
        Matcher parts = NUMERIC.matcher(text);
        if (!parts.matches()) {
            return null;
        }
        String pattern = DateTimePatternGenerator.getInstance(locale).getBestPattern("yMd");
        boolean monthFirst = pattern.indexOf('M') < pattern.indexOf('d');
        int first = Integer.parseInt(parts.group(1));
        int second = Integer.parseInt(parts.group(2));
        int day = monthFirst ? second : first;
        int month = monthFirst ? first : second;
        int year = Integer.parseInt(parts.group(3));
        return month >= 1
                        && month <= 12
                        && day >= 1
                        && YearMonth.of(year, month).isValidDay(day)
                ? LocalDate.of(year, month, day)
                : null;
    }

    /** The text as ISO when it names a day in the reader's locale; else the text as typed, for the form's check to refuse. */
    public static String iso(String text, Locale locale) {
        LocalDate day = parse(text, locale);
        return day == null ? text : day.toString();
    }

    private static LocalDate parse(String text, String skeleton, ULocale locale) {
        DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale);
        format.setTimeZone(TimeZone.GMT_ZONE);
        format.setLenient(false);
        var position = new ParsePosition(0);
        Date date = format.parse(text, position);
        if (date == null || position.getIndex() != text.length() || position.getErrorIndex() >= 0) {
            return null;
        }
        LocalDate day = date.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
        // A two-digit year ("8/12/25") or a year beyond four digits is not a day anyone means.
        return day.getYear() < 1000 || day.getYear() > 9999 ? null : day;
    }

    /** Text without direction marks, embeddings and isolates (ICU puts RLM in Arabic numeric dates). */
    static String withoutMarks(String text) {
        return text.replaceAll("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]", "");
    }

    /** Arabic-Indic (U+0660…) and Extended Arabic-Indic (U+06F0…) digits as 0–9. */
    public static String westernDigits(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c >= 0x0660 && c <= 0x0669) {
                out.append((char) ('0' + c - 0x0660));
            } else if (c >= 0x06F0 && c <= 0x06F9) {
                out.append((char) ('0' + c - 0x06F0));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
