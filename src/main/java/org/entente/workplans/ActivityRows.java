package org.entente.workplans;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /** How many rows above the headers an import looks through (the export's banner and title). */
    private static final int HEADER_SEARCH = 5;

    /** The most participants one nation may send to an activity. */
    static final int MAX_PARTICIPANTS = 100_000;

    private final Map<String, SpreadsheetColumn> headers;
    private final ActivitySpreadsheetWords words;

    /**
     * @param headers every accepted header text ({@link ActivitySpreadsheetWords#normalize}d) → its column
     * @param words the words and codes the cells may hold
     */
    ActivityRows(Map<String, SpreadsheetColumn> headers, ActivitySpreadsheetWords words) {
        this.headers = headers;
        this.words = words;
    }

    List<Parsed> parse(List<Row> rows) {
        if (rows.isEmpty()) {
            throw SpreadsheetRefused.file("workplans.xlsx.error.empty");
        }
        int at = headerRow(rows);
        Row header = rows.get(at);
        var columns = columns(header);
        var problems = new ArrayList<Problem>();
        for (SpreadsheetColumn column : SpreadsheetColumn.values()) {
            if (column.use == SpreadsheetColumn.Use.REQUIRED && !columns.containsKey(column)) {
                problems.add(
                        new Problem(header.number(), null, column, "workplans.xlsx.error.missingColumn", List.of()));
            }
        }
        if (!problems.isEmpty()) {
            throw new SpreadsheetRefused(problems);
        }
        if (rows.size() == at + 1) {
            throw SpreadsheetRefused.file("workplans.xlsx.error.noRows");
        }
        var parsed = new ArrayList<Parsed>();
        for (Row row : rows.subList(at + 1, rows.size())) {
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

    /** The imported columns a header row names, by their index in the row. */
    private EnumMap<SpreadsheetColumn, Integer> columns(Row header) {
        var columns = new EnumMap<SpreadsheetColumn, Integer>(SpreadsheetColumn.class);
        for (var cell : header.cells().entrySet()) {
            SpreadsheetColumn column = headers.get(normalize(cell.getValue().text()));
            if (column != null && column.imported()) {
                columns.putIfAbsent(column, cell.getKey());
            }
        }
        return columns;
    }

    /**
     * The headers: the first of the top rows naming two columns or more (the export puts the banner
     * and the plan's title above them), else the first row.
     */
    private int headerRow(List<Row> rows) {
        for (int i = 0; i < Math.min(HEADER_SEARCH, rows.size()); i++) {
            if (columns(rows.get(i)).size() >= 2) {
                return i;
            }
        }
        return 0;
    }

    static String normalize(String header) {
        return ActivitySpreadsheetWords.normalize(header);
    }

    private ActivityDraft draft(RowCells cells) {
        cells.refuseFormulas();
        var titles = cells.texts("title");
        if (titles.isEmpty()) {
            cells.problem(SpreadsheetColumn.TITLE_EN, "workplans.xlsx.error.titleRequired");
        }
        ActivityType type = null;
        String typeWord = cells.text(SpreadsheetColumn.TYPE);
        if (typeWord == null) {
            cells.problem(SpreadsheetColumn.TYPE, "workplans.xlsx.error.required");
        } else {
            type = words.type(typeWord);
            if (type == null) {
                cells.problem(SpreadsheetColumn.TYPE, "workplans.xlsx.error.unknownCode", plain(typeWord));
            }
        }
        String domainWord = cells.text(SpreadsheetColumn.DOMAIN);
        String domain = null;
        if (domainWord == null) {
            cells.problem(SpreadsheetColumn.DOMAIN, "workplans.xlsx.error.required");
        } else {
            domain = words.domain(domainWord);
            if (domain == null) {
                cells.problem(SpreadsheetColumn.DOMAIN, "workplans.xlsx.error.unknownCode", plain(domainWord));
            }
        }
        String lead = party(cells, SpreadsheetColumn.LEAD_NATION, false);
        String host = party(cells, SpreadsheetColumn.HOST_NATION, false);
        String costBearer = party(cells, SpreadsheetColumn.COST_BEARER, true);
        Map<String, Integer> participants = participants(cells);
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
        var descriptions = cells.texts("description");
        var cities = cells.texts("city");
        if (cells.failed()) {
            return null;
        }
        return new ActivityDraft(
                new LocalizedText(titles),
                new LocalizedText(descriptions),
                type,
                domain,
                List.of(),
                lead,
                host,
                new LocalizedText(cities),
                quarter,
                start,
                end,
                participants,
                costBearer);
    }

    private String party(RowCells cells, SpreadsheetColumn column, boolean sharedAllowed) {
        String word = cells.text(column);
        if (word == null) {
            cells.problem(column, "workplans.xlsx.error.required");
            return null;
        }
        String code = words.nation(word);
        if (code == null || (!sharedAllowed && WorkPlans.SHARED_COSTS.equals(code))) {
            cells.problem(column, "workplans.xlsx.error.notParty", plain(word), String.join(", ", words.parties()));
            return null;
        }
        return code;
    }

    /** "Morocco: 12, Israel: 5" (names in any language or codes; commas, Arabic commas or semicolons). */
    private Map<String, Integer> participants(RowCells cells) {
        String text = cells.text(SpreadsheetColumn.PARTICIPANTS);
        var participants = new LinkedHashMap<String, Integer>();
        if (text == null) {
            return participants;
        }
        for (String part : plain(text).split("[,\u060C;\u061B\n]")) {
            if (part.isBlank()) {
                continue;
            }
            int colon = part.lastIndexOf(':');
            String number =
                    colon < 0 ? null : latinDigits(part.substring(colon + 1).strip());
            String nation = colon < 0 ? null : words.nation(part.substring(0, colon));
            if (number == null || !number.matches("[0-9]{1,6}") || Integer.parseInt(number) > MAX_PARTICIPANTS) {
                cells.problem(SpreadsheetColumn.PARTICIPANTS, "workplans.xlsx.error.participants", part.strip());
                return participants;
            }
            if (nation == null || WorkPlans.SHARED_COSTS.equals(nation)) {
                cells.problem(
                        SpreadsheetColumn.PARTICIPANTS,
                        "workplans.xlsx.error.notParty",
                        part.substring(0, colon).strip(),
                        String.join(", ", words.parties()));
                return participants;
            }
            participants.merge(nation, Integer.parseInt(number), Integer::sum);
        }
        return participants;
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

    private static String plain(String text) {
        return ActivitySpreadsheetWords.plain(text).strip();
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
    }
}
