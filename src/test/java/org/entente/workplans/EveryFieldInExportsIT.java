package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.workplans.WorkPlansFixture.PLANNER_ISR;
import static org.entente.workplans.WorkPlansFixture.PLANNER_MAR;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.entente.DemoApplicationTest;
import org.entente.documents.Pdf;
import org.entente.shared.SystemSubject;
import org.entente.shared.Translator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The PDF and Excel legs of an activity's per-field round trip (the page and API legs are in
 * {@link AmendmentsIT} and {@link AmendmentWebIT}): Morocco proposes an activity with every field
 * set on a signed plan, Israel approves it, and the signed plan's PDF shows every field in each of
 * its languages, and the Excel export holds every field in its column.
 */
@DemoApplicationTest
class EveryFieldInExportsIT {

    @Autowired
    WorkPlans plans;

    @Autowired
    WorkPlanDocumentController documents;

    @Autowired
    ActivitySpreadsheet spreadsheet;

    @Autowired
    Translator messages;

    @Autowired
    ApplicationContext context;

    WorkPlansFixture fx;

    /** The plan and the draft its approved activity was proposed from. */
    record Approved(long plan, ActivityDraft draft) {}

    @BeforeEach
    void fixture() {
        fx = WorkPlansFixture.of(context);
    }

    Approved approvedWithEveryField() {
        var setup = new AmendmentsIT(); // its signed plan with one objective, on this test's fixture
        setup.plans = plans;
        setup.fx = fx;
        AmendmentsIT.Signed signed = setup.signedPlanWithObjective();
        ActivityDraft draft = AmendmentsIT.everyField(signed.objective());
        int number = fx.as(PLANNER_MAR, () -> plans.proposeAmendment(PLANNER_MAR, signed.plan(), null, draft));
        fx.as(PLANNER_ISR, () -> plans.approveAmendment(PLANNER_ISR, signed.plan(), number)); // one transaction each
        return new Approved(signed.plan(), draft);
    }

