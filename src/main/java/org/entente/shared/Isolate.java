package org.entente.shared;

import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;

/**
 * Direction isolation for values put into a sentence where markup cannot go (a translated message,
 * a PDF line, a spreadsheet cell, an iCalendar field): a value of one direction inside text of the
 * other keeps its own order and leaves the sentence's punctuation where it belongs. In HTML markup,
 * prefer {@code <bdi>}.
 */
public final class Isolate {

    private static final java.util.Map<java.util.Locale, ListFormatter> LISTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** FIRST STRONG ISOLATE: the value takes the direction of its first strong letter. */
    static final char FSI = '\u2068';

    /** LEFT-TO-RIGHT ISOLATE: for codes such as {@code JMC-2026-014}. */
    static final char LRI = '\u2066';

    /** POP DIRECTIONAL ISOLATE. */
    static final char PDI = '\u2069';

    private Isolate() {}

    /** A value of either direction (a name, a title): FSI…PDI. */
    public static String text(String value) {
        return value == null || value.isEmpty() ? "" : FSI + value + PDI;
    }

    /** A code that always reads left to right ({@code JMC-2026-014}, a login, a file name): LRI…PDI. */
    public static String code(String value) {
        return value == null || value.isEmpty() ? "" : LRI + value + PDI;
    }

    /**
     * Values joined as the reader's language writes a list ("France and Morocco", "France et Maroc",
     * "فرنسا والمغرب", "צרפת ו-מרוקו"; CLDR's through ICU), each isolated so that a name of the other
     * direction keeps the separators where they belong.
     */
    public static String list(Locale locale, List<String> values) {
        ListFormatter format = LISTS.computeIfAbsent(
                locale,
                l -> ListFormatter.getInstance(ULocale.forLocale(l), ListFormatter.Type.AND, ListFormatter.Width.WIDE));
        return format.format(values.stream().map(Isolate::text).toList());
    }
}
