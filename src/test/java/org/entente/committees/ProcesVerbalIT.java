package org.entente.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.entente.DemoApplicationTest;
import org.entente.documents.Pdf;
import org.entente.support.DemoDocuments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The minutes of the demo's third session as the procès-verbal both co-chairs sign, in Arabic and
 * French: every section in both columns, each pair of passages starting on the same line, and the
 * session page offering each language pair in words.
 */
@DemoApplicationTest
class ProcesVerbalIT {

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

    /** A run of text drawn on a page, where it starts. */
    record Run(int page, float y, String text) {}

    @Test
    void theMinutesInArabicAndFrenchAreAProcesVerbalAlignedRowByRow() throws Exception {
        long committee = documents.jointCommittee();
        Pdf pdf = documents.pdf(
                "minutes-jmc-3-pv-ar-fr",
                "/api/v1/committees/" + committee + "/sessions/3/minutes.pdf",
                "ar,fr",
                "planner.mar");
        String text = pdf.text();
        assertThat(text)
                .contains("1. Délégations", "2. Ordre du jour", "3. Déroulement des travaux", "4. Décisions")
                .contains("5. Actions de suivi", "6. Annexes", "7. Signatures")
                .contains("Délégation : Maroc", "Pour : Israël", "Signé le 10 décembre 2025");
        assertThat(text).contains("الوفود", "جدول الأعمال", "سير الأشغال", "الملحقات", "التوقيعات", "وفد المغرب");
        assertThat(text).doesNotContain("planner.mar").doesNotContain("planner.isr");

        List<Run> runs = runs(pdf);
        // Passage by passage, the two languages start on the same line of the same page.
        sameLine(runs, "Délégation : Israël", "وفد إسرائيل");
        sameLine(runs, "Les délégations ont tenu", "عقد الوفدان اجتماعات");
        sameLine(runs, "Décision 3", "تنعقد الدورة الرابعة");
        sameLine(runs, "7. Signatures", "التوقيعات");
        sameLine(runs, "Pour : Maroc", "عن المغرب");
        pdf.png();
    }

    @Test
    void theSessionPageOffersEachLanguagePairInWords() throws Exception {
        long committee = documents.jointCommittee();
        String page = mvc.perform(
                        get("/committees/" + committee + "/sessions/3").session(signIn(mvc, "planner.mar")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // planner.mar reads in Arabic by default; the third session has minutes in ar, fr and en.
        assertThat(page)
                .contains("minutes.pdf?languages=ar,fr")
                .contains("minutes.pdf?languages=ar,en")
                .contains("minutes.pdf?languages=fr,en")
                .contains("\u2068العربية\u2069 | \u2068Français\u2069")
                .doesNotContain("(ar | en)");
    }

    private static void sameLine(List<Run> runs, String french, String arabic) {
        Run left = find(runs, french);
        Run right = find(runs, arabic);
        assertThat(right.page()).as("page of %s / %s", french, arabic).isEqualTo(left.page());
        assertThat(Math.abs(right.y() - left.y()))
                .as("%s and %s start %s pt apart", french, arabic, right.y() - left.y())
                .isLessThan(6f);
    }

    private static Run find(List<Run> runs, String part) {
        return runs.stream()
                .filter(r -> r.text().contains(part))
                .findFirst()
                .orElseThrow(() -> new AssertionError("not drawn: " + part + " in " + runs));
    }

    private static List<Run> runs(Pdf pdf) throws IOException {
        List<Run> runs = new ArrayList<>();
        try (var document = pdf.load()) {
            var stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (!positions.isEmpty()) {
                        runs.add(new Run(getCurrentPageNo(), positions.get(0).getYDirAdj(), Pdf.normalise(text)));
                    }
                }
            };
            stripper.getText(document);
        }
        return runs;
    }
}
