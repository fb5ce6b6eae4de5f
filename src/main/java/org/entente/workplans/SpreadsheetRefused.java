package org.entente.workplans;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.shared.Refused;
import org.entente.shared.Translator;

/**
 * An imported spreadsheet refused: the whole file (not a spreadsheet, too big, a column missing),
 * or its cells, each named by row and column. Nothing was imported. It goes the one refusal path
 * like every other refusal: the API answers 422 {@code application/problem+json} whose {@code
 * errors[]} name each cell in the caller's language ({@link #namedErrors}), row by row.
 */
class SpreadsheetRefused extends Refused {

    /**
     * One reason: {@code row} is the sheet's row number (1 = headers; 0 for the whole file),
     * {@code column} the column's letters ({@code D}; null for a whole row or file), {@code header}
     * the column, if known; {@code key} and {@code args} the message.
     */
    record Problem(int row, String column, SpreadsheetColumn header, String key, List<Object> args) {

        static Problem file(String key, Object... args) {
            return new Problem(0, null, null, key, List.of(args));
        }

        /** Where it is, unlocalized ("row 7, column D"), for the refusal's field list and the log. */
        String place() {
            return row == 0 ? "file" : "row " + row + (column == null ? "" : ", column " + column);
        }
    }

    private static final Comparator<Problem> ROW_BY_ROW =
            Comparator.comparingInt(Problem::row).thenComparing(p -> p.column() == null ? "" : p.column());

    private final transient List<Problem> problems;

    SpreadsheetRefused(List<Problem> problems) {
        super(
                "workplans.xlsx.refused",
                new Object[0],
                problems.stream()
                        .sorted(ROW_BY_ROW)
                        .map(p -> new FieldError(p.place(), p.key(), p.args().toArray()))
                        .toList());
        this.problems = problems.stream().sorted(ROW_BY_ROW).toList();
    }

    static SpreadsheetRefused file(String key, Object... args) {
        return new SpreadsheetRefused(List.of(Problem.file(key, args)));
    }

    /** The problems, row by row. */
    List<Problem> problems() {
        return problems;
    }

    /** Each problem as {@code {field, message}} in the reader's language, row by row. */
    @Override
    public List<Map<String, String>> namedErrors(Translator messages, Locale locale) {
        return problems.stream()
                .map(p -> Map.of("field", field(p, messages, locale), "message", message(p, messages, locale)))
                .toList();
    }

    private static String field(Problem p, Translator messages, Locale locale) {
        if (p.row() == 0) {
            return messages.t(locale, "workplans.xlsx.field.file");
        }
        String header = p.header() == null ? "" : messages.t(locale, p.header().headerKey());
        if (p.column() == null && p.header() != null) {
            return messages.t(locale, "workplans.xlsx.field.header", p.row(), header);
        }
        if (p.column() == null) {
            return messages.t(locale, "workplans.xlsx.field.row", p.row());
        }
        return messages.t(locale, "workplans.xlsx.field.cell", p.row(), p.column(), header);
    }

    /** The problem's message; a key no bundle has (a rule's own) reads as "this row is refused". */
    private static String message(Problem p, Translator messages, Locale locale) {
        return messages.find(locale, p.key(), p.args().toArray())
                .orElseGet(() -> messages.t(locale, "workplans.xlsx.error.row"));
    }
}
