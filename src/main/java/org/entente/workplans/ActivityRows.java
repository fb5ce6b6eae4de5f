package org.entente.workplans;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.entente.shared.LocalizedText;
import org.entente.workplans.SheetReader.Cell;
import org.entente.workplans.SheetReader.Kind;
import org.entente.workplans.SheetReader.Row;
import org.entente.workplans.SpreadsheetRefused.Problem;

/**
 * Turns the rows of an imported sheet into activity drafts, checking every cell: the kinds a
 * column accepts, codes that exist, nations that are parties of the plan, quarters 1–4, dates that
 * exist (31/02/2026 does not), numbers written in one script of digits, and no formulas. Every
 * problem is named by its cell; one problem anywhere refuses the whole sheet.
 */
final class ActivityRows {

    /** Dates written as text: ISO, or day/month/year; checked strictly (no 31 February). */
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));

    /** One row turned into a draft, with its row number in the sheet. */
    record Parsed(int row, ActivityDraft draft) {}

    private final Map<String, SpreadsheetColumn> headers;
    private final List<String> parties;
    private final Set<String> domains;

    /**
     * @param headers every accepted header text (lower case) → its column
     * @param parties the plan's parties
     * @param domains the domain codes in use
     */
    ActivityRows(Map<String, SpreadsheetColumn> headers, List<String> parties, Set<String> domains) {
        this.headers = headers;
        this.parties = parties;
        this.domains = domains;
    }

    List<Parsed> parse(List<Row> rows) {
        if (rows.isEmpty()) {
            throw SpreadsheetRefused.file("workplans.xlsx.error.empty");
        }
        Row header = rows.get(0);
        var columns = new EnumMap<SpreadsheetColumn, Integer>(SpreadsheetColumn.class);
        for (var cell : header.cells().entrySet()) {
            SpreadsheetColumn column = headers.get(normalize(cell.getValue().text()));
            if (column != null) {
                columns.putIfAbsent(column, cell.getKey());
            }
        }
        var problems = new ArrayList<Problem>();
        for (SpreadsheetColumn column : SpreadsheetColumn.values()) {
            if (column.imported && !columns.containsKey(column)) {
                problems.add(
                        new Problem(header.number(), null, column, "workplans.xlsx.error.missingColumn", List.of()));
            }
        }
        if (!problems.isEmpty()) {
            throw new SpreadsheetRefused(problems);
        }
        if (rows.size() == 1) {
            throw SpreadsheetRefused.file("workplans.xlsx.error.noRows");
        }
        var parsed = new ArrayList<Parsed>();
        for (Row row : rows.subList(1, rows.size())) {
            var cells = new RowCells(row, columns, problems);
            ActivityDraft draft = draft(cells);
            if (draft != null) {
                parsed.add(new Parsed(row.number(), draft));
            }
        }
        if (!problems.isEmpty()) {
            throw new SpreadsheetRefused(problems);
        }
        return parsed;
    }

    static String normalize(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT);
    }

    private ActivityDraft draft(RowCells cells) {
        cells.refuseFormulas();
        var titles = new LinkedHashMap<String, String>();
        for (SpreadsheetColumn column : SpreadsheetColumn.values()) {
            if (column.language() != null) {
                String title = cells.text(column);
                if (title != null) {
                    titles.put(column.language(), title);
                }
            }
        }
        if (titles.isEmpty()) {
            cells.problem(SpreadsheetColumn.TITLE_EN, "workplans.xlsx.error.titleRequired");
        }
        ActivityType type = null;
        String typeCode = cells.code(SpreadsheetColumn.TYPE);
        if (typeCode == null) {
            cells.problem(SpreadsheetColumn.TYPE, "workplans.xlsx.error.required");
        } else {
            try {
                type = ActivityType.valueOf(typeCode);
            } catch (IllegalArgumentException unknown) {
                cells.problem(SpreadsheetColumn.TYPE, "workplans.xlsx.error.unknownCode", typeCode);
            }
        }
        String domain = cells.code(SpreadsheetColumn.DOMAIN);
        if (domain == null) {
            cells.problem(SpreadsheetColumn.DOMAIN, "workplans.xlsx.error.required");
        } else if (!domains.contains(domain)) {
            cells.problem(SpreadsheetColumn.DOMAIN, "workplans.xlsx.error.unknownCode", domain);
        }
        String lead = party(cells, SpreadsheetColumn.LEAD_NATION, false);
        String host = party(cells, SpreadsheetColumn.HOST_NATION, false);
        String costBearer = party(cells, SpreadsheetColumn.COST_BEARER, true);
        Integer quarter = cells.quarter();
        LocalDate start = cells.date(SpreadsheetColumn.PLANNED_START);
        LocalDate end = cells.date(SpreadsheetColumn.PLANNED_END);
        if (start == null && end != null) {
            cells.problem(SpreadsheetColumn.PLANNED_START, "workplans.xlsx.error.startRequired");
        }
        if (start != null && end != null && end.isBefore(start)) {
            cells.problem(SpreadsheetColumn.PLANNED_END, "workplans.xlsx.error.endBeforeStart");
        }
        if (quarter == null
                && start == null
                && cells.isBlank(SpreadsheetColumn.QUARTER)
                && cells.isBlank(SpreadsheetColumn.PLANNED_START)) {
            cells.problem(SpreadsheetColumn.QUARTER, "workplans.xlsx.error.periodRequired");
        }
        if (cells.failed()) {
            return null;
        }
        return new ActivityDraft(
                new LocalizedText(titles),
                null,
                type,
                domain,
                List.of(),
                lead,
                host,
                null,
                quarter,
                start,
                end,
                Map.of(),
                costBearer);
    }

    private String party(RowCells cells, SpreadsheetColumn column, boolean sharedAllowed) {
        String code = cells.code(column);
        if (code == null) {
            cells.problem(column, "workplans.xlsx.error.required");
            return null;
        }
        if (sharedAllowed && WorkPlans.SHARED_COSTS.equals(code)) {
            return code;
        }
        if (!parties.contains(code)) {
            cells.problem(column, "workplans.xlsx.error.notParty", code, String.join(", ", parties));
            return null;
        }
        return code;
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

    /** The cells of one row, by column, collecting the row's problems. */
    private static final class RowCells {

        private final Row row;
        private final Map<SpreadsheetColumn, Integer> columns;
        private final List<Problem> problems;
        private final int before;

        RowCells(Row row, Map<SpreadsheetColumn, Integer> columns, List<Problem> problems) {
            this.row = row;
            this.columns = columns;
            this.problems = problems;
            this.before = problems.size();
        }

        boolean failed() {
            return problems.size() > before;
        }

        Cell cell(SpreadsheetColumn column) {
            return row.cells().get(columns.get(column));
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

        /** A code: text, upper case, spaces and hyphens made underscores. */
        String code(SpreadsheetColumn column) {
            String text = text(column);
            return text == null
                    ? null
                    : text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
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
    }
}