    String pdf(SystemSubject reader, long plan, String languages, String name) {
        byte[] bytes = fx.as(reader, () -> (byte[]) documents
                .document(reader, Long.toString(plan), languages, Locale.ENGLISH)
                .getBody());
        try {
            return Pdf.of(name, bytes).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String t(String language, String key, Object... args) {
        return messages.t(Locale.forLanguageTag(language), key, args);
    }

    @Test
    void thePlanPdfShowsEveryFieldInEachOfItsLanguages() {
        Approved approved = approvedWithEveryField();
        ActivityDraft draft = approved.draft();
        String arFr = pdf(PLANNER_ISR, approved.plan(), "ar,fr", "every-field-ar-fr");
        String enHe = pdf(PLANNER_MAR, approved.plan(), "en,he", "every-field-en-he");
        for (String language : java.util.List.of("ar", "fr", "en", "he")) {
            String text = language.equals("ar") || language.equals("fr") ? arFr : enHe;
            Locale locale = Locale.forLanguageTag(language);
            var expected = java.util.List.of(
                    Pdf.normalise(draft.title().values().get(language)),
                    Pdf.normalise(draft.description().values().get(language)),
                    Pdf.normalise(draft.city().in(locale)),
                    Pdf.normalise(t(language, "workplans.activity.type.TRAINING_COURSE")),
                    Pdf.normalise(t(language, "workplans.ledBy", org.entente.shared.Nations.name("ISR", locale))),
                    Pdf.normalise(t(
                            language,
                            "workplans.pdf.field",
                            t(language, "workplans.field.hostNation"),
                            org.entente.shared.Nations.name("MAR", locale))),
                    Pdf.normalise(t(
                            language,
                            "workplans.pdf.field",
                            t(language, "workplans.field.costBearer"),
                            org.entente.shared.Nations.name("MAR", locale))),
                    Pdf.normalise(t(
                            language,
                            "workplans.pdf.field",
                            t(language, "workplans.field.participants"),
                            t(
                                            language,
                                            "workplans.participants.count",
                                            org.entente.shared.Nations.name("ISR", locale),
                                            "5")
                                    + t(language, "list.separator")
                                    + t(
                                            language,
                                            "workplans.participants.count",
                                            org.entente.shared.Nations.name("MAR", locale),
                                            "12"))),
                    Pdf.normalise(
                            t(language, "workplans.pdf.field", t(language, "workplans.field.objectiveIds"), "1")));
            assertThat(text).as(language).contains(inExtractionOrder(expected, language));
        }
        assertThat(arFr)
                .as("domain and dates")
                .contains("التكوين والتعليم", "Formation et enseignement", "10–14 août 2027");
        assertThat(enHe)
                .as("domain and dates")
                .contains("Training & education", "הכשרה וחינוך", "August 10 – 14, 2027", "באוגוסט");
    }

    /**
     * What {@code pdftotext} can be asked for: a left-to-right line as it is; of a right-to-left line
     * that mixes in digits or Latin words, only its pieces between colons and commas (poppler
     * extracts such a line's runs in visual order; bidi16 tests the order itself).
     */
    static String[] inExtractionOrder(java.util.List<String> lines, String language) {
        if (!ActivitySpreadsheet.rightToLeft(Locale.forLanguageTag(language))) {
            return lines.toArray(String[]::new);
        }
        return lines.stream()
                .flatMap(line -> java.util.Arrays.stream(line.split("\\s*[:،,]\\s*")))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .toArray(String[]::new);
    }

    @Test
    void theExcelExportHoldsEveryFieldInItsColumn() throws IOException {
        Approved approved = approvedWithEveryField();
        ActivityDraft draft = approved.draft();
        var out = new ByteArrayOutputStream();
        fx.as(PLANNER_MAR, () -> {
            try {
                spreadsheet.write(spreadsheet.export(PLANNER_MAR, approved.plan()), Locale.forLanguageTag("fr"), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            Row row = null;
            for (int r = ActivitySpreadsheetExport.HEADER_ROW + 1; r <= sheet.getLastRowNum(); r++) {
                if (draft.title()
                        .in(Locale.ENGLISH)
                        .equals(ActivitySpreadsheetIT.text(sheet.getRow(r), SpreadsheetColumn.TITLE_EN))) {
                    row = sheet.getRow(r);
                }
            }
            assertThat(row).as("the approved activity's row").isNotNull();
            Row activity = row;
            java.util.function.Function<SpreadsheetColumn, String> cell = c -> ActivitySpreadsheetIT.text(activity, c);
            assertThat(cell.apply(SpreadsheetColumn.TITLE)).isEqualTo("Cours de secourisme de terrain");
            assertThat(cell.apply(SpreadsheetColumn.DESCRIPTION)).isEqualTo("Formation commune des secouristes");
            assertThat(cell.apply(SpreadsheetColumn.CITY)).isEqualTo("Benslimane");
            assertThat(cell.apply(SpreadsheetColumn.TYPE))
                    .isEqualTo(t("fr", "workplans.activity.type.TRAINING_COURSE"));
            assertThat(cell.apply(SpreadsheetColumn.DOMAIN)).isEqualTo("Formation et enseignement");
            assertThat(cell.apply(SpreadsheetColumn.LEAD_NATION)).isEqualTo("Israël");
            assertThat(cell.apply(SpreadsheetColumn.HOST_NATION)).isEqualTo("Maroc");
            assertThat(cell.apply(SpreadsheetColumn.COST_BEARER)).isEqualTo("Maroc");
            assertThat(cell.apply(SpreadsheetColumn.PARTICIPANTS))
                    .isEqualTo("\u2068Israël\u2069 : 5, \u2068Maroc\u2069 : 12");
            assertThat(cell.apply(SpreadsheetColumn.OBJECTIVES)).isEqualTo("1");
            assertThat(cell.apply(SpreadsheetColumn.PROPOSED_BY)).isEqualTo("Maroc");
            assertThat(activity.getCell(SpreadsheetColumn.QUARTER.exported()).getNumericCellValue())
                    .isEqualTo(3.0);
            assertThat(activity.getCell(SpreadsheetColumn.PLANNED_START.exported())
                            .getLocalDateTimeCellValue()
                            .toLocalDate())
                    .isEqualTo(LocalDate.of(2027, 8, 10));
            assertThat(activity.getCell(SpreadsheetColumn.PLANNED_END.exported())
                            .getLocalDateTimeCellValue()
                            .toLocalDate())
                    .isEqualTo(LocalDate.of(2027, 8, 14));
            for (String language : ActivitySpreadsheetWords.LANGUAGES) {
                assertThat(cell.apply(SpreadsheetColumn.of("title", language)))
                        .isEqualTo(draft.title().values().get(language));
                assertThat(cell.apply(SpreadsheetColumn.of("description", language)))
                        .isEqualTo(draft.description().values().get(language));
            }
            assertThat(cell.apply(SpreadsheetColumn.CITY_AR)).isEqualTo("بنسليمان");
            assertThat(cell.apply(SpreadsheetColumn.CITY_FR)).isEqualTo("Benslimane");
        }
    }
}
