package org.entente.workplans;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.entente.workplans.SheetReader.Cell;
import org.entente.workplans.SheetReader.Kind;
import org.entente.workplans.SheetReader.Row;
import org.entente.workplans.SpreadsheetRefused.Problem;

/**
 * The cells of one row of an imported sheet, by column, read as the kind each column wants (text,
 * quarter, date), collecting the row's problems named by their cell. {@link ActivityRows} turns
 * them into a draft; this is the cell-level half of the import, split from it (scale20f).
 */
final class SheetRowCells {

    /** Dates written as text: ISO, or day/month/year; checked strictly (no 31 February). */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    private final Row row;
    private final Map<SpreadsheetColumn, Integer> columns;
    private final List<Problem> problems;
    private final int before;

    SheetRowCells(Row row, Map<SpreadsheetColumn, Integer> columns, List<Problem> problems) {
        this.row = row;
        this.columns = columns;
        this.problems = problems;
        this.before = problems.size();
    }

    boolean failed() {
        return problems.size() > before;
    }

    Cell cell(SpreadsheetColumn column) {
        Integer index = columns.get(column);
        return index == null ? null : row.cells().get(index);
    }

    boolean isBlank(SpreadsheetColumn column) {
        return cell(column) == null;
    }

    void problem(SpreadsheetColumn column, String key, Object... args) {
        String letters = CellReference.convertNumToColString(columns.get(column));
        problems.add(new Problem(row.number(), letters, column, key, List.of(args)));
    }

    void refuseFormulas() {
        for (Cell cell : row.cells().values()) {
            if (cell.kind() == Kind.FORMULA) {
                int index = new CellReference(cell.ref()).getCol();
                SpreadsheetColumn column = columns.entrySet().stream()
                        .filter(e -> e.getValue() == index)
                        .map(Map.Entry::getKey)
                        .findFirst()
                        .orElse(null);
                problems.add(new Problem(
                        row.number(),
                        CellReference.convertNumToColString(index),
                        column,
                        "workplans.xlsx.error.formula",
                        List.of()));
            }
        }
    }

    /** The text of a text cell (numbers written as they are), or null when blank. */
    String text(SpreadsheetColumn column) {
        Cell cell = cell(column);
        if (cell == null || cell.kind() == Kind.FORMULA) {
            return null;
        }
        if (cell.kind() != Kind.TEXT && cell.kind() != Kind.NUMBER) {
            problem(column, "workplans.xlsx.error.text");
            return null;
        }
        String text = cell.text().strip();
        return text.isEmpty() ? null : text;
    }

    /** A field's text in each language whose column the sheet has and fills, by language. */
    Map<String, String> texts(String field) {
        var texts = new LinkedHashMap<String, String>();
        for (String language : ActivitySpreadsheetWords.LANGUAGES) {
            SpreadsheetColumn column = SpreadsheetColumn.of(field, language);
            if (columns.containsKey(column)) {
                String text = text(column);
                if (text != null) {
                    texts.put(language, unwrapped(text));
                }
            }
        }
        return texts;
    }

    Integer quarter() {
        Cell cell = cell(SpreadsheetColumn.QUARTER);
        if (cell == null || cell.kind() == Kind.FORMULA) {
            return null;
        }
        String number = switch (cell.kind()) {
            case NUMBER -> cell.number() == Math.rint(cell.number()) ? Long.toString((long) cell.number()) : "";
            case TEXT -> latinDigits(cell.text().strip());
            default -> "";
        };
        if (number == null) {
            problem(SpreadsheetColumn.QUARTER, "workplans.xlsx.error.mixedDigits", cell.text());
            return null;
        }
        if (!number.matches("[1-4]")) {
            String shown = cell.kind() == Kind.NUMBER && !number.isEmpty() ? number : cell.text();
            problem(SpreadsheetColumn.QUARTER, "workplans.xlsx.error.quarter", shown);
            return null;
        }
        return Integer.valueOf(number);
    }

    LocalDate date(SpreadsheetColumn column) {
        Cell cell = cell(column);
        if (cell == null || cell.kind() == Kind.FORMULA) {
            return null;
        }
        if (cell.kind() == Kind.DATE) {
            if (!DateUtil.isValidExcelDate(cell.number()) || cell.number() < 1) {
                problem(column, "workplans.xlsx.error.date", cell.text());
                return null;
            }
            return DateUtil.getLocalDateTime(cell.number()).toLocalDate();
        }
        if (cell.kind() != Kind.TEXT) {
            problem(column, "workplans.xlsx.error.date", cell.text());
            return null;
        }
        String text = latinDigits(cell.text().strip());
        if (text == null) {
            problem(column, "workplans.xlsx.error.mixedDigits", cell.text());
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        problem(column, "workplans.xlsx.error.date", cell.text());
        return null;
    }

    /**
     * A text without the one isolate the export wraps around a value that mixes scripts (FSI…PDI);
     * isolates inside it are the text's own.
     */
    static String unwrapped(String text) {
        if (text.length() >= 2
                && text.charAt(0) >= '\u2066'
                && text.charAt(0) <= '\u2068'
                && text.charAt(text.length() - 1) == '\u2069') {
            String inner = text.substring(1, text.length() - 1);
            if (!org.entente.shared.BidiControls.refused(inner)) {
                return inner.strip();
            }
        }
        return text;
    }

    /**
     * Digits as the user typed them, made Latin: Arabic-Indic (٠–٩) and Eastern Arabic-Indic (۰–۹)
     * digits are accepted, but not mixed with Latin ones (or each other) in one number.
     *
     * @return the text with Latin digits, or null when scripts are mixed
     */
    static String latinDigits(String text) {
        int scripts = 0;
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                scripts |= 1;
                out.append(c);
            } else if (c >= '\u0660' && c <= '\u0669') {
                scripts |= 2;
                out.append((char) ('0' + c - '\u0660'));
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                scripts |= 4;
                out.append((char) ('0' + c - '\u06F0'));
            } else {
                out.append(c);
            }
        }
        return Integer.bitCount(scripts) > 1 ? null : out.toString();
    }
}
