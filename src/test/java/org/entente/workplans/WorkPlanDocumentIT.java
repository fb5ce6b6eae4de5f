package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.entente.DemoApplicationTest;
import org.entente.documents.Pdf;
import org.entente.support.DemoDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The demo's signed Israel – Morocco 2026 plan, its execution report and the minutes of the session
 * that signed it as bilingual PDFs, read back with poppler: Arabic in logical order, the baseline
 * hash, the banner twice and "page x of y" on every page; cut by the access policy and audited.
 */
@DemoApplicationTest
class WorkPlanDocumentIT {

    static final String ARABIC_TITLE = "خطة العمل العسكرية المشتركة لسنة 2026";
    static final String ENGLISH_TITLE = "Joint Military Work Plan for 2026";
    static final String HEBREW_TITLE = "תוכנית העבודה הצבאית המשותפת לשנת 2026";
    static final String FRENCH_TITLE = "Plan de coopération militaire 2026";
    static final String BANNER = "// REL TO MAR, ISR";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    DemoDocuments documents;

    @BeforeEach
    void documents() {
        documents = new DemoDocuments(mvc, sql, transactions);
    }

    @Test
    void theSignedPlanInArabicAndEnglishReadsInLogicalOrderWithHashBannerAndPages() throws Exception {
        long plan = plan();
        Pdf pdf = documents.pdf(
                "workplan-2026-ar-en", "/api/v1/workplans/" + plan + "/document.pdf", "ar,en", "planner.mar");
        String text = pdf.text();
        assertThat(text).contains(ARABIC_TITLE).contains(ENGLISH_TITLE);
        // The hash wraps inside its column: read without the line breaks.
        assertThat(Pdf.countOf(text.replace(" ", ""), hash(plan))).isEqualTo(2);
        // The signing session as an ordinal, in both languages; the co-chairs' signature block.
        assertThat(text).contains("3rd session").contains("الدورة الثالثة");
        assertThat(text).contains("Signatures of the co-chairs").contains("توقيعات الرئيسين المشاركين");
        assertThat(text).contains("Shared objectives").contains("Quarter 1");
        int pages = pdf.pages();
        for (int page = 1; page <= pages; page++) {
            String onPage = pdf.text(page);
            assertThat(Pdf.countOf(onPage, BANNER))
                    .as("banners on page %d", page)
                    .isEqualTo(2);
            assertThat(onPage).contains("Page " + page + " of " + pages);
            assertThat(onPage).contains("الصفحة").contains(" من");
        }
        assertThat(pdf.png()).hasSize(pages);
    }

    /**
     * A line mixing directions reads in order once extracted: an activity's code stays apart from
     * its Arabic title ("JMC-2026-007دورة" ran them together), a target reads "40 people", not
     * "people 40".
     */
    @Test
    void aMixedLineOfThePlanReadsInOrder() throws Exception {
        Pdf pdf = documents.pdf(
                "workplan-2026-ar-en-mixed", "/api/v1/workplans/" + plan() + "/document.pdf", "ar,en", "planner.mar");
        String text = pdf.text();
        assertThat(text).containsPattern("JMC-2026-\\d{3} [\\u0600-\\u06FF]");
        assertThat(text).doesNotContainPattern("JMC-2026-\\d{3}[\\u0600-\\u06FF]");
        assertThat(text).contains("40 people").doesNotContain("people 40");
        // A target and its unit on one line: "Target: 90" ended a line and "%" began the next while the
        // unit was an inline box of its own (documents/figure.jte keeps them in one text run).
        assertThat(pdf.lines()).anyMatch(line -> line.contains("Target: 40 people"));
        assertThat(pdf.lines())
                .as("the figure and its unit on one line")
                .anyMatch(line -> line.replace('\u00A0', ' ').contains("Target: 90 %"));
        // In the Hebrew column the label, the figure and the unit are three bidi runs: «יעד: 40» ended a
        // line and «אנשים» began the next until the field became one box (documents/figure.jte).
        Pdf hebrew = documents.pdf(
                "workplan-2026-he-en-mixed", "/api/v1/workplans/" + plan() + "/document.pdf", "he,en", "planner.isr");
        assertThat(hebrew.lines())
                .as("the Hebrew target, its figure and its unit on one line")
                .anyMatch(line -> line.contains("יעד") && line.contains("40") && line.contains("אנשים"));
    }

