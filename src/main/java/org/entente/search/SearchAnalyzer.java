package org.entente.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * One analysis for the index and the query, whatever the language: words split by Unicode's rules,
 * every kind of digit read as 0–9, lower case; then Arabic normalised (hamza forms of alef → ا, ى →
 * ي, ة → ه, tatweel and harakat removed), Hebrew niqqud removed, French elision (l', d', qu') and
 * accents folded. Each word keeps that normalised surface form (for prefix queries) and gains a
 * stem at the same position: Arabic light stemming (و ف ب ك ل ال and common suffixes), Hebrew
 * prefixes (ו ה ב כ ל מ ש) and endings (one stem per reading), French light and English Porter stemming. Each stemmer leaves the
 * other scripts alone, so no language needs to be guessed. Lucene does all of it except Hebrew
 * ({@link HebrewFilters}).
 */
final class SearchAnalyzer {

    /**
     * A word of the text: its position (from 1), its normalised form, its stems and where it stands
     * in the text. A word has one stem, save a Hebrew one: one per reading ({@link
     * HebrewFilters#stems}), its own first.
     */
    record Token(int position, String surface, List<String> stems, int start, int end) {

        /** The word's first stem (its only one outside Hebrew). */
        String stem() {
            return stems.get(0);
        }

        private static List<String> stemsOf(String surface, String stem) {
            return HebrewFilters.hebrewLettersOnly(surface) ? HebrewFilters.stems(surface) : List.of(stem);
        }
    }

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream chain = new DecimalDigitFilter(source);
            chain = new LowerCaseFilter(chain);
            chain = new EnglishPossessiveFilter(chain);
            chain = new org.apache.lucene.analysis.util.ElisionFilter(chain, FrenchAnalyzer.DEFAULT_ARTICLES);
            chain = new ArabicNormalizationFilter(chain);
            chain = new HebrewFilters.Niqqud(chain);
            chain = new ASCIIFoldingFilter(chain);
            chain = new KeywordRepeatFilter(chain);
            chain = new ArabicNisba(chain);
            chain = new ArabicStemFilter(chain);
            chain = new FrenchLightStemFilter(chain);
            chain = new PorterStemFilter(chain);
            chain = new RemoveDuplicatesTokenFilter(chain);
            return new TokenStreamComponents(source, chain);
        }
    };

    private SearchAnalyzer() {}

    /**
     * The relative adjective's ending ية (ي + ة, read ه once normalised) taken off before Lucene's
     * light stemmer, when at least four letters remain: the stemmer strips one suffix, so without it
     * تكوينية stems to تكوين while التكوين stems to تكو, and "دورة تكوينية" was not found by التكوين.
     * With it the adjective meets its noun (تكوينية, التكوين → تكو; ميدانية, ميدان → ميد).
     */
    static final class ArabicNisba extends org.apache.lucene.analysis.TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

        ArabicNisba(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            int length = term.length();
            char[] buffer = term.buffer();
            int article = length > 2 && buffer[0] == 'ا' && buffer[1] == 'ل' ? 2 : 0;
            if (!keyword.isKeyword()
                    && length - article - 2 >= 4
                    && buffer[length - 2] == 'ي'
                    && buffer[length - 1] == 'ه') {
                term.setLength(length - 2);
            }
            return true;
        }
    }

    /** The words of a text, in order; an empty list for a text without any. */
    static List<Token> tokens(String text) {
        var tokens = new ArrayList<Token>();
        if (text == null || text.isBlank()) {
            return tokens;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var increment = stream.addAttribute(PositionIncrementAttribute.class);
            var keyword = stream.addAttribute(KeywordAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            int position = 0;
            while (stream.incrementToken()) {
                if (term.length() == 0) {
                    continue;
                }
                if (increment.getPositionIncrement() > 0 || tokens.isEmpty()) {
                    position += Math.max(1, increment.getPositionIncrement());
                    String surface = term.toString();
                    tokens.add(new Token(
                            position,
                            surface,
                            Token.stemsOf(surface, surface),
                            offset.startOffset(),
                            offset.endOffset()));
                } else if (!keyword.isKeyword()) {
                    Token last = tokens.remove(tokens.size() - 1);
                    tokens.add(new Token(
                            last.position(),
                            last.surface(),
                            Token.stemsOf(last.surface(), term.toString()),
                            last.start(),
                            last.end()));
                }
            }
            stream.end();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return tokens;
    }
}
