package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.workplans.WorkPlansFixture.PLANNER_ISR;
import static org.entente.workplans.WorkPlansFixture.PLANNER_MAR;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.apache.poi.ss.util.CellRangeAddress;
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
import org.entente.shared.Translator;
import org.entente.support.Personas;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
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
    Translator translator;

    @Autowired
    MockMvc mvc;

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
                        new ActivityDraft(
                                LocalizedText.of("he", "קורס הדרכה", "en", "Training course"),
                                LocalizedText.of(
                                        "en",
                                        "Medics of both forces, NATO STANAG procedures",
                                        "he",
                                        "חובשים של שני הצדדים"),
                                ActivityType.TRAINING_COURSE,
                                "TRAINING_EDUCATION",
                                List.of(),
                                "ISR",
                                "ISR",
                                LocalizedText.of("he", "חיפה", "en", "Haifa", "ar", "حيفا"),
                                null,
                                LocalDate.of(year, 5, 11),
                                LocalDate.of(year, 5, 22),
                                Map.of("MAR", 12, "ISR", 5),
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

    static final int HEADERS = ActivitySpreadsheetExport.HEADER_ROW;

    static String text(Row row, SpreadsheetColumn column) {
        return row.getCell(column.exported()).getStringCellValue();
    }

    @Test
    void theExportIsASheetToReadAndPrintInTheReadersLanguage() throws IOException {
        var setting = fx.setting();
        long plan = demoLikePlan(setting, 2040);
        byte[] bytes = export(PLANNER_MAR, plan, Locale.forLanguageTag("ar"));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("الأنشطة");
            assertThat(sheet.isRightToLeft()).isTrue();
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .as("the banner on the first row")
                    .isEqualTo("RESTRICTED // REL TO MAR, ISR");
            Row header = sheet.getRow(HEADERS);
            assertThat(text(header, SpreadsheetColumn.TITLE)).isEqualTo("العنوان");
            assertThat(text(header, SpreadsheetColumn.TYPE)).isEqualTo("النوع");
            assertThat(text(header, SpreadsheetColumn.TITLE_AR)).isEqualTo("العنوان (بالعربية)");
            assertThat(sheet.getHeader().getCenter()).isEqualTo("RESTRICTED // REL TO MAR, ISR");
            assertThat(sheet.getFooter().getCenter()).isEqualTo("RESTRICTED // REL TO MAR, ISR");
            assertThat(sheet.getFooter().getLeft()).isEqualTo("الصفحة &P من &N");
            assertThat(sheet.getLastRowNum()).isEqualTo(HEADERS + 3);

            Row staff = sheet.getRow(HEADERS + 1);
            assertThat(text(staff, SpreadsheetColumn.TITLE)).isEqualTo("اجتماع هيئة الأركان");
            assertThat(text(staff, SpreadsheetColumn.TYPE)).isEqualTo("محادثات هيئات الأركان");
            assertThat(text(staff, SpreadsheetColumn.DOMAIN)).isEqualTo("التنسيق العملياتي");
            assertThat(text(staff, SpreadsheetColumn.LEAD_NATION)).isEqualTo("المغرب");
            assertThat(text(staff, SpreadsheetColumn.STATUS)).isEqualTo("مبرمج");

            Row training = sheet.getRow(HEADERS + 2);
            assertThat(text(training, SpreadsheetColumn.TITLE))
                    .as("the best form when the reader's language has none")
                    .isEqualTo("Training course");
            assertThat(text(training, SpreadsheetColumn.CITY)).isEqualTo("حيفا");
            assertThat(text(training, SpreadsheetColumn.COST_BEARER)).isEqualTo("مشتركة");
            assertThat(text(training, SpreadsheetColumn.PARTICIPANTS))
                    .as("each nation's name isolated, the Arabic comma between them")
                    .isEqualTo("\u2068إسرائيل\u2069: 5، \u2068المغرب\u2069: 12");
            assertThat(text(training, SpreadsheetColumn.DESCRIPTION))
                    .isEqualTo("Medics of both forces, NATO STANAG procedures");
            assertThat(text(training, SpreadsheetColumn.PROPOSED_BY)).isEqualTo("إسرائيل");
            var start = training.getCell(SpreadsheetColumn.PLANNED_START.exported());
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2040, 5, 11));
            var quarter = staff.getCell(SpreadsheetColumn.QUARTER.exported());
            assertThat(quarter.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(quarter.getNumericCellValue()).isEqualTo(1.0);
            assertThat(text(training, SpreadsheetColumn.TITLE_HE)).isEqualTo("קורס הדרכה");
            assertThat(text(training, SpreadsheetColumn.DESCRIPTION_HE)).isEqualTo("חובשים של שני הצדדים");
            assertThat(text(training, SpreadsheetColumn.LABEL)).isEqualTo("RESTRICTED // REL TO ISR, MAR");

            int lastColumn = SpreadsheetColumn.values().length - 1;
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
                    .as("an autofilter over the headers and every row")
                    .isEqualTo("A3:" + org.apache.poi.ss.util.CellReference.convertNumToColString(lastColumn) + "6");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (HEADERS + 1));
            assertThat(sheet.getColumnWidth(SpreadsheetColumn.DESCRIPTION.exported()))
                    .isGreaterThan(sheet.getColumnWidth(SpreadsheetColumn.QUARTER.exported()));
            var print = sheet.getPrintSetup();
            assertThat(print.getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(print.getFitWidth()).isEqualTo((short) 1);
            assertThat(print.getFitHeight()).isEqualTo((short) 0);
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            assertThat(workbook.getPrintArea(0))
                    .as("the reading columns are printed, not the text of every language")
                    .endsWith("$A$1:$"
                            + org.apache.poi.ss.util.CellReference.convertNumToColString(
                                    SpreadsheetColumn.LABEL.exported())
                            + "$6");
            assertThat(sheet.isColumnHidden(SpreadsheetColumn.TITLE_AR.exported()))
                    .as("the text of every language is folded away")
                    .isTrue();
            assertThat(sheet.isColumnHidden(SpreadsheetColumn.LABEL.exported())).isFalse();
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export(PLANNER_ISR, plan, Locale.ENGLISH)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.isRightToLeft()).isFalse();
            assertThat(text(sheet.getRow(HEADERS), SpreadsheetColumn.TITLE_AR)).isEqualTo("Title (Arabic)");
            assertThat(sheet.getFooter().getRight()).isEqualTo("Page &P of &N");
            Row training = sheet.getRow(HEADERS + 2);
            assertThat(text(training, SpreadsheetColumn.TYPE)).isEqualTo("Training course");
            assertThat(text(training, SpreadsheetColumn.COST_BEARER)).isEqualTo("Shared");
            assertThat(training.getCell(SpreadsheetColumn.PLANNED_END.exported())
                            .getCellStyle()
                            .getDataFormatString())
                    .isEqualTo("d mmm yyyy");
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
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).startsWith("\"RESTRICTED // REL TO MAR, ISR\"");
        assertThat(lines.get(2)).startsWith("\"الرمز\",\"العنوان\"");
        assertThat(lines.get(3))
                .contains("اجتماع هيئة الأركان", "محادثات هيئات الأركان", "RESTRICTED // REL TO MAR, ISR");
        assertThat(lines.get(4)).contains("קורס הדרכה", "11/05/2050", "22/05/2050");
    }

    @Test
    void exportThenImportIntoAnEmptyPlanGivesTheSameActivitiesProposedByTheImporter() throws IOException {
        var setting = fx.setting();
        long source = demoLikePlan(setting, 2041);
        // Its activities' dates are in 2041: each target plan is of 2041 or the year before or after
        // (an activity's dates stay within its plan's year ± 1).
        var years = new java.util.ArrayDeque<>(List.of(2042, 2040, 2041));
        for (String language : List.of("fr", "ar", "he")) {
            long target = fx.plan(setting, years.pop());
            byte[] bytes = export(PLANNER_MAR, source, Locale.forLanguageTag(language));

            assertThat(importBytes(PLANNER_ISR, target, bytes)).as(language).isEqualTo(3);

            List<ActivitySummary> before = activities(source);
            List<ActivitySummary> after = activities(target);
            assertThat(after).hasSize(before.size());
            for (int i = 0; i < before.size(); i++) {
                ActivitySummary a = before.get(i);
                ActivitySummary b = after.get(i);
                assertThat(b.draft()).as(language + " " + a.code()).isEqualTo(a.draft());
                assertThat(b.proposedBy()).isEqualTo("ISR");
                assertThat(b.approvals()).containsExactly("ISR");
            }
        }
    }

    @Test
    void theImportTakesTheWordsOfAnyLanguageOrTheCodes() throws IOException {
        long plan = fx.plan(fx.setting(), 2051);
        var headers = new ArrayList<>(KEYS);
        headers.add("Participants");
        headers.add("Ville (français)");
        headers.add("الوصف (بالعربية)");
        List<Object> words = new ArrayList<>(Arrays.asList(
                "ورشة",
                "Workshop",
                null,
                null,
                "קורס הכשרה",
                "Formation et enseignement",
                "المغرب",
                "Israël",
                2.0,
                null,
                null,
                "Partagés",
                "\u2068المغرب\u2069: ١٢، ISR: 5",
                "Benslimane",
                "تكوين المكوّنين"));
        List<Object> codes = good();
        codes.set(4, "training-course");
        codes.set(11, "mar");
        assertThat(importBytes(PLANNER_MAR, plan, sheet(headers, List.of(words, codes))))
                .isEqualTo(2);
        List<ActivitySummary> imported = activities(plan);
        assertThat(imported).extracting(ActivitySummary::type).containsOnly(ActivityType.TRAINING_COURSE);
        ActivitySummary first = imported.get(0);
        assertThat(first.domain()).isEqualTo("TRAINING_EDUCATION");
        assertThat(first.leadNation()).isEqualTo("MAR");
        assertThat(first.hostNation()).isEqualTo("ISR");
        assertThat(first.costBearer()).isEqualTo(WorkPlans.SHARED_COSTS);
        assertThat(first.participants()).isEqualTo(Map.of("MAR", 12, "ISR", 5));
        assertThat(first.city()).isEqualTo(LocalizedText.of("fr", "Benslimane"));
        assertThat(first.description()).isEqualTo(LocalizedText.of("ar", "تكوين المكوّنين"));
        assertThat(imported.get(1).costBearer()).isEqualTo("MAR");
    }

    @Test
    void wordsThatNameNothingAreRefusedByCell() throws IOException {
        long plan = fx.plan(fx.setting(), 2052);
        var headers = new ArrayList<>(KEYS);
        headers.add("participants");
        List<Object> row = good();
        row.add("Morocco: twelve");
        List<Object> france = good(6, "France");
        france.add(null);
        List<Object> shared = good(7, "Shared");
        shared.add("France: 3");
        assertThat(errors(plan, sheet(headers, List.of(row, france, shared))))
                .containsExactly(
                        Map.of(
                                "field", "row 2, column M (Participants)",
                                "message",
                                        "write the participants as “nation: number”, separated by commas, not “Morocco: twelve”."),
                        Map.of(
                                "field", "row 3, column G (Lead nation)",
                                "message", "France is not a party to this plan (ISR, MAR)."),
                        Map.of(
                                "field", "row 4, column H (Host nation)",
                                "message", "Shared is not a party to this plan (ISR, MAR)."),
                        Map.of(
                                "field", "row 4, column M (Participants)",
                                "message", "France is not a party to this plan (ISR, MAR)."));
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
                            .getCell(SpreadsheetColumn.QUARTER.template())
                            .getStringCellValue())
                    .isEqualTo("רבעון");
            assertThat(sheet.getDataValidations()).hasSize(6);
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(1).getStringCellValue())
                    .contains("ערבית");
            assertThat(workbook.isSheetHidden(2)).isTrue();
            // The drop-downs offer words in the sheet's language, never codes.
            Sheet lists = workbook.getSheetAt(2);
            assertThat(sheet.getDataValidations())
                    .anySatisfy(v -> assertThat(v.getValidationConstraint().getFormula1())
                            .isEqualTo("lists!$A$1:$A$" + ActivityType.values().length));
            List<String> types = listColumn(lists, 0);
            List<String> nations = listColumn(lists, 2);
            List<String> bearers = listColumn(lists, 3);
            assertThat(types).hasSize(ActivityType.values().length).contains("סיור שטח");
            assertThat(nations).containsExactlyInAnyOrder("ישראל", "מרוקו");
            assertThat(bearers).contains("משותפות");
            assertThat(listColumn(lists, 1)).isNotEmpty();
            var offered = new ArrayList<String>(types);
            offered.addAll(listColumn(lists, 1));
            offered.addAll(bearers);
            assertThat(offered).noneMatch(w -> w.matches("[A-Z_]+"));
            // One row filled from the drop-downs' words, one with the codes: both are taken back.
            Row words = sheet.createRow(2);
            words.createCell(SpreadsheetColumn.TITLE_HE.template()).setCellValue("תרגיל");
            words.createCell(SpreadsheetColumn.TYPE.template()).setCellValue("סיור שטח");
            words.createCell(SpreadsheetColumn.DOMAIN.template())
                    .setCellValue(listColumn(lists, 1).get(0));
            words.createCell(SpreadsheetColumn.LEAD_NATION.template()).setCellValue("מרוקו");
            words.createCell(SpreadsheetColumn.HOST_NATION.template()).setCellValue("ישראל");
            words.createCell(SpreadsheetColumn.QUARTER.template()).setCellValue("2");
            words.createCell(SpreadsheetColumn.COST_BEARER.template()).setCellValue("משותפות");
            Row row = sheet.createRow(1);
            row.createCell(SpreadsheetColumn.TITLE_HE.template()).setCellValue("ביקור");
            row.createCell(SpreadsheetColumn.TYPE.template()).setCellValue("FIELD_VISIT");
            row.createCell(SpreadsheetColumn.DOMAIN.template()).setCellValue("AIR_DEFENCE");
            row.createCell(SpreadsheetColumn.LEAD_NATION.template()).setCellValue("ISR");
            row.createCell(SpreadsheetColumn.HOST_NATION.template()).setCellValue("MAR");
            row.createCell(SpreadsheetColumn.QUARTER.template()).setCellValue("٣");
            row.createCell(SpreadsheetColumn.COST_BEARER.template()).setCellValue("SHARED");
            var bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            filled = bytes.toByteArray();
        }
        assertThat(importBytes(PLANNER_MAR, plan, filled)).isEqualTo(2);
        assertThat(activities(plan))
                .hasSize(2)
                .allSatisfy(a -> {
                    assertThat(a.type()).isEqualTo(ActivityType.FIELD_VISIT);
                    assertThat(a.approvals()).containsExactly("MAR");
                })
                .extracting(ActivitySummary::plannedQuarter)
                .containsExactlyInAnyOrder(2, 3);
    }

    /** The non-blank values down one column of the template's lists sheet. */
    private static List<String> listColumn(Sheet lists, int index) {
        var values = new ArrayList<String>();
        for (Row row : lists) {
            var cell = row.getCell(index);
            if (cell != null && !cell.getStringCellValue().isBlank()) {
                values.add(cell.getStringCellValue());
            }
        }
        return values;
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
        return refusal(plan, bytes).namedErrors(translator, Locale.ENGLISH);
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
        assertThat(refusal(plan, bytes)
                        .namedErrors(translator, Locale.forLanguageTag("ar"))
                        .get(0))
                .containsEntry("field", "الصف 3، العمود J (البداية المقررة)");
    }

    /**
     * A refused file goes the one refusal path (no handler of the controller's own): 422, a problem
     * whose detail says nothing was imported and whose {@code errors[]} name the file.
     */
    @Test
    void aRefusedFileIsAnsweredByTheOneRefusalPath() throws Exception {
        MockHttpSession planner = Personas.signIn(mvc, "planner.mar");
        mvc.perform(post("/api/v1/workplans/1/activities.xlsx")
                        .session(planner)
                        .with(csrf())
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_OCTET_STREAM)
                        .content("title,type\nx,y\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The spreadsheet was refused; nothing was imported."))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message").value("This file is not an Excel workbook (.xlsx)."));
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
