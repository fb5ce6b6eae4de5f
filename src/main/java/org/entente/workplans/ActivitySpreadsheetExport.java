package org.entente.workplans;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.ReadingOrder;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.entente.shared.Isolate;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.Markings;
import org.entente.shared.Nations;
import org.entente.shared.Translator;

/**
 * A plan's activities as a sheet a staff officer prints and reads, in the reader's language: the
 * banner and the plan's title above the headers, types, domains, nations and statuses as words,
 * dates as real dates in the language's format, titles, cities and descriptions in the reader's
 * language; an autofilter, the headers frozen, landscape pages one page wide with the headers
 * repeated, the banner in each page's header and footer, "page x of y". Right to left in Arabic and
 * Hebrew. The text in every language follows in a group of columns folded away and left out of the
 * print area: what an import takes back.
 */
final class ActivitySpreadsheetExport {

    /** The row of the banner, of the plan's title and of the column headers (0-based). */
    static final int BANNER_ROW = 0;

    static final int TITLE_ROW = 1;
    static final int HEADER_ROW = 2;

    private final Translator messages;
    private final Markings markings;
    private final Map<String, LocalizedText> domains;
    private final Locale locale;

    ActivitySpreadsheetExport(
            Translator messages, Markings markings, Map<String, LocalizedText> domains, Locale locale) {
        this.messages = messages;
        this.markings = markings;
        this.domains = domains;
        this.locale = locale;
    }

    /** Writes the sheet, streaming its rows (SXSSF). */
    void write(ActivitySpreadsheet.Export export, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            Styles styles = new Styles(workbook, locale);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(t("workplans.xlsx.sheet.activities")));
            String banner = markings.banner(export.highWaterMark());
            List<SpreadsheetColumn> columns = List.of(SpreadsheetColumn.values());
            int lastRead = SpreadsheetColumn.READ.size() - 1;

            sheet.setRightToLeft(ActivitySpreadsheet.rightToLeft(locale));
            Cell top = sheet.createRow(BANNER_ROW).createCell(0);
            top.setCellValue(banner);
            top.setCellStyle(styles.banner);
            sheet.addMergedRegion(new CellRangeAddress(BANNER_ROW, BANNER_ROW, 0, lastRead));
            PlanSummary plan = export.plan();
            Cell title = sheet.createRow(TITLE_ROW).createCell(0);
            title.setCellValue(t(
                    "workplans.xlsx.heading",
                    isolated(plan.title().in(locale)),
                    Isolate.code(plan.committeeCode()),
                    Integer.toString(plan.year())));
            title.setCellStyle(styles.heading);
            sheet.addMergedRegion(new CellRangeAddress(TITLE_ROW, TITLE_ROW, 0, lastRead));

