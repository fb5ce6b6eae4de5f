package org.entente.shared;

import java.time.LocalDate;
import java.util.Map;

/**
 * How long a text and how far a date may go, field by field (docs/limits.md): the services refuse
 * anything longer or outside with a field error, and each module's {@code V2x} migration holds the
 * same limits as CHECK constraints. Lengths count characters (Unicode code points), as
 * PostgreSQL's {@code char_length} does.
 *
 * <p>A value that is already in the database and breaks these rules (written before the
 * constraints, or around them) is read as {@link #INVALID_DATE} or an empty text and shown as
 * "invalid value" ({@link #INVALID_VALUE}), never as a failed page.
 */
public final class Limits {

    /** Titles of plans, activities, agreements, projects, milestones, agenda items… */
    public static final int TITLE = 300;

    /** Names of people, organizations, committees, indicators; cities, places, ranks, units. */
    public static final int NAME = 200;

    /** Codes and short identifiers: activity codes, committee codes, abbreviations. */
    public static final int CODE = 40;

    /** Long texts: descriptions, summaries, minutes, reports, decisions. */
    public static final int TEXT = 50_000;

    /** Short free texts: reasons, notes, sources. */
    public static final int SHORT_TEXT = 2_000;

    /** Plans, activities, sessions, action items, projects and milestones. */
    public static final DateRange PLAN_DATES =
            new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 12, 31), "limits.planDates");

    /** Agreements, their events and the context events of the timeline. */
    public static final DateRange HISTORY_DATES =
            new DateRange(LocalDate.of(1945, 1, 1), LocalDate.of(2100, 12, 31), "limits.historyDates");

    /**
     * What a date read from the database outside every range ({@code -infinity}, year 0001, …)
     * becomes: computing with it cannot overflow, and {@link #isInvalid(LocalDate)} tells
     * templates, documents and exports to show {@link #INVALID_VALUE} instead.
     */
    public static final LocalDate INVALID_DATE = LocalDate.of(1, 1, 1);

    /** The message key shown in place of a value that cannot be read. */
    public static final String INVALID_VALUE = "limits.invalidValue";

    private Limits() {}

    /** A closed range of days; {@code messageKey} refuses a day outside it. */
    public record DateRange(LocalDate first, LocalDate last, String messageKey) {

        public boolean contains(LocalDate date) {
            return date != null && !date.isBefore(first) && !date.isAfter(last);
        }

        /** Records the refusal of {@code field} in {@code errors} when it has a date outside the range. */
        public void check(String field, LocalDate date, Map<String, String> errors) {
            if (date != null && !contains(date)) {
                errors.putIfAbsent(field, messageKey);
            }
        }
    }

    /** Every day any field accepts: a day outside cannot be read back as a date. */
    static final DateRange ANY_DATE = new DateRange(HISTORY_DATES.first(), PLAN_DATES.last(), "limits.historyDates");

    /** A date as read from the database: itself when some field could hold it, else {@link #INVALID_DATE}. */
    public static LocalDate read(LocalDate stored) {
        return stored == null || ANY_DATE.contains(stored) ? stored : INVALID_DATE;
    }

    /** Whether a date read from the database is to be shown as {@link #INVALID_VALUE}. */
    public static boolean isInvalid(LocalDate date) {
        return date != null && !ANY_DATE.contains(date);
    }

    /**
     * A code read from the database as one of the enum's constants, or null when it is none of
     * them (written around the constraints, or by a newer version): shown as {@link #INVALID_VALUE}.
     */
    public static <E extends Enum<E>> E known(Class<E> type, String code) {
        if (code == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, code);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /**
     * Whether a typed text says nothing: absent, or only spaces (no-break and narrow ones too, which
     * {@link String#isBlank()} keeps), zero-width characters and direction marks (U+200F, U+061C…),
     * all of which a right-to-left keyboard types without showing.
     */
    public static boolean blank(String text) {
        return text == null
                || text.codePoints()
                        .allMatch(c -> Character.isWhitespace(c)
                                || Character.isSpaceChar(c)
                                || Character.getType(c) == Character.FORMAT);
    }

    /** Whether the text has at most {@code limit} characters (no text fits). */
    public static boolean fits(String text, int limit) {
        return text == null || text.codePointCount(0, text.length()) <= limit;
    }

    /** Whether the text has at most {@code limit} characters in each of its languages. */
    public static boolean fits(LocalizedText text, int limit) {
        return text == null || text.values().values().stream().allMatch(value -> fits(value, limit));
    }

    /** Records the refusal of {@code field} in {@code errors} when its text is longer than {@code limit}. */
    public static void check(String field, String text, int limit, Map<String, String> errors) {
        if (!fits(text, limit)) {
            errors.putIfAbsent(field, messageKey(limit));
        }
    }

    /** Records the refusal of {@code field} when its text in some language is longer than {@code limit}. */
    public static void check(String field, LocalizedText text, int limit, Map<String, String> errors) {
        if (!fits(text, limit)) {
            errors.putIfAbsent(field, messageKey(limit));
        }
    }

    /** The message key refusing a text longer than {@code limit}: "at most 300 characters." */
    public static String messageKey(int limit) {
        return switch (limit) {
            case TITLE -> "limits.title";
            case NAME -> "limits.name";
            case CODE -> "limits.code";
            case TEXT -> "limits.text";
            case SHORT_TEXT -> "limits.shortText";
            default -> throw new IllegalArgumentException("Not one of the limits: " + limit);
        };
    }
}
