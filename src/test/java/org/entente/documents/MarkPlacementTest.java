package org.entente.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.junit.jupiter.api.Test;

/**
 * Each Arabic mark and Hebrew point is drawn over the middle of its own letter: the shadda of كوّن over the و, not at
 * its edge over the join to the next letter. Measured on the glyphs the PDF draws (their ink, from
 * the font's outlines), the way a reader's eye sees them.
 */
class MarkPlacementTest {

    /** One glyph drawn visibly: its text, the horizontal middle and the bottom and top of its ink, in points. */
    record Drawn(String text, double middle, double size, double bottom, double top) {}

    @Test
    void eachMarkSitsOverTheMiddleOfItsLetter() throws Exception {
        List<Drawn> glyphs = drawn(render("كوّن", "مُكثَّف"));
        var marks = new ArrayList<String>();
        for (Drawn mark : glyphs) {
            if (!ArabicMarks.isMark(mark.text().charAt(0))) {
                continue;
            }
            Drawn letter = glyphs.stream()
                    .filter(g -> !ArabicMarks.isMark(g.text().charAt(0)))
                    .min(Comparator.comparingDouble(g -> Math.abs(g.middle() - mark.middle())))
                    .orElseThrow();
            assertThat(Math.abs(letter.middle() - mark.middle()))
                    .as("%s off the middle of %s, in points", mark.text(), letter.text())
                    .isLessThan(mark.size() / 10);
            marks.add(mark.text() + Normalizer.normalize(letter.text(), Normalizer.Form.NFKC));
        }
        // each mark over its own letter: the shadda on the و, the damma on the م, shadda and fatha on the ث
        assertThat(marks).containsExactlyInAnyOrder("\u0651و", "\u064Fم", "\u0651ث", "\u064Eث");
    }

    /**
     * Hebrew points sit under or over their letter, as Arabic marks do: the sheva under the tail of
     * the qof, the qamats under the final nun, the holam over the flag of the lamed, each centred.
     */
    @Test
    void eachHebrewPointSitsUnderOrOverItsLetter() throws Exception {
        List<Drawn> glyphs = drawn(renderIn("Noto Sans Hebrew", "קְ", "ןָ", "לֹ"));
        var placed = new ArrayList<String>();
        for (Drawn mark : glyphs) {
            char point = mark.text().charAt(0);
            if (point < '\u05B0' || point > '\u05C7') {
                continue;
            }
            Drawn letter = glyphs.stream()
                    .filter(g -> g.text().charAt(0) >= '\u05D0')
                    .min(Comparator.comparingDouble(g -> Math.abs(g.middle() - mark.middle())))
                    .orElseThrow();
            assertThat(Math.abs(letter.middle() - mark.middle()))
                    .as("%s off the middle of %s, in points", mark.text(), letter.text())
                    .isLessThan(mark.size() / 10);
            if (point == '\u05B9') {
                assertThat(mark.bottom()).as("holam over %s", letter.text()).isGreaterThan(letter.top());
            } else {
                assertThat(mark.top())
                        .as("%s under %s", mark.text(), letter.text())
                        .isLessThan(letter.bottom());
            }
            placed.add(mark.text() + letter.text());
        }
        assertThat(placed).containsExactlyInAnyOrder("\u05B0ק", "\u05B8ן", "\u05B9ל");
    }

    /** The words on one line. */
    private static byte[] render(String... words) throws IOException {
        return renderIn("Noto Naskh Arabic", words);
    }

    /** The words on one line, in a font. */
    private static byte[] renderIn(String font, String... words) throws IOException {
        String body = "<p>" + String.join(" ", words) + "</p>";
        String xhtml = "<html lang=\"ar\" dir=\"rtl\"><head><style>"
                + "body { font-family: '" + font + "'; font-size: 28pt; direction: rtl; text-align: right; }"
                + "</style></head><body>" + body + "</body></html>";
        var out = new ByteArrayOutputStream();
        PdfRendering.builder(xhtml, true).toStream(out).run();
        return MarkPlacement.centre(out.toByteArray());
    }

    /** The glyphs drawn visibly on the first page (an invisible one only guides text extraction). */
    private static List<Drawn> drawn(byte[] pdf) throws IOException {
        var glyphs = new ArrayList<Drawn>();
        try (var document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            new Glyphs(page, glyphs).processPage(page);
        }
        return glyphs;
    }

    private static final class Glyphs extends PDFGraphicsStreamEngine {

        private final List<Drawn> glyphs;

        Glyphs(PDPage page, List<Drawn> glyphs) {
            super(page);
            this.glyphs = glyphs;
        }

        @Override
        protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement) throws IOException {
            if (getGraphicsState().getTextState().getRenderingMode() == RenderingMode.NEITHER
                    || !(font instanceof PDType0Font vector)) {
                return;
            }
            var ink = vector.getNormalizedPath(code).getBounds2D();
            if (ink.isEmpty()) {
                return;
            }
            double size = matrix.getScalingFactorX();
            double y = matrix.getTranslateY();
            glyphs.add(new Drawn(
                    font.toUnicode(code),
                    matrix.getTranslateX() + ink.getCenterX() * size / 1000,
                    size,
                    y + ink.getMinY() * size / 1000,
                    y + ink.getMaxY() * size / 1000));
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

        @Override
        public void drawImage(PDImage image) {}

        @Override
        public void clip(int windingRule) {}

        @Override
        public void moveTo(float x, float y) {}

        @Override
        public void lineTo(float x, float y) {}

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

        @Override
        public Point2D getCurrentPoint() {
            return new Point2D.Float();
        }

        @Override
        public void closePath() {}

        @Override
        public void endPath() {}

        @Override
        public void strokePath() {}

        @Override
        public void fillPath(int windingRule) {}

        @Override
        public void fillAndStrokePath(int windingRule) {}

        @Override
        public void shadingFill(COSName shadingName) {}
    }
}
