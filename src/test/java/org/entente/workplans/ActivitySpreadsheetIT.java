package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.workplans.WorkPlansFixture.PLANNER_ISR;
import static org.entente.workplans.WorkPlansFixture.PLANNER_MAR;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.DemoApplicationTest;
import org.entente.access.AccessDeniedException;
import org.entente.agreements.Agreements;
import org.entente.committees.Committees;
import org.entente.identity.CommitteeRoles;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A plan's activities to {@code .xlsx} and back, on the real PostgreSQL: the export reopened with
 * POI, the round trip into an empty plan, and every kind of bad input refused with nothing imported.
 */
@DemoApplicationTest
class ActivitySpreadsheetIT {

    @Autowired
    ActivitySpreadsheet spreadsheet;

    @Autowired
    ActivitySpreadsheetController controller;

    @Autowired
    WorkPlans plans;

    @Autowired
    Agreements agreements;

    @Autowired
    Committees committees;

    @Autowired
    CommitteeRoles roles;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    File dir;

    WorkPlansFixture fx;

    @BeforeEach
    void fixture() {
        fx = new WorkPlansFixture(agreements, committees, roles, plans, transactions);
    }

    static ActivityDraft activity(
            LocalizedText title,
            ActivityType type,
            String domain,
            String lead,
            String host,
            Integer quarter,
            LocalDate start,
            LocalDate end,
            String costBearer) {
        return new ActivityDraft(
                title, null, type, domain, List.of(), lead, host, null, quarter, start, end, Map.of(), costBearer);
    }

    /** A plan like the demo's: titles in several languages, quarters or dates, both parties leading. */
    long demoLikePlan(WorkPlansFixture.Setting setting, int year) {
        long plan = fx.plan(setting, year);
        fx.as(
                PLANNER_MAR,
                () -> plans.propose(
                        PLANNER_MAR,
                        plan,
                        activity(
                                LocalizedText.of(
                                        "ar",
                                        "اجتماع هيئة الأركان",
                                        "en",
                                        "Staff talks",
                                        "fr",
                                        "Pourparlers d’état-major"),
                                ActivityType.STAFF_TALKS,
                                "OPERATIONAL_COORDINATION",
                                "MAR",
                                "MAR",
                                1,
                                null,
                                null,
                                "MAR")));
        fx.as(
                PLANNER_ISR,
                () -> plans.propose(
                        PLANNER_ISR,
                        plan,
                        activity(
                                LocalizedText.of("he", "קורס הדרכה", "en", "Training course"),
                                ActivityType.TRAINING_COURSE,
                                "TRAINING_EDUCATION",
                                "ISR",
                                "ISR",
                                null,
                                LocalDate.of(year, 5, 11),
                                LocalDate.of(year, 5, 22),
                                WorkPlans.SHARED_COSTS)));
        fx.as(
                PLANNER_MAR,
                () -> plans.propose(
                        PLANNER_MAR,
                        plan,
                        activity(
                                LocalizedText.of("ar", "تمرين مشترك"),
                                ActivityType.EXERCISE,
                                "AIR_DEFENCE",
                                "MAR",
                                "ISR",
                                4,
                                LocalDate.of(year, 11, 3),
                                LocalDate.of(year, 11, 3),
                                "ISR")));
        return plan;
    }

