package org.entente.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * What no analyzer library offers for Hebrew: niqqud and cantillation marks removed, and the
 * readings of a word without its one-letter prefixes (ו ה ב כ ל מ ש) and its common endings, so
 * that והמשרד, במשרד and משרד meet, and הכשרה, ההכשרות and הכשרת ({@link #stems}).
 */
final class HebrewFilters {

    /** A stem keeps at least this many letters: a short word is never cut to nothing. */
    static final int SHORTEST_STEM = 3;

    /** At most this many prefixes are stacked (וכשה…). */
    private static final int MOST_PREFIXES = 4;

    private HebrewFilters() {}

    static boolean isMark(char c) {
        return c >= '\u0591' && c <= '\u05C7' && c != '\u05BE' && c != '\u05C0' && c != '\u05C3' && c != '\u05C6';
    }

    static boolean isHebrewLetter(char c) {
        return c >= '\u05D0' && c <= '\u05EA';
    }

    /** Hebrew's own punctuation in acronyms and loanwords (צה״ל, ג׳יפ), typed as " and ' by most. */
    private static final char GERSHAYIM = '\u05F4';

    private static final char GERESH = '\u05F3';

    /**
     * Removes niqqud and cantillation marks from every token and reads the gershayim and the geresh
     * as the quotation mark and the apostrophe (other scripts pass unchanged). The maqaf (־) needs
     * nothing: the tokenizer splits words at it as at a hyphen.
     */
    static final class Niqqud extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        Niqqud(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            char[] buffer = term.buffer();
            int length = term.length();
            int kept = 0;
            for (int i = 0; i < length; i++) {
                char c = buffer[i];
                if (!isMark(c)) {
                    buffer[kept++] = c == GERSHAYIM ? '"' : c == GERESH ? '\'' : c;
                }
            }
            term.setLength(kept);
            return true;
        }
    }

    /**
     * The stems a Hebrew word may have, its own first: the word, and the word without each run of
     * one-letter prefixes Hebrew's grammar allows ({@link #unprefixed}), each with its final letters
     * in their ordinary form and one common ending taken off ({@link #withoutEnding}). No rule can
     * tell a prefix from a first letter of the word (the ה of הכשרה is not the article), so every
     * reading is kept, in the index and in the query alike: a word matches when one of its stems is one
     * of the query's. הכשרה gives הכשר, כשר; ההכשרות gives ההכשר, הכשר; they meet on הכשר. A word
     * other than letters alone (an acronym with its gershayim) is its own only stem.
     */
    static List<String> stems(String word) {
        if (!hebrewLettersOnly(word)) {
            return List.of(word);
        }
        var stems = new ArrayList<String>(4);
        for (String bare : unprefixed(word)) {
            String stem = withoutEnding(ordinary(bare));
            if (!stems.contains(stem)) {
                stems.add(stem);
            }
        }
        return stems;
    }

    /**
     * The word, then the word without each run of prefixes that Hebrew writes before a word (ו, then
     * ש or כש or לש, then one of ב כ ל מ, then the article ה: והמשרד, שבמשרד, כשהמשרד) when at least
     * {@value #SHORTEST_STEM} letters remain. A first letter the grammar does not allow there is never
     * cut: הכשרה loses its ה (the article's reading) but never its כ.
     */
    static List<String> unprefixed(String word) {
        var forms = new ArrayList<String>(4);
        forms.add(word);
        if (hebrewLettersOnly(word)) {
            for (int cut = 1; cut <= MOST_PREFIXES && word.length() - cut >= SHORTEST_STEM; cut++) {
                if (PREFIX_RUN.matcher(word.subSequence(0, cut)).matches()) {
                    forms.add(word.substring(cut));
                }
            }
        }
        return forms;
    }

    /**
     * The word without one common ending, when {@value #SHORTEST_STEM} letters remain: the plurals
     * ות and ים, the feminine ה and the construct or feminine ת (הכשרה, הכשרת, הכשרות → הכשר; תרגילים
     * → תרגיל; צבאית, צבאיות, צבאיים → צבאי). Possessive endings are left alone: too many words end
     * in their letters. Expects ordinary letters ({@link #ordinary}).
     */
    static String withoutEnding(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= SHORTEST_STEM) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    /** The word with its final letters (ך ם ן ף ץ) in their ordinary form, wherever they stand. */
    static String ordinary(String word) {
        char[] letters = word.toCharArray();
        for (int i = 0; i < letters.length; i++) {
            int at = FINAL_LETTERS.indexOf(letters[i]);
            if (at >= 0) {
                letters[i] = ORDINARY_LETTERS.charAt(at);
            }
        }
        return new String(letters);
    }

    static final String FINAL_LETTERS = "ךםןףץ";
    static final String ORDINARY_LETTERS = "כמנפצ";

    /** Longest first, so that ות is taken off whole rather than its ת alone. */
    private static final List<String> ENDINGS = List.of("ות", "ימ", "ה", "ת");

    private static final Pattern PREFIX_RUN = Pattern.compile("ו?(?:[כל]?ש)?[בכלמ]?ה?");

    static boolean hebrewLettersOnly(String word) {
        if (word.isEmpty()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!isHebrewLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
