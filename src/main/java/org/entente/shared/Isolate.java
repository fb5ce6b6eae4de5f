package org.entente.shared;

/**
 * Direction isolation for values put into a sentence where markup cannot go (a translated message,
 * a PDF line, a spreadsheet cell, an iCalendar field): a value of one direction inside text of the
 * other keeps its own order and leaves the sentence's punctuation where it belongs. In HTML markup,
 * prefer {@code <bdi>}.
 */
public final class Isolate {

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
}
