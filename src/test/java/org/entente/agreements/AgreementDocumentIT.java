package org.entente.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import org.entente.DemoApplicationTest;
import org.entente.documents.Pdf;
import org.entente.support.DemoDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The agreement as a PDF: Arabic and Hebrew come out of {@code pdftotext} in logical order, the
 * banner of what the document holds is on every page with "page x of y" in both languages, the
 * metadata carry title and language, and the access policy cuts it like the record.
 */
@DemoApplicationTest
class AgreementDocumentIT {

    static final String ARABIC_TITLE = "مذكرة تفاهم مغربية إسرائيلية حول التعاون الأمني والدفاعي";
    static final String ENGLISH_TITLE =
            "Israel – Morocco memorandum of understanding on security and defence cooperation";
    static final String HEBREW_TITLE = "מזכר הבנות ישראל – מרוקו לשיתוף פעולה ביטחוני";
    static final String FRENCH_TITLE = "Mémorandum d’entente Israël – Maroc";
    static final String BANNER = "RESTRICTED // REL TO MAR, ISR";

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
    void theMemorandumInArabicAndEnglishReadsInLogicalOrderWithItsBannerOnEveryPage() throws Exception {
        byte[] bytes = documents.bytes("/api/v1/agreements/" + memorandum() + "/document.pdf", "ar,en", "planner.mar");
        Pdf pdf = Pdf.of("agreement-memorandum-ar-en", bytes);

        String text = pdf.text();
        assertThat(text).contains(ARABIC_TITLE).contains(ENGLISH_TITLE);
        assertThat(text).contains("مذكرة تفاهم").contains("Memorandum of understanding");
        assertThat(text).contains("Benny Gantz").contains("Abdeltif Loudiyi");
        assertThat(text).contains("Status history").contains("تاريخ الوضع");
        // Moroccan month names (ar-MA), dates written the reader's region's way.
        assertThat(text).contains("November 24, 2021").contains("نونبر").contains("أكتوبر");
        int pages = pdf.pages();
        for (int page = 1; page <= pages; page++) {
            String onPage = pdf.text(page);
            assertThat(Pdf.countOf(onPage, BANNER))
                    .as("banners on page %d", page)
                    .isEqualTo(2);
            assertThat(onPage).contains("Page " + page + " of " + pages);
            // pdftotext reads a page with more Latin than Arabic as left-to-right: numbers inside an
            // Arabic line stay where they are drawn. In an Arabic document they come out in order (below).
            assertThat(onPage).contains("الصفحة").contains(" من");
        }
        try (var loaded = pdf.load()) {
            assertThat(loaded.getDocumentCatalog().getLanguage()).isEqualTo("ar-MA");
            assertThat(loaded.getDocumentInformation().getTitle()).isEqualTo(ARABIC_TITLE + " / " + ENGLISH_TITLE);
            assertThat(loaded.getDocumentInformation().getSubject()).isEqualTo(BANNER);
        }
        assertThat(pdf.png()).hasSize(pages);
    }

    @Test
    void hebrewBesideEnglishAndFrenchBesideArabic() throws Exception {
        Pdf hebrew = documents.pdf(
                "agreement-memorandum-he-en",
                "/api/v1/agreements/" + memorandum() + "/document.pdf",
                "he,en",
                "planner.isr");
        assertThat(hebrew.text()).contains(HEBREW_TITLE).contains(ENGLISH_TITLE);
        assertThat(hebrew.text(1))
                .contains("Page 1 of " + hebrew.pages())
                .contains("עמוד")
                .contains(BANNER);
        hebrew.png();

        Pdf french = documents.pdf(
                "agreement-memorandum-fr-ar",
                "/api/v1/agreements/" + memorandum() + "/document.pdf",
                "fr,ar",
                "admin.mar");
        assertThat(french.text()).contains(FRENCH_TITLE).contains(ARABIC_TITLE);
        assertThat(french.text(1)).contains("Page 1 sur " + french.pages());
        try (var loaded = french.load()) {
            assertThat(loaded.getDocumentCatalog().getLanguage()).isEqualTo("fr-MA");
        }
        french.png();
    }