    byte[] export(SystemSubject reader, long plan, Locale locale) {
        return fx.as(reader, () -> {
            var out = new ByteArrayOutputStream();
            try {
                spreadsheet.write(spreadsheet.export(reader, plan), locale, out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return out.toByteArray();
        });
    }

    int importBytes(SystemSubject importer, long plan, byte[] bytes) throws IOException {
        File file = new File(dir, "import-" + System.nanoTime() + ".xlsx");
        Files.write(file.toPath(), bytes);
        return fx.as(importer, () -> spreadsheet.importFile(importer, plan, file));
    }

    List<ActivitySummary> activities(long plan) {
        return fx.as(PLANNER_MAR, () -> plans.activitiesOf(PLANNER_MAR, plan, WorkPlans.Filter.NONE, "code"));
    }

    @Test
    void theExportOpensInPoiWithLocalizedHeadersRealDatesAndLabels() throws IOException {
        var setting = fx.setting();
        long plan = demoLikePlan(setting, 2040);
        byte[] bytes = export(PLANNER_MAR, plan, Locale.forLanguageTag("ar"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("الأنشطة");
            assertThat(sheet.isRightToLeft()).isTrue();
            Row header = sheet.getRow(0);
            assertThat(header.getCell(SpreadsheetColumn.TITLE_AR.ordinal()).getStringCellValue())
                    .isEqualTo("العنوان (بالعربية)");
            assertThat(header.getCell(SpreadsheetColumn.TYPE.ordinal()).getStringCellValue())
                    .isEqualTo("النوع");
            assertThat(sheet.getHeader().getCenter()).isEqualTo("RESTRICTED // REL TO MAR, ISR");
            assertThat(sheet.getFooter().getCenter()).isEqualTo("RESTRICTED // REL TO MAR, ISR");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            Row training = sheet.getRow(2);
            var start = training.getCell(SpreadsheetColumn.PLANNED_START.ordinal());
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2040, 5, 11));
            var quarter = training.getCell(SpreadsheetColumn.QUARTER.ordinal());
            assertThat(quarter.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(quarter.getNumericCellValue()).isEqualTo(2.0);
            assertThat(training.getCell(SpreadsheetColumn.TITLE_HE.ordinal()).getStringCellValue())
                    .isEqualTo("קורס הדרכה");
            assertThat(training.getCell(SpreadsheetColumn.LABEL.ordinal()).getStringCellValue())
                    .isEqualTo("RESTRICTED // REL TO ISR, MAR");
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export(PLANNER_ISR, plan, Locale.ENGLISH)))) {
            assertThat(workbook.getSheetAt(0).isRightToLeft()).isFalse();
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Title (Arabic)");
        }
    }

    /** LibreOffice (headless) opens the export: skipped where {@code soffice} is not installed. */
    @Test
    void libreOfficeOpensTheExport() throws Exception {
        var soffice = java.util.stream.Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .map(d -> new File(d, "soffice"))
                .filter(File::canExecute)
                .findFirst();
        org.junit.jupiter.api.Assumptions.assumeTrue(soffice.isPresent(), "soffice is not installed");
        long plan = demoLikePlan(fx.setting(), 2050);
        File xlsx = new File(dir, "export.xlsx");
        Files.write(xlsx.toPath(), export(PLANNER_MAR, plan, Locale.forLanguageTag("ar")));
        Process process = new ProcessBuilder(
                        soffice.get().getPath(),
                        "-env:UserInstallation=" + new File(dir, "profile").toURI(),
                        "--headless",
                        "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,76,1",
                        "--outdir",
                        dir.getPath(),
                        xlsx.getPath())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        File csv = new File(dir, "export.csv");
        assertThat(csv).as(output).exists();
        List<String> lines = Files.readAllLines(csv.toPath());
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("\"الرمز\",\"العنوان (بالعربية)\"");
        assertThat(lines.get(1)).contains("اجتماع هيئة الأركان", "STAFF_TALKS", "RESTRICTED // REL TO MAR, ISR");
        assertThat(lines.get(2)).contains("קורס הדרכה", "2050-05-11", "2050-05-22");
    }

    @Test
    void exportThenImportIntoAnEmptyPlanGivesTheSameActivitiesProposedByTheImporter() throws IOException {
        var setting = fx.setting();
        long source = demoLikePlan(setting, 2041);
        long target = fx.plan(setting, 2042);
        byte[] bytes = export(PLANNER_MAR, source, Locale.forLanguageTag("fr"));

        assertThat(importBytes(PLANNER_ISR, target, bytes)).isEqualTo(3);

        List<ActivitySummary> before = activities(source);
        List<ActivitySummary> after = activities(target);
        assertThat(after).hasSize(before.size());
        for (int i = 0; i < before.size(); i++) {
            ActivitySummary a = before.get(i);
            ActivitySummary b = after.get(i);
            assertThat(b.title()).isEqualTo(a.title());
            assertThat(b.type()).isEqualTo(a.type());
            assertThat(b.domain()).isEqualTo(a.domain());
            assertThat(b.quarter()).isEqualTo(a.quarter());
            assertThat(b.plannedStart()).isEqualTo(a.plannedStart());
            assertThat(b.plannedEnd()).isEqualTo(a.plannedEnd());
            assertThat(b.leadNation()).isEqualTo(a.leadNation());
            assertThat(b.hostNation()).isEqualTo(a.hostNation());
            assertThat(b.costBearer()).isEqualTo(a.costBearer());
            assertThat(b.proposedBy()).isEqualTo("ISR");
            assertThat(b.approvals()).containsExactly("ISR");
        }
    }

