package org.entente.documents;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.openhtmltopdf.bidi.BidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;

/**
 * Arabic shaping for PDFs that keeps each mark on its letter.
 *
 * <p>openhtmltopdf draws glyphs one after the other, without the font's positioning tables: the
 * letters must already be in their joined presentation forms (ICU's {@link ArabicShaping} does that).
 * But ICU also turns every haraka and shadda into a <em>spacing</em> presentation form (U+FE70–U+FE7F:
 * "ARABIC SHADDA ISOLATED FORM" is a space with a shadda), which cuts the word where the mark
 * stands: "المكو ّنون". Here the letters are shaped with the marks set aside (marks do not take part
 * in joining), and the marks are put back, unchanged, right after their letter. Noto Naskh draws a
 * mark with no advance to the right of where the pen stands, so in the visual (reversed) order each
 * mark comes just before its letter (no {@link Bidi#KEEP_BASE_COMBINING}): it then starts at the
 * letter's left edge, and {@link MarkPlacement} moves it to the letter's middle.
 */
final class ArabicMarks implements BidiReorderer {

    private static final ArabicShaping LETTERS =
            new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.LENGTH_FIXED_SPACES_NEAR);

    private final ICUBidiReorderer icu = new ICUBidiReorderer();

    @Override
    public String reorderRTLTextToLTR(String text) {
        return Bidi.writeReverse(text, Bidi.DO_MIRRORING);
    }

    @Override
    public String shapeText(String text) {
        return shape(text);
    }

    @Override
    public String deshapeText(String text) {
        return icu.deshapeText(text);
    }

    @Override
    public boolean isLiveImplementation() {
        return true;
    }

    /** Arabic letters in their joined forms, the marks kept as combining characters after their letter. */
    static String shape(String text) {
        int length = text.length();
        StringBuilder letters = new StringBuilder(length);
        // marks[i]: the marks that followed the i-th letter (a mark opening the text stays in front).
        StringBuilder[] marks = new StringBuilder[length + 1];
        StringBuilder leading = new StringBuilder();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isMark(c)) {
                if (letters.isEmpty()) {
                    leading.append(c);
                } else {
                    int last = letters.length() - 1;
                    if (marks[last] == null) {
                        marks[last] = new StringBuilder(2);
                    }
                    marks[last].append(c);
                }
            } else {
                letters.append(c);
            }
        }
        String base = letters.toString();
        String shaped = shapeLetters(base);
        if (shaped.length() != base.length()) {
            return shapeLetters(text); // never happens with fixed-length shaping; keep ICU's answer then
        }
        StringBuilder out = new StringBuilder(length).append(leading);
        for (int i = 0; i < shaped.length(); i++) {
            char letter = shaped.charAt(i);
            // ICU writes a lam-alef ligature where the lam was and a space where the alef was:
            // the alef's marks go on the ligature, the space goes.
            boolean absorbed = letter == ' ' && base.charAt(i) != ' ';
            if (!absorbed) {
                out.append(letter);
            }
            if (marks[i] != null) {
                out.append(marks[i]);
            }
        }
        return out.toString();
    }

    private static String shapeLetters(String text) {
        try {
            return LETTERS.shape(text);
        } catch (ArabicShapingException unshapeable) {
            return text;
        }
    }

    /** The Arabic combining marks: harakat, tanwin, shadda, sukun, superscript alef, Quranic marks. */
    static boolean isMark(char c) {
        return (c >= '\u064B' && c <= '\u065F')
                || c == '\u0670'
                || (c >= '\u06D6' && c <= '\u06DC')
                || (c >= '\u06DF' && c <= '\u06E4')
                || c == '\u06E7'
                || c == '\u06E8'
                || (c >= '\u06EA' && c <= '\u06ED');
    }
}
