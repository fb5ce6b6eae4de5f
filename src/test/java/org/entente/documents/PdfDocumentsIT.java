package org.entente.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A table long enough for several pages, in two languages: every page has the banner at its top
 * and bottom and its "page x of y" in both languages; the Arabic and Hebrew come out in logical
 * order; the headings repeat on every page.
 */
@DemoApplicationTest
class PdfDocumentsIT {

    static final Label LABEL = new Label(Classification.CONFIDENTIAL, "MAR", Set.of("ISR"));
    static final String BANNER = "CONFIDENTIAL // REL TO MAR, ISR";

    @Autowired
    PdfDocuments documents;

    @Test
    void aLongArabicEnglishTableHasTheBannerAndPageXOfYOnEveryPage() throws Exception {
        long started = System.nanoTime();
        byte[] bytes = table(300, "MAR", "ar", "en");
        System.out.printf("300-row Arabic | English table: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        Pdf pdf = Pdf.of("table-300-ar-en", bytes);

        int pages = pdf.pages();
        assertThat(pages).isGreaterThanOrEqualTo(2);
        for (int page = 1; page <= pages; page++) {
            String text = pdf.text(page);
            assertThat(text.split(BANNER, -1)).as("banners on page %d", page).hasSize(3);
            assertThat(text).contains("Page " + page + " of " + pages);
            // Numbers inside Arabic lines: see the Arabic-only test (pdftotext reads this page left to right).
            assertThat(text).contains("الصفحة");
            assertThat(text).contains("النشاط").contains("Activity");
        }
        String text = pdf.text();
        assertThat(text).contains("خطة العمل المشتركة لسنة").contains("Joint work plan 2026");
        assertThat(text).contains("دورة تكوينية في الطب العسكري الميداني");
        assertThat(text).contains("Training course in field military medicine");
        pdf.png();
    }

    @Test
    void hebrewBesideEnglish() throws Exception {
        byte[] bytes = table(40, "ISR", "he", "en");
        Pdf pdf = Pdf.of("table-40-he-en", bytes);
        assertThat(pdf.text()).contains("תוכנית עבודה משותפת").contains("קורס הכשרה ברפואה צבאית בשטח");
        assertThat(pdf.text(1)).contains("Page 1 of " + pdf.pages()).contains(BANNER);
        pdf.png();
    }

    @Test
    void inArabicAloneNumbersComeOutInLogicalOrderToo() throws Exception {
        byte[] bytes = table(40, "MAR", "ar");
        Pdf pdf = Pdf.of("table-40-ar", bytes);
        int pages = pdf.pages();
        assertThat(pdf.text()).contains("خطة العمل المشتركة لسنة 2026");
        for (int page = 1; page <= pages; page++) {
            // The page number is drawn apart from its line: pdftotext may not see the space beside it.
            assertThat(pdf.text(page).replace(" ", "")).contains("الصفحة" + page + "من" + pages);
            assertThat(pdf.text(page)).contains(BANNER);
        }
        pdf.png();
    }

    @Test
    void oneOrTwoDistinctLanguagesAmongTheFour() {
        assertThat(PdfDocuments.languages("ar,en", Locale.ENGLISH)).containsExactly("ar", "en");
        assertThat(PdfDocuments.languages(" HE , fr ", Locale.ENGLISH)).containsExactly("he", "fr");
        assertThat(PdfDocuments.languages("fr", Locale.ENGLISH)).containsExactly("fr");
        assertThat(PdfDocuments.languages(null, Locale.forLanguageTag("ar-MA"))).containsExactly("ar", "en");
        assertThat(PdfDocuments.languages("", Locale.ENGLISH)).containsExactly("en", "ar");
        for (String bad : List.of("de", "ar,ar", "ar,en,fr", "ar,", ",")) {
            assertThatThrownBy(() -> PdfDocuments.languages(bad, Locale.ENGLISH))
                    .as(bad)
                    .isInstanceOf(DocumentLanguagesInvalid.class);
        }
    }

    private byte[] table(int rows, String readerNation, String... languages) {
        return documents.render(
                "documents/table.jte",
                Map.of("table", ActivityTable.of(rows)),
                LABEL,
                ActivityTable.TITLE,
                PdfDocuments.locales(List.of(languages), readerNation));
    }
}