            Row header = sheet.createRow(HEADER_ROW);
            for (SpreadsheetColumn column : columns) {
                Cell cell = header.createCell(column.exported());
                cell.setCellValue(t(column.headerKey()));
                cell.setCellStyle(styles.header);
                sheet.setColumnWidth(column.exported(), width(column) * 256);
            }
            int r = HEADER_ROW + 1;
            for (ActivitySummary activity : export.activities()) {
                Row row = sheet.createRow(r++);
                for (SpreadsheetColumn column : columns) {
                    write(row.createCell(column.exported()), column, activity, export, styles);
                }
            }
            int last = Math.max(r - 1, HEADER_ROW + 1);
            sheet.createFreezePane(1, HEADER_ROW + 1);
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, last, 0, columns.size() - 1));
            int firstLanguage = SpreadsheetColumn.LANGUAGES.get(0).exported();
            sheet.groupColumn(firstLanguage, columns.size() - 1);
            sheet.setColumnGroupCollapsed(firstLanguage, true);
            print(workbook, sheet, banner, lastRead, last);
            workbook.write(out);
        }
    }

    /** Landscape A4, one page wide, the headers on every page, banner and "page x of y". */
    private void print(Workbook workbook, Sheet sheet, String banner, int lastColumn, int lastRow) {
        PrintSetup setup = sheet.getPrintSetup();
        setup.setLandscape(true);
        setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
        setup.setFitWidth((short) 1);
        setup.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, lastColumn, 0, lastRow);
        sheet.getHeader().setCenter(banner);
        sheet.getFooter().setCenter(banner);
        String page = t("document.pageOfPages", "&P", "&N");
        if (ActivitySpreadsheet.rightToLeft(locale)) {
            sheet.getFooter().setLeft(page);
        } else {
            sheet.getFooter().setRight(page);
        }
    }

    private void write(
            Cell cell, SpreadsheetColumn column, ActivitySummary a, ActivitySpreadsheet.Export export, Styles styles) {
        switch (column) {
            case OBJECTIVES -> cell.setCellValue(export.objectivesOf(a));
            case CODE -> cell.setCellValue(a.code());
            case TITLE ->
                text(
                        cell,
                        a.title().unreadable()
                                ? t(Limits.INVALID_VALUE)
                                : a.title().in(locale),
                        styles);
            case TYPE -> cell.setCellValue(t(a.typeKey()));
            case DOMAIN -> {
                LocalizedText name = domains.get(a.domain());
                text(cell, name == null ? a.domain() : name.in(locale), styles);
            }
            case LEAD_NATION -> cell.setCellValue(nation(a.leadNation()));
            case HOST_NATION -> cell.setCellValue(nation(a.hostNation()));
            case CITY -> text(cell, a.city() == null ? null : a.city().in(locale), styles);
            case QUARTER -> {
                if (a.plannedQuarter() != null) { // as planned: a quarter taken from the dates is not written back
                    cell.setCellValue(a.plannedQuarter());
                }
            }
            case PLANNED_START -> date(cell, a.plannedStart(), styles);
            case PLANNED_END -> date(cell, a.plannedEnd(), styles);
            case ACTUAL_START -> date(cell, a.actualStart(), styles);
            case ACTUAL_END -> date(cell, a.actualEnd(), styles);
            case PARTICIPANTS -> text(cell, participants(a.participants()), styles);
            case COST_BEARER ->
                cell.setCellValue(
                        WorkPlans.SHARED_COSTS.equals(a.costBearer())
                                ? t("workplans.costs.shared")
                                : nation(a.costBearer()));
            case STATUS ->
                cell.setCellValue(t("workplans.activity.status." + a.status().name()));
            case APPROVALS -> cell.setCellValue(nations(a.approvals()));
            case PROPOSED_BY -> cell.setCellValue(nation(a.proposedBy()));
            case DESCRIPTION ->
                text(cell, a.description() == null ? null : a.description().in(locale), styles);
            case LABEL -> cell.setCellValue(markings.banner(a.label()));
            default -> inLanguage(cell, column, a, styles);
        }
    }

    /** A column of one language: the text as written in it (an import takes it back as it is). */
    private void inLanguage(Cell cell, SpreadsheetColumn column, ActivitySummary a, Styles styles) {
        LocalizedText text = switch (column.field()) {
            case "title" -> a.title();
            case "description" -> a.description();
            default -> a.city();
        };
        String value = text == null
                ? null
                : text.unreadable() ? t(Limits.INVALID_VALUE) : text.values().get(column.language());
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(isolated(value));
            cell.setCellStyle(
                    ActivitySpreadsheet.rightToLeft(Locale.forLanguageTag(column.language()))
                            ? styles.rtl
                            : styles.wrap);
        }
    }

    private void text(Cell cell, String value, Styles styles) {
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(isolated(value));
            cell.setCellStyle(styles.wrap);
        }
    }

    private void date(Cell cell, LocalDate day, Styles styles) {
        if (Limits.isInvalid(day)) {
            cell.setCellValue(t(Limits.INVALID_VALUE));
        } else if (day != null) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.date);
        }
    }

    /** "Morocco: 12, Israel: 5" in the reader's language, each name isolated. */
    private String participants(Map<String, Integer> participants) {
        return participants.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> t(
                        "workplans.participants.count",
                        Isolate.text(nation(e.getKey())),
                        e.getValue().toString()))
                .collect(Collectors.joining(t("list.separator")));
    }

    private String nations(List<String> codes) {
        return codes.stream().map(c -> Isolate.text(nation(c))).collect(Collectors.joining(t("list.separator")));
    }

    private String nation(String code) {
        return code == null ? "" : Nations.isKnown(code) ? Nations.name(code, locale) : code;
    }

    /**
     * A value that mixes right-to-left and left-to-right letters, isolated (FSI…PDI) so that it keeps
     * its own order whatever the cell's direction; any other value as it is.
     */
    static String isolated(String value) {
        boolean rtl = false;
        boolean ltr = false;
        for (int i = 0; i < value.length(); i++) {
            byte direction = Character.getDirectionality(value.charAt(i));
            rtl |= direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
            ltr |= direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
        }
        return rtl && ltr ? Isolate.text(value) : value;
    }

    /** A column's width in characters: room for what it usually holds. */
    private static int width(SpreadsheetColumn column) {
        return switch (column) {
            case CODE -> 15;
            case TITLE -> 38;
            case DESCRIPTION -> 48;
            case TYPE, DOMAIN, PARTICIPANTS -> 22;
            case LABEL -> 28;
            case QUARTER -> 8;
            case PLANNED_START, PLANNED_END, ACTUAL_START, ACTUAL_END -> 12;
            default -> column.language() != null ? 32 : 14;
        };
    }

    /** The date format of a language: day, month and year in the reader's usual order. */
    static String dateFormat(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "d mmm yyyy" : "dd/mm/yyyy";
    }

    private String t(String key, Object... args) {
        return messages.t(locale, key, args);
    }

    /** The cell styles of the sheet, made once. */
    private static final class Styles {
        final CellStyle banner;
        final CellStyle heading;
        final CellStyle header;
        final CellStyle date;
        final CellStyle wrap;
        final CellStyle rtl;

        Styles(Workbook workbook, Locale locale) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            banner = workbook.createCellStyle();
            banner.setFont(bold);
            banner.setAlignment(HorizontalAlignment.CENTER);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.TOP);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(dateFormat(locale)));
            date.setVerticalAlignment(VerticalAlignment.TOP);
            wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            rtl = workbook.createCellStyle();
            rtl.cloneStyleFrom(wrap);
            ((XSSFCellStyle) rtl).setReadingOrder(ReadingOrder.RIGHT_TO_LEFT);
        }
    }
}
