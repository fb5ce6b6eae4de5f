package org.entente.documents;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Puts each Arabic and Hebrew mark over the middle of its letter in a rendered PDF.
 *
 * <p>openhtmltopdf draws glyphs one after the other without the font's positioning (GPOS) table, so
 * a mark, which has no advance, lands wherever the pen stands: at the edge of its letter (the shadda
 * of المكوّنين over the join between و and ن). {@link ArabicMarks} writes each mark just before its
 * letter in the visual order; here every text-showing operator of an Arabic or Hebrew font is
 * rewritten as a {@code TJ} whose adjustments move each mark right by the distance from its centre to
 * the centre of the letter drawn next, and the pen back by as much, so the letter stays put. The
 * text, and what {@code pdftotext} reads, is unchanged.
 */
final class MarkPlacement {

    private static final Operator TJ = Operator.getOperator("TJ");
    private static final Operator BDC = Operator.getOperator("BDC");
    private static final Operator EMC = Operator.getOperator("EMC");
    private static final Operator TR = Operator.getOperator("Tr");
    private static final Operator TS = Operator.getOperator("Ts");
    private static final int INVISIBLE = 3;

    /** Hebrew vowel points and the meteg, written under their letter (sheva to qubuts, qamats qatan). */
    private static final String HEBREW_BELOW =
            "\u05B0\u05B1\u05B2\u05B3\u05B4\u05B5\u05B6\u05B7\u05B8\u05BB\u05BD\u05C7";

    /** The Hebrew points written over their letter: holam, holam for vav, shin and sin dots. */
    private static final String HEBREW_ABOVE = "\u05B9\u05BA\u05C1\u05C2";

    private static final String SHIN_DOT = "\u05C1";
    private static final String SIN_DOT = "\u05C2";

    /** Between a letter and a mark above or below it, in thousandths of an em. */
    private static final double GAP = 40;

    private MarkPlacement() {}

