package org.entente.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a person typed, read as a query: words are all required, {@code "a phrase"} keeps its words
 * in order, {@code word*} is a prefix, {@code -word} excludes. Every word goes through the index's
 * own analysis ({@link SearchAnalyzer}), and the {@code tsquery} is assembled from quoted lexemes and
 * operators this class writes itself: nothing typed reaches PostgreSQL's query syntax.
 *
 * @param tsquery the query for {@code to_tsquery('simple', …)}, or empty when nothing searchable remains
 * @param code the whole query when it looks like a record's code ({@code JMC-2026-014}), else null
 * @param terms the lexemes to highlight in snippets
 * @param prefixes the lexeme prefixes to highlight
 */
record SearchQuery(String tsquery, String code, Set<String> terms, Set<String> prefixes) {

    /** Longer queries are refused with a message; nobody types more to find a record. */
    static final int LONGEST = 200;

    /** At most this many words count; the rest are left out. */
    static final int MOST_WORDS = 12;

    private static final Pattern CODE = Pattern.compile("[\\p{L}]{2,}[\\p{L}\\d]*(?:[-/][\\p{L}\\d]+)+");

    boolean empty() {
        return tsquery.isEmpty() && code == null;
    }

    /**
     * Reads a query. {@code typing} makes the last word a prefix and matches titles, names and codes
     * only (weights A and B: results as you type, where a word met in a long text is no suggestion).
     *
     * @throws IllegalArgumentException when the query is longer than {@value #LONGEST} characters
     */
    static SearchQuery parse(String typed, boolean typing) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > LONGEST) {
            throw new IllegalArgumentException("search.query.tooLong");
        }
        String code = CODE.matcher(text).matches() ? text.toUpperCase(java.util.Locale.ROOT) : null;
        var required = new ArrayList<String>();
        var excluded = new ArrayList<String>();
        var terms = new LinkedHashSet<String>();
        var prefixes = new LinkedHashSet<String>();
        var words = new ArrayList<String>();
        int at = 0;
        while (at < text.length() && required.size() + excluded.size() < MOST_WORDS) {
            char c = text.charAt(at);
            if (Character.isWhitespace(c)) {
                at++;
                continue;
            }
            boolean exclude = false;
            if (c == '-' && at + 1 < text.length() && !Character.isWhitespace(text.charAt(at + 1))) {
                exclude = true;
                at++;
                c = text.charAt(at);
            }
            String part;
            boolean phrase = c == '"' || c == '«' || c == '“';
            if (phrase) {
                int close = indexOfQuote(text, at + 1);
                part = text.substring(at + 1, close < 0 ? text.length() : close);
                at = close < 0 ? text.length() : close + 1;
            } else {
                int end = at;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                part = text.substring(at, end);
                at = end;
            }
            boolean prefix = !phrase && (part.endsWith("*") || (typing && at >= text.length()));
            String weights = typing ? TITLES : "";
            String clause = clause(part, prefix, weights, exclude ? null : terms, exclude ? null : prefixes);
            if (clause != null) {
                (exclude ? excluded : required).add(clause);
                if (!exclude) {
                    words.add(phrase || prefix ? null : soleWord(part));
                }
            }
        }
        if (required.isEmpty()) {
            return new SearchQuery("", code, Set.of(), Set.of());
        }
        var query = new StringBuilder(String.join(" & ", joinedNames(required, words, typing ? TITLES : "")));
        excluded.forEach(clause -> query.append(" & !").append(clause));
        return new SearchQuery(query.toString(), code, terms, prefixes);
    }

    /** The normalised form of a part that is exactly one word, else null. */
    private static String soleWord(String part) {
        List<SearchAnalyzer.Token> tokens = SearchAnalyzer.tokens(part);
        return tokens.size() == 1 ? tokens.get(0).surface() : null;
    }

    /**
     * Two neighbouring plain words also match as one word (a name written in two words or one:
     * Ben Slimane, Benslimane), as the index joins a name's neighbouring words ({@link
     * SearchDocument#addName}): {@code (('ben' & 'sliman') | 'bensliman')}.
     */
    private static List<String> joinedNames(List<String> required, List<String> words, String weights) {
        var clauses = new ArrayList<String>();
        for (int i = 0; i < required.size(); i++) {
            String joined = i + 1 < required.size() && words.get(i) != null && words.get(i + 1) != null
                    ? joinedStems(words.get(i), words.get(i + 1), weights)
                    : null;
            if (joined == null) {
                clauses.add(required.get(i));
            } else {
                clauses.add("((" + required.get(i) + " & " + required.get(i + 1) + ") | " + joined + ")");
                i++;
            }
        }
        return clauses;
    }

    private static String joinedStems(String first, String second, String weights) {
        List<SearchAnalyzer.Token> tokens = SearchAnalyzer.tokens(SearchDocument.join(first, second));
        return tokens.size() == 1 ? anyOf(tokens.get(0).stems(), "", weighted(weights)) : null;
    }

    /** One lexeme, or several as alternatives ({@code ('a' | 'b')}), each with its mark ({@code :*}) and weights. */
    private static String anyOf(Collection<String> lexemes, String mark, String weights) {
        var each = new ArrayList<String>(lexemes.size());
        lexemes.forEach(lexeme -> each.add(SearchDocument.quote(lexeme) + mark + weights));
        return each.size() == 1 ? each.get(0) : "(" + String.join(" | ", each) + ")";
    }

    /** Titles and names (A) and codes (B): what results as you type match ({@link SearchIndex#entry}). */
    private static final String TITLES = "AB";

    private static String weighted(String weights) {
        return weights.isEmpty() ? "" : ":" + weights;
    }

    private static int indexOfQuote(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '»' || c == '”') {
                return i;
            }
        }
        return -1;
    }

    /**
     * What a word typed as a prefix may begin: its surface form and its stems, and for a Hebrew
     * word its readings without prefixes too, each of at least {@value #SHORTEST_HEBREW_PREFIX}
     * letters (מדרי* must not become דרי*, which begins many other words).
     */
    private static Set<String> beginnings(SearchAnalyzer.Token token) {
        var begun = new LinkedHashSet<String>();
        begun.add(token.surface());
        if (!HebrewFilters.hebrewLettersOnly(token.surface())) {
            begun.addAll(token.stems());
            return begun;
        }
        for (String form : HebrewFilters.unprefixed(token.surface())) {
            if (form.length() >= SHORTEST_HEBREW_PREFIX) {
                begun.add(form);
            }
        }
        for (String stem : token.stems()) {
            if (stem.length() >= SHORTEST_HEBREW_PREFIX) {
                begun.add(stem);
            }
        }
        return begun;
    }

    static final int SHORTEST_HEBREW_PREFIX = 4;

    /** One word or phrase: its tokens' stems in order ({@code <->}); the last one a prefix if asked. */
    private static String clause(String part, boolean prefix, String weights, Set<String> terms, Set<String> prefixes) {
        List<SearchAnalyzer.Token> tokens = SearchAnalyzer.tokens(part);
        if (tokens.isEmpty()) {
            return null;
        }
        var lexemes = new ArrayList<String>();
        for (int i = 0; i < tokens.size(); i++) {
            SearchAnalyzer.Token token = tokens.get(i);
            boolean last = i == tokens.size() - 1;
            if (last && prefix) {
                Set<String> begun = beginnings(token);
                lexemes.add(anyOf(begun, ":*", weights));
                if (prefixes != null) {
                    prefixes.addAll(begun);
                }
            } else {
                lexemes.add(anyOf(token.stems(), "", weighted(weights)));
                if (terms != null) {
                    terms.addAll(token.stems());
                }
            }
        }
        return lexemes.size() == 1 ? lexemes.get(0) : "(" + String.join(" <-> ", lexemes) + ")";
    }
}
