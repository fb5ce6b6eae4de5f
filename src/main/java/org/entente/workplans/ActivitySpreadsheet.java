package org.entente.workplans;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.access.AccessDeniedException;
import org.entente.access.AccessPolicy;
import org.entente.agreements.Agreements;
import org.entente.agreements.Domain;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.Markings;
import org.entente.shared.Nations;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.Translator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's activities as an {@code .xlsx} workbook and back: the export (one row per activity the
 * reader may read, its label in a column, the high-water mark of them all in the page header and
 * footer), the template (the columns, a sheet explaining them, lists to choose from) and the
 * import (every cell checked, all or nothing, each row a proposal of the importing nation).
 */
@Component
class ActivitySpreadsheet {

    /** The most activities one import may hold. */
    static final int MAX_ROWS = 5_000;

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A plan's activities as they leave the system, with the label of the whole. */
    record Export(
            PlanSummary plan, List<ActivitySummary> activities, Label highWaterMark, Map<Long, Integer> objectives) {

        /** The numbers of the objectives an activity serves, among those the reader may read: "1, 3". */
        String objectivesOf(ActivitySummary activity) {
            return activity.objectiveIds().stream()
                    .map(objectives::get)
                    .filter(java.util.Objects::nonNull)
                    .sorted()
                    .map(String::valueOf)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    private final WorkPlans plans;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Agreements agreements;
    private final Translator messages;
    private final Markings markings;
    private final Map<String, SpreadsheetColumn> headers = new HashMap<>();

    ActivitySpreadsheet(
            WorkPlans plans,
            AccessPolicy policy,
            AuditTrail audit,
            Agreements agreements,
            Translator messages,
            Markings markings) {
        this.plans = plans;
        this.policy = policy;
        this.audit = audit;
        this.agreements = agreements;
        this.messages = messages;
        this.markings = markings;
        for (SpreadsheetColumn column : SpreadsheetColumn.values()) {
            headers.put(ActivityRows.normalize(column.key), column);
            for (String language : List.of("ar", "en", "fr", "he")) {
                headers.putIfAbsent(
                        ActivityRows.normalize(messages.t(Locale.forLanguageTag(language), column.headerKey())),
                        column);
            }
        }
    }

    // ---------------------------------------------------------------- export

    /** The activities the reader may read, recorded in the audit trail as an export. */
    @Transactional
    Export export(Subject reader, long planId) {
        PlanSummary plan = plans.find(reader, planId).orElseThrow(() -> new NotReadable("workplan", planId));
        List<ActivitySummary> activities = plans.activitiesOf(reader, planId, WorkPlans.Filter.NONE, "code");
        var labels = new ArrayList<Label>();
        labels.add(plan.label());
        activities.forEach(a -> labels.add(a.label()));
        Label whole = Label.highWaterMark(plan.label().owner(), labels);
        audit.record(AuditEvent.read("workplans.activities.export", "workplan", Long.toString(planId), whole)
                .with("format", "xlsx")
                .with("rows", Integer.toString(activities.size())));
        var objectives = new HashMap<Long, Integer>();
        plans.objectivesOf(reader, planId).forEach(o -> objectives.put(o.id(), o.position()));
        return new Export(plan, activities, whole, objectives);
    }

    /** Writes the export as a sheet to read and print, in the reader's language (ActivitySpreadsheetExport). */
    void write(Export export, Locale locale, OutputStream out) throws IOException {
        new ActivitySpreadsheetExport(messages, markings, domainNames(), locale).write(export, out);
    }

    private Map<String, LocalizedText> domainNames() {
        var names = new HashMap<String, LocalizedText>();
        agreements.domains().forEach(d -> names.put(d.code(), d.name()));
        return names;
    }

    // ---------------------------------------------------------------- template

    /** The empty workbook to fill in: the columns, a sheet explaining each, and lists to choose from. */
    void template(Subject reader, long planId, Locale locale, OutputStream out) throws IOException {
        PlanSummary plan = plans.find(reader, planId).orElseThrow(() -> new NotReadable("workplan", planId));
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = templateSheet(workbook, locale, markings.banner(plan.label()));
            CellStyle date = dateStyle(workbook);
            sheet.setDefaultColumnStyle(SpreadsheetColumn.PLANNED_START.template(), date);
            sheet.setDefaultColumnStyle(SpreadsheetColumn.PLANNED_END.template(), date);

            Sheet help = workbook.createSheet(WorkbookUtil.createSafeSheetName(t(locale, "workplans.xlsx.sheet.help")));
            help.setRightToLeft(rightToLeft(locale));
            Row top = help.createRow(0);
            top.createCell(0).setCellValue(t(locale, "workplans.xlsx.help.column"));
            top.createCell(1).setCellValue(t(locale, "workplans.xlsx.help.meaning"));
            CellStyle text = rightToLeft(locale) ? rightToLeftStyle(workbook) : workbook.createCellStyle();
            int r = 1;
            for (SpreadsheetColumn column : SpreadsheetColumn.TEMPLATE) {
                {
                    Row row = help.createRow(r++);
                    row.createCell(0).setCellValue(t(locale, column.headerKey()));
                    row.createCell(1).setCellValue(t(locale, column.explanationKey()));
                    row.getCell(0).setCellStyle(text);
                    row.getCell(1).setCellStyle(text);
                }
            }
            r++;
            help.createRow(r++).createCell(0).setCellValue(t(locale, "workplans.xlsx.help.domains"));
            for (Domain domain : activeDomains()) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(domain.code());
                row.createCell(1).setCellValue(domain.name().in(locale));
                row.getCell(1).setCellStyle(text);
            }
            help.setColumnWidth(0, 30 * 256);
            help.setColumnWidth(1, 90 * 256);

            // The lists the data validations choose from, on a hidden sheet: words in the sheet's
            // language, which the import takes back (ActivitySpreadsheetWords) as it takes the codes.
            Sheet lists = workbook.createSheet("lists");
            List<String> types = java.util.Arrays.stream(ActivityType.values())
                    .map(type -> t(locale, "workplans.activity.type." + type.name()))
                    .toList();
            List<String> domains =
                    activeDomains().stream().map(d -> d.name().in(locale)).toList();
            List<String> nations = plan.parties().stream()
                    .map(party -> Nations.name(party, locale))
                    .toList();
            List<String> bearers = new ArrayList<>(nations);
            bearers.add(t(locale, "workplans.costs.shared"));
            String typeRange = column(lists, 0, types);
            String domainRange = column(lists, 1, domains);
            String nationRange = column(lists, 2, nations);
            String bearerRange = column(lists, 3, bearers);
            workbook.setSheetHidden(workbook.getSheetIndex(lists), true);

            DataValidationHelper helper = sheet.getDataValidationHelper();
            validate(sheet, helper, helper.createFormulaListConstraint(typeRange), SpreadsheetColumn.TYPE);
            validate(sheet, helper, helper.createFormulaListConstraint(domainRange), SpreadsheetColumn.DOMAIN);
            validate(sheet, helper, helper.createFormulaListConstraint(nationRange), SpreadsheetColumn.LEAD_NATION);
            validate(sheet, helper, helper.createFormulaListConstraint(nationRange), SpreadsheetColumn.HOST_NATION);
            validate(sheet, helper, helper.createFormulaListConstraint(bearerRange), SpreadsheetColumn.COST_BEARER);
            validate(
                    sheet,
                    helper,
                    helper.createExplicitListConstraint(new String[] {"1", "2", "3", "4"}),
                    SpreadsheetColumn.QUARTER);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private List<Domain> activeDomains() {
        return agreements.domains().stream().filter(d -> !d.retired()).toList();
    }

    /** Writes the values down a column of the lists sheet; the absolute range they fill. */
    private static String column(Sheet lists, int index, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            Row row = lists.getRow(i) == null ? lists.createRow(i) : lists.getRow(i);
            row.createCell(index).setCellValue(values.get(i));
        }
        String letters = CellReference.convertNumToColString(index);
        return "lists!$%s$1:$%s$%d".formatted(letters, letters, Math.max(values.size(), 1));
    }

    private static void validate(
            Sheet sheet, DataValidationHelper helper, DataValidationConstraint constraint, SpreadsheetColumn column) {
        var range = new CellRangeAddressList(1, MAX_ROWS, column.template(), column.template());
        DataValidation validation = helper.createValidation(constraint, range);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    // ---------------------------------------------------------------- import

    /**
     * The plan, when the importer may import into it: a planner of its committee.
     *
     * @throws AccessDeniedException when the plan is hidden from the importer or they may not write it
     */
    @Transactional(readOnly = true)
    PlanSummary mayImport(Subject importer, long planId) {
        PlanSummary plan = plans.find(importer, planId).orElseThrow(() -> new NotReadable("workplan", planId));
        policy.mayWrite(importer, plan.label(), plan.committeeId()).orThrow();
        return plan;
    }

    /**
     * Imports the rows of a workbook into a plan as proposals of the importer's nation: every cell
     * checked first, then every row proposed; one refusal anywhere and nothing is imported.
     *
     * @return how many activities were proposed
     * @throws AccessDeniedException when the plan is hidden from the importer or they may not write it
     * @throws SpreadsheetRefused when the file or any of its cells is refused
     */
    @Transactional
    int importFile(Subject importer, long planId, File file) {
        PlanSummary plan = mayImport(importer, planId);
        if (plan.status().signed()) {
            throw SpreadsheetRefused.file("workplans.xlsx.error.signed");
        }
        var words = new ActivitySpreadsheetWords(messages, plan.parties(), activeDomains());
        var rows = new ActivityRows(headers, words).parse(SheetReader.read(file, MAX_ROWS));
        var problems = new ArrayList<SpreadsheetRefused.Problem>();
        plans.proposeAll(
                        importer,
                        planId,
                        rows.stream().map(ActivityRows.Parsed::draft).toList())
                .forEach((index, errors) -> errors.forEach((field, key) -> problems.add(
                        new SpreadsheetRefused.Problem(rows.get(index).row(), null, null, key, List.of()))));
        if (!problems.isEmpty()) {
            throw new SpreadsheetRefused(problems);
        }
        audit.record(AuditEvent.success("workplans.activities.import", "workplan", Long.toString(planId), plan.label())
                .with("format", "xlsx")
                .with("rows", Integer.toString(rows.size())));
        return rows.size();
    }

    // ---------------------------------------------------------------- common

    /** The template's sheet: its column headers, in the reader's language, under the banner. */
    private Sheet templateSheet(Workbook workbook, Locale locale, String banner) {
        Sheet sheet =
                workbook.createSheet(WorkbookUtil.createSafeSheetName(t(locale, "workplans.xlsx.sheet.activities")));
        sheet.setRightToLeft(rightToLeft(locale));
        sheet.getHeader().setCenter(banner);
        sheet.getFooter().setCenter(banner);
        sheet.createFreezePane(0, 1);
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (SpreadsheetColumn column : SpreadsheetColumn.TEMPLATE) {
            var cell = header.createCell(column.template());
            cell.setCellValue(t(locale, column.headerKey()));
            cell.setCellStyle(bold);
            sheet.setColumnWidth(column.template(), (column.language() != null ? 40 : 16) * 256);
        }
        return sheet;
    }

    private static CellStyle dateStyle(Workbook workbook) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        return date;
    }

    /** Text read right to left, whatever the sheet's direction: full stops and brackets fall in place. */
    private static CellStyle rightToLeftStyle(Workbook workbook) {
        var style = (org.apache.poi.xssf.usermodel.XSSFCellStyle) workbook.createCellStyle();
        style.setReadingOrder(org.apache.poi.ss.usermodel.ReadingOrder.RIGHT_TO_LEFT);
        return style;
    }

    static boolean rightToLeft(Locale locale) {
        return Set.of("ar", "he", "iw").contains(locale.getLanguage());
    }

    private String t(Locale locale, String key, Object... args) {
        return messages.t(locale, key, args);
    }
}