    @Test
    void inArabicOrHebrewAloneThePageLineReadsInLogicalOrderNumbersIncluded() throws Exception {
        Pdf arabic = documents.pdf(
                "agreement-memorandum-ar", "/api/v1/agreements/" + memorandum() + "/document.pdf", "ar", "viewer.mar");
        int pages = arabic.pages();
        assertThat(arabic.text()).contains(ARABIC_TITLE).doesNotContain(ENGLISH_TITLE);
        for (int page = 1; page <= pages; page++) {
            // The page number is drawn apart from its line: pdftotext may not see the space beside it.
            assertThat(arabic.text(page).replace(" ", "")).contains("الصفحة" + page + "من" + pages);
        }
        assertThat(arabic.text().replace(" ", "")).contains("24نونبر2021");
        arabic.png();

        Pdf hebrew = documents.pdf(
                "agreement-memorandum-he", "/api/v1/agreements/" + memorandum() + "/document.pdf", "he", "liaison.isr");
        assertThat(hebrew.text()).contains(HEBREW_TITLE);
        assertThat(hebrew.text(1).replace(" ", "")).contains("עמוד1מתוך" + hebrew.pages());
        hebrew.png();
    }

    @Test
    void theExportIsAudited() throws Exception {
        long memorandum = memorandum();
        long before = documents.audited(memorandum, "agreements.agreement.export", "SUCCESS");
        documents.bytes("/api/v1/agreements/" + memorandum + "/document.pdf", "en", "liaison.isr");
        assertThat(documents.audited(memorandum, "agreements.agreement.export", "SUCCESS"))
                .isEqualTo(before + 1);
        assertThat(sql.sql("select details->>'languages' from audit.event where action = 'agreements.agreement.export'"
                                + " and object_id = ? order by id desc limit 1")
                        .param(Long.toString(memorandum))
                        .query(String.class)
                        .single())
                .isEqualTo("en");
    }

    @Test
    void whoMayNotReadTheAgreementFindsNoDocument() throws Exception {
        long memorandum = memorandum();
        long before = documents.audited(memorandum, "agreements.agreement.export", "DENIED");
        mvc.perform(get("/api/v1/agreements/" + memorandum + "/document.pdf").session(signIn(mvc, "planner.fra")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(documents.audited(memorandum, "agreements.agreement.export", "DENIED"))
                .isEqualTo(before + 1);
        mvc.perform(get("/api/v1/agreements/" + memorandum + "/document.pdf")).andExpect(status().isUnauthorized());
    }

    @Test
    void unknownOrRepeatedLanguagesAreRefusedByName() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        for (String languages : new String[] {"xx", "ar,ar", "ar,en,fr", "ar,", ""}) {
            var request = get("/api/v1/agreements/" + memorandum() + "/document.pdf")
                    .param("languages", languages)
                    .session(planner)
                    .locale(Locale.ENGLISH);
            if (languages.isEmpty()) {
                // Nothing asked: the reader's language beside English.
                mvc.perform(request).andExpect(status().isOk());
                continue;
            }
            mvc.perform(request)
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("languages"));
        }
    }

    @Test
    void theRelationshipTimelineAsPdfHoldsOnlyWhatTheReaderMaySee() throws Exception {
        byte[] bytes = mvc.perform(get("/timeline.pdf")
                        .param("nations", "ISR,MAR")
                        .param("languages", "ar,en")
                        .session(signIn(mvc, "liaison.isr")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        Pdf pdf = Pdf.of("timeline-isr-mar-ar-en", bytes);
        String text = pdf.text();
        assertThat(text)
                .contains("Relationship timeline")
                .contains(ARABIC_TITLE)
                .contains(ENGLISH_TITLE);
        for (int page = 1; page <= pdf.pages(); page++) {
            assertThat(pdf.text(page)).contains("Page " + page + " of " + pdf.pages());
            assertThat(pdf.text(page)).contains("// REL TO MAR, ISR");
        }
        pdf.png();

        mvc.perform(get("/timeline.pdf").param("nations", "ISR").session(signIn(mvc, "liaison.isr")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nations"));
    }

    private long memorandum() {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select id from agreements.agreement where title->>'en' = ?")
                        .param(ENGLISH_TITLE)
                        .query(Long.class)
                        .single());
    }
}