    /** The plan page's banner and the plan's chip read the nations in one order, in any language. */
    @Test
    void thePlanPagesBannerAndThePlansChipReadInOneOrder() throws Exception {
        for (String user : List.of("planner.mar", "planner.isr")) {
            String page = mvc.perform(get("/workplans/" + plan()).session(signIn(mvc, user)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            var banner = java.util.regex.Pattern.compile("data-banner=\"[A-Z]+ // ([^\"]+)\"")
                    .matcher(page);
            var chip = java.util.regex.Pattern.compile("class=\"label-chip[^>]*>[A-Z]+ // ([^<]+)<")
                    .matcher(page);
            assertThat(banner.find()).as(user).isTrue();
            assertThat(chip.find()).as(user).isTrue();
            assertThat(banner.group(1)).as(user).isEqualTo(chip.group(1)).isEqualTo("REL TO MAR, ISR");
        }
    }

    @Test
    void theSignedPlanInEnglishAndArabicAndInHebrewAndFrench() throws Exception {
        long plan = plan();
        Pdf english = documents.pdf(
                "workplan-2026-en-ar", "/api/v1/workplans/" + plan + "/document.pdf", "en,ar", "planner.isr");
        assertThat(english.text()).contains(ENGLISH_TITLE).contains(ARABIC_TITLE);
        english.png();
        Pdf hebrew = documents.pdf(
                "workplan-2026-he-fr", "/api/v1/workplans/" + plan + "/document.pdf", "he,fr", "planner.isr");
        // On a page with more Latin than Hebrew, pdftotext places the year of the Hebrew title apart.
        assertThat(hebrew.text())
                .contains("תוכנית העבודה הצבאית")
                .contains("המשותפת לשנת")
                .contains(FRENCH_TITLE);
        assertThat(hebrew.text(1)).contains("Page 1 sur " + hebrew.pages()).contains("עמוד");
        hebrew.png();
        Pdf arabic =
                documents.pdf("workplan-2026-ar", "/api/v1/workplans/" + plan + "/document.pdf", "ar", "viewer.mar");
        assertThat(arabic.text()).contains(ARABIC_TITLE);
        for (int page = 1; page <= arabic.pages(); page++) {
            assertThat(arabic.text(page).replace(" ", "")).contains("الصفحة" + page + "من" + arabic.pages());
        }
        assertThat(arabic.text()).contains(ARABIC_TITLE).doesNotContain(ENGLISH_TITLE);
    }

    @Test
    void thePlanPageAndTheSessionPageLinkToTheirDocuments() throws Exception {
        long plan = plan();
        String page = mvc.perform(get("/workplans/" + plan).session(signIn(mvc, "planner.isr")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("/api/v1/workplans/" + plan + "/document.pdf?languages=ar,en")
                .contains("/api/v1/workplans/" + plan + "/report.pdf?languages=");
        long committee = documents.jointCommittee();
        String session = mvc.perform(
                        get("/committees/" + committee + "/sessions/3").session(signIn(mvc, "planner.mar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(session).contains("/api/v1/committees/" + committee + "/sessions/3/minutes.pdf?languages=");
    }

    @Test
    void theExecutionReportCountsByQuarterAndDomain() throws Exception {
        long plan = plan();
        Pdf pdf = documents.pdf(
                "workplan-2026-report-ar-en", "/api/v1/workplans/" + plan + "/report.pdf", "ar,en", "planner.mar");
        String text = pdf.text();
        assertThat(text)
                .contains("Annual execution report: " + ENGLISH_TITLE)
                .contains("التقرير السنوي للتنفيذ")
                .contains("By quarter")
                .contains("By domain")
                .contains("Executed");
        for (int page = 1; page <= pdf.pages(); page++) {
            assertThat(Pdf.countOf(pdf.text(page), BANNER)).isEqualTo(2);
        }
        pdf.png();
    }

    @Test
    void theMinutesOfTheSigningSessionHoldTheDecisions() throws Exception {
        long committee = documents.jointCommittee();
        Pdf pdf = documents.pdf(
                "minutes-jmc-3-ar-fr",
                "/api/v1/committees/" + committee + "/sessions/3/minutes.pdf",
                "ar,fr",
                "planner.mar");
        String text = pdf.text();
        assertThat(text).contains("Le plan de coopération militaire pour 2026 est signé.");
        assertThat(text).contains("Procès-verbal de la 3e session").contains("محضر الدورة الثالثة");
        assertThat(text).contains("Décision 1");
        for (int page = 1; page <= pdf.pages(); page++) {
            assertThat(Pdf.countOf(pdf.text(page), BANNER)).isEqualTo(2);
            assertThat(pdf.text(page)).contains("Page " + page + " sur " + pdf.pages());
        }
        pdf.png();
        Pdf english = documents.pdf(
                "minutes-jmc-3-en-ar",
                "/api/v1/committees/" + committee + "/sessions/3/minutes.pdf",
                "en,ar",
                "planner.isr");
        assertThat(english.text()).contains("The Joint Military Work Plan for 2026 is signed.");
        english.png();
        mvc.perform(get("/api/v1/committees/" + committee + "/sessions/3/minutes.pdf")
                        .session(signIn(mvc, "planner.fra")))
                .andExpect(status().isNotFound());
    }

    @Test
    void whoMayNotReadThePlanFindsNoDocumentAndEveryExportIsAudited() throws Exception {
        long plan = plan();
        long denied = documents.audited(plan, "workplans.plan.export", "DENIED");
        for (String path : new String[] {"/document.pdf", "/report.pdf"}) {
            mvc.perform(get("/api/v1/workplans/" + plan + path).session(signIn(mvc, "planner.fra")))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        assertThat(documents.audited(plan, "workplans.plan.export", "DENIED")).isEqualTo(denied + 1);

        long done = documents.audited(plan, "workplans.plan.export", "SUCCESS");
        long reports = documents.audited(plan, "workplans.report.export", "SUCCESS");
        documents.bytes("/api/v1/workplans/" + plan + "/document.pdf", "he,en", "liaison.isr");
        documents.bytes("/api/v1/workplans/" + plan + "/report.pdf", "fr", "liaison.isr");
        assertThat(documents.audited(plan, "workplans.plan.export", "SUCCESS")).isEqualTo(done + 1);
        assertThat(documents.audited(plan, "workplans.report.export", "SUCCESS"))
                .isEqualTo(reports + 1);

        mvc.perform(get("/api/v1/workplans/" + plan + "/document.pdf")
                        .param("languages", "ar,ar")
                        .session(signIn(mvc, "planner.mar")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("languages"));
    }

    private long plan() {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select id from workplans.plan where committee_code = 'JMC-ISR-MAR' and year = 2026")
                        .query(Long.class)
                        .single());
    }

    private String hash(long plan) {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select baseline_sha256 from workplans.plan where id = ?")
                        .param(plan)
                        .query(String.class)
                        .single());
    }
}