    /** The same PDF with the marks centred on their letters. */
    static byte[] centre(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                changed |= centre(document, page);
            }
            if (!changed) {
                return pdf;
            }
            var out = new ByteArrayOutputStream(pdf.length + 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static boolean centre(PDDocument document, PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        List<Object> tokens = new PDFStreamParser(page).parse();
        var out = new ArrayList<Object>(tokens.size());
        boolean changed = false;
        PDFont font = null;
        int mode = 0; // the text rendering mode (Tr): fill
        float size = 0;
        for (Object token : tokens) {
            if (!(token instanceof Operator operator)) {
                out.add(token);
                continue;
            }
            String name = operator.getName();
            Object operand = out.isEmpty() ? null : out.get(out.size() - 1);
            if (name.equals("Tr") && operand instanceof COSNumber number) {
                mode = number.intValue();
            } else if (name.equals("Tf") && out.size() >= 2 && out.get(out.size() - 2) instanceof COSName fontName) {
                font = resources.getFont(fontName);
                size = operand instanceof COSNumber points ? points.floatValue() : size;
            } else if (withMarks(font) && (name.equals("Tj") || name.equals("TJ"))) {
                var parts = new ArrayList<COSBase>();
                if (operand instanceof COSString text) {
                    parts.add(text);
                } else if (operand instanceof COSArray array) {
                    array.forEach(parts::add);
                }
                List<Object> placed = placed(font, size, mode, parts);
                if (placed != null) {
                    out.remove(out.size() - 1);
                    out.addAll(placed);
                    changed = true;
                    continue;
                }
            }
            out.add(token);
        }
        if (changed) {
            var contents = new PDStream(document);
            try (OutputStream stream = contents.createOutputStream(COSName.FLATE_DECODE)) {
                new ContentStreamWriter(stream).writeTokens(out);
            }
            page.setContents(contents);
        }
        return changed;
    }

    /** Only the Arabic and Hebrew fonts, two bytes a glyph, carry marks to move. */
    private static boolean withMarks(PDFont font) {
        return font instanceof PDType0Font
                && font.getName() != null
                && (font.getName().contains("Arabic") || font.getName().contains("Hebrew"));
    }

    /**
     * The operators showing these parts of a TJ (strings and adjustments) with each mark centred, or
     * null when none moves. A letter and its marks are shown in a span whose {@code ActualText} is
     * the letter then its marks: a text extractor reads them there, in the letter's place, instead of
     * guessing from glyphs drawn out of their order.
     */
    private static List<Object> placed(PDFont font, float size, int mode, List<COSBase> parts) throws IOException {
        var codes = new ArrayList<Integer>();
        var adjustments = new ArrayList<Float>(); // the adjustment before codes[k]
        float trailing = 0;
        for (COSBase part : parts) {
            if (part instanceof COSNumber number) {
                trailing += number.floatValue();
            } else if (part instanceof COSString string) {
                byte[] bytes = string.getBytes();
                for (int b = 0; b + 1 < bytes.length; b += 2) {
                    codes.add(((bytes[b] & 0xFF) << 8) | (bytes[b + 1] & 0xFF));
                    adjustments.add(trailing);
                    trailing = 0;
                }
            }
        }
        var out = new ArrayList<Object>();
        var shown = new COSArray();
        var run = new ByteArrayOutputStream();
        boolean moved = false;
        int k = 0;
        while (k < codes.size()) {
            int base = k;
            while (base < codes.size() && font.getWidth(codes.get(base)) == 0) {
                base++;
            }
            Rectangle2D letter = base < codes.size() ? bounds(font, codes.get(base)) : null;
            if (base == k || letter == null) {
                // a letter without marks, or marks with no letter after them: shown as they were
                for (int end = Math.min(base + 1, codes.size()); k < end; k++) {
                    add(shown, run, adjustments.get(k), codes.get(k));
                }
                continue;
            }
            // marks k..base-1, then their letter: each mark moved right from the letter's left edge
            // to its middle, and the pen moved back by as much (TJ numbers are subtracted from it).
            flush(shown, run);
            if (shown.size() > 0) {
                out.add(shown);
                out.add(TJ);
                shown = new COSArray();
            }
            // The span starts, for an extractor, where its first glyph is drawn: the first mark,
            // drawn once more where the pen stands and invisible, holds the letter's left edge.
            var edge = new COSArray();
            add(edge, run, adjustments.get(k), codes.get(k));
            flush(edge, run);
            var actual = new StringBuilder(unicode(font, codes.get(base)));
            out.add(COSName.getPDFName("Span"));
            var span = new COSDictionary();
            out.add(span);
            out.add(BDC);
            out.add(COSInteger.get(INVISIBLE));
            out.add(TR);
            out.add(edge);
            out.add(TJ);
            out.add(COSInteger.get(mode));
            out.add(TR);
            // Each mark over the letter's middle; an Arabic mark above clears the letter (its dots,
            // the top of a kaf) and the marks already above it, one below goes under the letter.
            // Hebrew points likewise: a vowel under the letter (under the tail of a qof, a final
            // nun), a holam over it (over the flag of a lamed); the dagesh stays inside, and the
            // shin and sin dots go to the right and left arms.
            float back = 0;
            double above = letter.getMaxY();
            double below = letter.getMinY();
            for (; k < base; k++) {
                int code = codes.get(k);
                String text = unicode(font, code);
                actual.append(text);
                Rectangle2D mark = bounds(font, code);
                float shift = 0;
                double rise = 0;
                if (mark != null) {
                    shift = (float) (letter.getCenterX() - mark.getCenterX());
                    if (text.equals(SHIN_DOT)) {
                        shift = (float) (letter.getMaxX() - mark.getMaxX());
                    } else if (text.equals(SIN_DOT)) {
                        shift = (float) (letter.getMinX() - mark.getMinX());
                    }
                    if (isHebrew(text) && HEBREW_BELOW.indexOf(text.charAt(0)) >= 0) {
                        rise = Math.min(0, below - GAP - mark.getMaxY());
                        below = mark.getMinY() + rise;
                    } else if (isHebrew(text) && HEBREW_ABOVE.indexOf(text.charAt(0)) >= 0) {
                        rise = Math.max(0, above + GAP - mark.getMinY());
                        above = mark.getMaxY() + rise;
                    } else if (isArabic(text) && isBelow(text)) {
                        rise = Math.min(0, below - GAP - mark.getMaxY());
                        below = mark.getMinY() + rise;
                    } else if (isArabic(text)) {
                        rise = Math.max(0, above + GAP - mark.getMinY());
                        above = mark.getMaxY() + rise;
                    }
                }
                var one = new COSArray();
                add(one, run, back - shift, code);
                flush(one, run);
                if (rise != 0) {
                    out.add(new COSFloat((float) (rise * size / 1000)));
                    out.add(TS);
                }
                out.add(one);
                out.add(TJ);
                if (rise != 0) {
                    out.add(COSInteger.ZERO);
                    out.add(TS);
                }
                back = shift;
            }
            var shownLetter = new COSArray();
            add(shownLetter, run, adjustments.get(base) + back, codes.get(base));
            flush(shownLetter, run);
            out.add(shownLetter);
            out.add(TJ);
            out.add(EMC);
            span.setItem(COSName.ACTUAL_TEXT, new COSString(actual.toString()));
            k = base + 1;
            moved = true;
        }
        if (!moved) {
            return null;
        }
        flush(shown, run);
        if (trailing != 0) {
            shown.add(new COSFloat(trailing));
        }
        if (shown.size() > 0) {
            out.add(shown);
            out.add(TJ);
        }
        return out;
    }

    private static void add(COSArray shown, ByteArrayOutputStream run, float adjustment, int code) {
        if (adjustment != 0) {
            flush(shown, run);
            shown.add(new COSFloat(adjustment));
        }
        run.write(code >> 8);
        run.write(code & 0xFF);
    }

    private static boolean isHebrew(String text) {
        return !text.isEmpty() && Character.UnicodeBlock.of(text.charAt(0)) == Character.UnicodeBlock.HEBREW;
    }

    private static boolean isArabic(String text) {
        return !text.isEmpty() && Character.UnicodeBlock.of(text.charAt(0)) == Character.UnicodeBlock.ARABIC;
    }

    /** The Arabic marks written under their letter: kasra, kasratan, hamza and alef below. */
    private static boolean isBelow(String text) {
        return "\u064D\u0650\u0655\u0656\u065C\u065F\u06E3\u06ED".indexOf(text.charAt(0)) >= 0;
    }

    private static String unicode(PDFont font, int code) {
        String text = font.toUnicode(code);
        return text == null ? "" : text;
    }

    private static Rectangle2D bounds(PDFont font, int code) throws IOException {
        var path = ((PDType0Font) font).getNormalizedPath(code);
        Rectangle2D box = path == null ? null : path.getBounds2D();
        return box == null || box.isEmpty() ? null : box;
    }

    private static void flush(COSArray out, ByteArrayOutputStream run) {
        if (run.size() > 0) {
            out.add(new COSString(run.toByteArray()));
            run.reset();
        }
    }
}