    @Test
    void theTemplateHasTheColumnsAnExplanationAndListsAndImportsOnceFilledIn() throws IOException {
        var setting = fx.setting();
        long plan = fx.plan(setting, 2043);
        var out = new ByteArrayOutputStream();
        fx.as(PLANNER_MAR, () -> {
            try {
                spreadsheet.template(PLANNER_MAR, plan, Locale.forLanguageTag("he"), out);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        byte[] filled;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0)
                            .getCell(SpreadsheetColumn.QUARTER.ordinal())
                            .getStringCellValue())
                    .isEqualTo("רבעון");
            assertThat(sheet.getDataValidations()).hasSize(6);
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getStringCellValue())
                    .contains("ערבית");
            assertThat(workbook.isSheetHidden(2)).isTrue();
            Row row = sheet.createRow(1);
            row.createCell(SpreadsheetColumn.TITLE_HE.ordinal()).setCellValue("ביקור");
            row.createCell(SpreadsheetColumn.TYPE.ordinal()).setCellValue("FIELD_VISIT");
            row.createCell(SpreadsheetColumn.DOMAIN.ordinal()).setCellValue("AIR_DEFENCE");
            row.createCell(SpreadsheetColumn.LEAD_NATION.ordinal()).setCellValue("ISR");
            row.createCell(SpreadsheetColumn.HOST_NATION.ordinal()).setCellValue("MAR");
            row.createCell(SpreadsheetColumn.QUARTER.ordinal()).setCellValue("٣");
            row.createCell(SpreadsheetColumn.COST_BEARER.ordinal()).setCellValue("SHARED");
            var bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            filled = bytes.toByteArray();
        }
        assertThat(importBytes(PLANNER_MAR, plan, filled)).isEqualTo(1);
        assertThat(activities(plan)).singleElement().satisfies(a -> {
            assertThat(a.plannedQuarter()).isEqualTo(3);
            assertThat(a.approvals()).containsExactly("MAR");
        });
    }

    // ---------------------------------------------------------------- bad input

    static final List<String> KEYS = List.of(
            "title_ar",
            "title_en",
            "title_fr",
            "title_he",
            "type",
            "domain",
            "lead_nation",
            "host_nation",
            "quarter",
            "planned_start",
            "planned_end",
            "cost_bearer");

    /** A workbook with the key headers and the given rows (null: blank; "=…": a formula; Double: a number). */
    static byte[] sheet(List<String> headers, List<List<Object>> rows) throws IOException {
        try (var workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("x");
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            var date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof String s && s.startsWith("=")) {
                        row.createCell(c).setCellFormula(s.substring(1));
                    } else if (v instanceof String s) {
                        row.createCell(c).setCellValue(s);
                    } else if (v instanceof Double d) {
                        row.createCell(c).setCellValue(d);
                    } else if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    }
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static List<Object> good() {
        return new ArrayList<>(Arrays.asList(
                "ورشة",
                "Workshop",
                null,
                null,
                "WORKING_MEETING",
                "TRAINING_EDUCATION",
                "MAR",
                "ISR",
                2.0,
                null,
                null,
                "SHARED"));
    }

    static List<Object> good(int column, Object value) {
        List<Object> row = good();
        row.set(column, value);
        return row;
    }

    SpreadsheetRefused refusal(long plan, byte[] bytes) {
        SpreadsheetRefused thrown = null;
        try {
            importBytes(PLANNER_MAR, plan, bytes);
        } catch (SpreadsheetRefused refused) {
            thrown = refused;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(thrown).as("refused").isNotNull();
        assertThat(activities(plan)).as("nothing imported").isEmpty();
        return thrown;
    }

    List<Map<String, String>> errors(long plan, byte[] bytes) {
        return controller.errors(refusal(plan, bytes), Locale.ENGLISH);
    }

    @Test
    void everyBadCellIsNamedByRowAndColumnAndNothingIsImported() throws IOException {
        var setting = fx.setting();
        long plan = fx.plan(setting, 2044);
        byte[] bytes = sheet(
                KEYS,
                List.of(
                        good(),
                        good(9, "31/02/2026"),
                        good(8, "2٣"),
                        good(8, "=1+1"),
                        good(6, "FRA"),
                        good(8, 5.0),
                        good(4, "PICNIC"),
                        good(9, LocalDate.of(2044, 3, 2))));
        assertThat(errors(plan, bytes))
                .containsExactly(
                        Map.of(
                                "field", "row 3, column J (Planned start)",
                                "message",
                                        "“31/02/2026” is not a date that exists (write 2026-03-15 or 15/03/2026, or use a date cell)."),
                        Map.of(
                                "field", "row 4, column I (Quarter)",
                                "message",
                                        "“2٣” mixes Arabic-Indic and Latin digits; write the number with one kind of digits."),
                        Map.of(
                                "field", "row 5, column I (Quarter)",
                                "message", "formulas are not accepted; type the value itself."),
                        Map.of(
                                "field", "row 6, column G (Lead nation)",
                                "message", "FRA is not a party to this plan (ISR, MAR)."),
                        Map.of(
                                "field", "row 7, column I (Quarter)",
                                "message", "the quarter is a number from 1 to 4, not “5”."),
                        Map.of(
                                "field", "row 8, column E (Type)",
                                "message", "“PICNIC” is not one of the codes of the list."));
        assertThat(controller
                        .errors(refusal(plan, bytes), Locale.forLanguageTag("ar"))
                        .get(0))
                .containsEntry("field", "الصف 3، العمود J (البداية المقررة)");
    }

    List<String> messages(long plan, byte[] bytes) {
        return errors(plan, bytes).stream().map(e -> e.get("message")).toList();
    }

    @Test
    void aMissingColumnIsRefused() throws IOException {
        long plan = fx.plan(fx.setting(), 2045);
        var headers = new ArrayList<>(KEYS);
        headers.set(4, "kind");
        assertThat(errors(plan, sheet(headers, List.of(good()))))
                .containsExactly(Map.of(
                        "field", "row 1 (headers), Type",
                        "message", "this column is missing; the template shows the expected columns."));
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefused() throws IOException {
        long plan = fx.plan(fx.setting(), 2046);
        assertThat(messages(plan, "title,type\nx,y\n".getBytes()))
                .containsExactly("This file is not an Excel workbook (.xlsx).");
    }

    @Test
    void aZipBombIsRefusedWithoutBeingInflated() throws IOException {
        long plan = fx.plan(fx.setting(), 2047);
        byte[] honest = sheet(KEYS, List.of(good()));
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(honest));
                var zip = new ZipOutputStream(out)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>");
                    zip.write(xml.substring(0, at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1024 * 1024];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(at).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        assertThat(out.size()).isLessThan(2 * 1024 * 1024);
        assertThat(messages(plan, out.toByteArray()))
                .containsExactly("This file inflates to far more than it weighs (a zip bomb); it was not opened.");
    }

    @Test
    void aSheetOfAHundredThousandRowsIsRefused() throws IOException {
        long plan = fx.plan(fx.setting(), 2048);
        var out = new ByteArrayOutputStream();
        try (Workbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("big");
            Row header = sheet.createRow(0);
            for (int i = 0; i < KEYS.size(); i++) {
                header.createCell(i).setCellValue(KEYS.get(i));
            }
            for (int r = 1; r <= 100_000; r++) {
                Row row = sheet.createRow(r);
                row.createCell(1).setCellValue("Activity " + r);
                row.createCell(8).setCellValue(1);
            }
            workbook.write(out);
        }
        assertThat(messages(plan, out.toByteArray()))
                .containsExactly("The sheet holds more than 5,000 rows; split it into several files.");
    }

    @Test
    void onlyWritersOfTheCommitteeImport() throws IOException {
        long plan = fx.plan(fx.setting(), 2049);
        byte[] bytes = sheet(KEYS, List.of(good()));
        var outsider = new SystemSubject("planner.fra", "FRA", org.entente.shared.Classification.CONFIDENTIAL);
        assertThatThrownBy(() -> importBytes(outsider, plan, bytes)).isInstanceOf(NotReadable.class);
        var viewer = new SystemSubject("liaison.isr", "ISR", org.entente.shared.Classification.RESTRICTED);
        assertThatThrownBy(() -> importBytes(viewer, plan, bytes)).isInstanceOf(AccessDeniedException.class);
        assertThat(activities(plan)).isEmpty();
    }
}
