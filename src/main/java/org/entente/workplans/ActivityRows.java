package org.entente.workplans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.shared.LocalizedText;
import org.entente.workplans.SheetReader.Row;
import org.entente.workplans.SpreadsheetRefused.Problem;

/**
 * Turns the rows of an imported sheet into activity drafts, checking every cell: the kinds a
 * column accepts, codes that exist, nations that are parties of the plan, quarters 1–4, dates that
 * exist (31/02/2026 does not), numbers written in one script of digits, and no formulas. Every
 * problem is named by its cell; one problem anywhere refuses the whole sheet.
 */
final class ActivityRows {

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
            var cells = new SheetRowCells(row, columns, problems);
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

    private ActivityDraft draft(SheetRowCells cells) {
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

    private String party(SheetRowCells cells, SpreadsheetColumn column, boolean sharedAllowed) {
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
    private Map<String, Integer> participants(SheetRowCells cells) {
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
            String number = colon < 0
                    ? null
                    : SheetRowCells.latinDigits(part.substring(colon + 1).strip());
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

    private static String plain(String text) {
        return ActivitySpreadsheetWords.plain(text).strip();
    }
}
