package org.entente.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arabic words carrying harakat, shadda and other marks come out of a PDF joined, each mark on its
 * letter, lam-alef as one ligature: the PDF's text (pdftotext, NFKC) is the words as written, and
 * the page rendered at 300 dpi ({@code target/screenshots/arabic-marks-*.png}) is there to be looked at.
 */
class ArabicShapingTest {

    static final List<String> WORDS = List.of(
            "المكوّنين",
            "مُكثَّف",
            "تأهيل",
            "دورة تكوين المكوّنين",
            "السَّلامُ عليكم",
            "لِلأمن",
            "قُوّة",
            "مُتَّفَقٌ عليه");

    @Test
    void marksStayCombiningAndFollowTheirLetter() {
        for (String word : WORDS) {
            String shaped = ArabicMarks.shape(word);
            // No spacing presentation form of a mark (U+FE70–U+FE7F): those cut the word.
            assertThat(shaped.chars().filter(c -> c >= 0xFE70 && c <= 0xFE7F))
                    .as(word)
                    .isEmpty();
            assertThat(Normalizer.normalize(shaped, Normalizer.Form.NFKC))
                    .as(word)
                    .isEqualTo(nfc(word));
        }
        // lam-alef is one glyph, and a mark on the alef stays with it
        assertThat(ArabicMarks.shape("لا")).isEqualTo("\uFEFB");
        assertThat(ArabicMarks.shape("لأَ")).isEqualTo("\uFEF7\u064E");
        // a shadda inside the word joins both sides: و final-form, then ن initial
        assertThat(ArabicMarks.shape("كوّن")).isEqualTo("\uFEDB\uFEEE\u0651\uFEE5");
    }

    @Test
    void thePdfTextIsTheWordsAsWrittenAndThePageIsRenderedToLookAt() throws Exception {
        StringBuilder body = new StringBuilder();
        for (String word : WORDS) {
            body.append("<p>").append(word).append("</p>");
        }
        String xhtml = "<html lang=\"ar\" dir=\"rtl\"><head><style>"
                + "body { font-family: 'Noto Naskh Arabic'; font-size: 28pt; direction: rtl; text-align: right; }"
                + "p { margin: 0 0 4mm 0; }"
                + "</style></head><body>" + body + "</body></html>";
        var out = new ByteArrayOutputStream();
        PdfRendering.builder(xhtml, true).toStream(out).run();
        Pdf pdf = Pdf.of("arabic-marks", MarkPlacement.centre(out.toByteArray()));

        // pdftotext places a mark at the edge of its letter where the pen stood (see ArabicMarks):
        // it may read it one letter early. So each word is compared as its letters, joined, and its
        // marks, all there: the broken shaping gave "المكو ّنين", a word cut in two.
        List<String> extracted = List.of(nfc(pdf.text()).strip().split(" "));
        List<String> expected = WORDS.stream()
                .flatMap(words -> List.of(nfc(words).split(" ")).stream())
                .toList();
        assertThat(extracted.stream().map(ArabicShapingTest::letters).toList())
                .containsExactlyElementsOf(
                        expected.stream().map(ArabicShapingTest::letters).toList());
        assertThat(extracted.stream().map(ArabicShapingTest::marks).toList())
                .containsExactlyElementsOf(
                        expected.stream().map(ArabicShapingTest::marks).toList());
        pdf.png(300);
    }

    private static String letters(String word) {
        return word.codePoints()
                .filter(c -> !ArabicMarks.isMark((char) c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static String marks(String word) {
        return word.codePoints()
                .filter(c -> ArabicMarks.isMark((char) c))
                .sorted()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
    }

    private static String nfc(String text) {
        // pdftotext gives presentation forms (NFKC makes letters of them); the marks' order on one
        // letter (shadda then fatha, or fatha then shadda) is canonical after NFC.
        return Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC), Normalizer.Form.NFC);
    }
}
