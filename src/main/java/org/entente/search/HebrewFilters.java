package org.entente.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * What no analyzer library offers for Hebrew: niqqud and cantillation marks removed, and the
 * one-letter prefixes (ו ה ב כ ל מ ש) stripped, so that והמשרד, במשרד and משרד meet.
 */
final class HebrewFilters {

    private static final String PREFIXES = "והבכלמש";

    /** A stem keeps at least this many letters: a short word is never cut to nothing. */
    private static final int SHORTEST_STEM = 3;

    /** At most this many prefixes are stacked (וכשה…). */
    private static final int MOST_PREFIXES = 3;

    private HebrewFilters() {}

    static boolean isMark(char c) {
        return c >= '\u0591' && c <= '\u05C7' && c != '\u05BE' && c != '\u05C0' && c != '\u05C3' && c != '\u05C6';
    }

    static boolean isHebrewLetter(char c) {
        return c >= '\u05D0' && c <= '\u05EA';
    }

    /** Removes niqqud and cantillation marks from every token (other scripts pass unchanged). */
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
                if (!isMark(buffer[i])) {
                    buffer[kept++] = buffer[i];
                }
            }
            term.setLength(kept);
            return true;
        }
    }

    /** Strips the common one-letter prefixes of a Hebrew token, unless it is marked a keyword. */
    static final class Prefixes extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        Prefixes(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (!keyword.isKeyword()) {
                int cut = prefixLength(term.buffer(), term.length());
                if (cut > 0) {
                    term.copyBuffer(term.buffer(), cut, term.length() - cut);
                }
            }
            return true;
        }
    }

    static int prefixLength(char[] buffer, int length) {
        if (length == 0 || !isHebrewLetter(buffer[0])) {
            return 0;
        }
        int cut = 0;
        while (cut < MOST_PREFIXES && length - cut > SHORTEST_STEM && PREFIXES.indexOf(buffer[cut]) >= 0) {
            cut++;
        }
        return cut;
    }
}
