package org.entente.workplans;

import java.util.List;

/**
 * An imported spreadsheet refused: the whole file (not a spreadsheet, too big, a column missing),
 * or its cells, each named by row and column. Nothing was imported.
 */
class SpreadsheetRefused extends RuntimeException {

    /**
     * One reason: {@code row} is the sheet's row number (1 = headers; 0 for the whole file),
     * {@code column} the column's letters ({@code D}; null for a whole row or file), {@code header}
     * the column, if known; {@code key} and {@code args} the message.
     */
    record Problem(int row, String column, SpreadsheetColumn header, String key, List<Object> args) {

        static Problem file(String key, Object... args) {
            return new Problem(0, null, null, key, List.of(args));
        }
    }

    private final List<Problem> problems;

    SpreadsheetRefused(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + problems.get(0).key());
        this.problems = List.copyOf(problems);
    }

    static SpreadsheetRefused file(String key, Object... args) {
        return new SpreadsheetRefused(List.of(Problem.file(key, args)));
    }

    List<Problem> problems() {
        return problems;
    }
}
