package org.entente.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What one record puts in the index: its words turned into a PostgreSQL {@code tsvector} literal,
 * already analysed ({@link SearchAnalyzer}) and weighted: the title A, the code B, the rest D. The
 * literal is passed as a parameter and read by {@code ::tsvector}; every lexeme is quoted, so no
 * text of a record can change its syntax.
 */
final class SearchDocument {

    /** Kept for snippets; the whole text is indexed, only this much is kept to show. */
    static final int BODY_KEPT = 8_000;

    /** tsvector's highest position; words beyond it share it. */
    private static final int LAST_POSITION = 16_383;

    /** A lexeme longer than this is no word anyone searches (a hash, a URL): left out. */
    private static final int LONGEST_LEXEME = 100;

    private final Map<String, List<String>> positions = new LinkedHashMap<>();
    private int offset;

    /** Adds a text's words at the next positions, with this weight (A, B, C or D). */
    SearchDocument add(String text, char weight) {
        return add(text, weight, false);
    }

    /**
     * Adds a name (a title, a person's name in one of its forms): its words, and each pair of
     * neighbouring words joined into one at the first one's position, so that a name written in
     * two words is found by its one-word form (Ben Slimane by Benslimane, بن سليمان by بنسليمان, בן
     * סלימאן by בנסלימאן). The query joins neighbouring words the same way ({@link SearchQuery}).
     */
    SearchDocument addName(String text, char weight) {
        return add(text, weight, true);
    }

    private SearchDocument add(String text, char weight, boolean joined) {
        int last = offset;
        SearchAnalyzer.Token previous = null;
        String previousMark = null;
        for (SearchAnalyzer.Token token : SearchAnalyzer.tokens(text)) {
            int position = Math.min(LAST_POSITION, offset + token.position());
            String mark = weight == 'D' ? Integer.toString(position) : position + String.valueOf(weight);
            put(token.surface(), mark);
            token.stems().forEach(stem -> put(stem, mark));
            String unprefixed = withoutArabicLetterPrefix(token.surface());
            if (unprefixed != null) {
                for (SearchAnalyzer.Token bare : SearchAnalyzer.tokens(unprefixed)) {
                    put(bare.surface(), mark);
                    bare.stems().forEach(stem -> put(stem, mark));
                }
            }
            if (joined && previous != null) {
                for (SearchAnalyzer.Token both : SearchAnalyzer.tokens(join(previous.surface(), token.surface()))) {
                    put(both.surface(), previousMark);
                    for (String stem : both.stems()) {
                        put(stem, previousMark);
                    }
                }
            }
            previous = token;
            previousMark = mark;
            last = position;
        }
        // a gap, so that a phrase never runs from one text into the next
        offset = Math.min(LAST_POSITION, last + 1);
        return this;
    }

    private void put(String lexeme, String mark) {
        if (lexeme.length() <= LONGEST_LEXEME) {
            List<String> marks = positions.computeIfAbsent(lexeme, key -> new ArrayList<>());
            if (marks.isEmpty() || !marks.get(marks.size() - 1).equals(mark)) {
                marks.add(mark);
            }
        }
    }

    /**
     * Two words written as one: a Hebrew final letter (ך ם ן ף ץ) that ends up inside the word
     * takes its ordinary form, as a person writing the joined name would type it.
     */
    static String join(String first, String second) {
        var joined = new StringBuilder(first.length() + second.length()).append(first);
        if (!joined.isEmpty()) {
            int last = joined.length() - 1;
            int finalForm = HebrewFilters.FINAL_LETTERS.indexOf(joined.charAt(last));
            if (finalForm >= 0) {
                joined.setCharAt(last, HebrewFilters.ORDINARY_LETTERS.charAt(finalForm));
            }
        }
        return joined.append(second).toString();
    }

    /**
     * An Arabic word glued to one of the one-letter prepositions or conjunctions ب ك ل ف without an
     * article (ببنسليمان, لفائدة): Lucene's light stemmer strips only و and the article's forms,
     * because cutting a first letter that belongs to the word (بحث) would make another word. The
     * index keeps the word whole and also adds it without that letter, when at least {@value
     * #SHORTEST_AFTER_PREFIX} letters remain: a query for بنسليمان finds ببنسليمان, and a query
     * made of a short word is never matched by a cut one.
     */
    static String withoutArabicLetterPrefix(String surface) {
        if (surface.length() - 1 < SHORTEST_AFTER_PREFIX
                || "بكلف".indexOf(surface.charAt(0)) < 0
                || surface.startsWith("ال", 1)
                || !surface.chars().allMatch(c -> c >= '\u0621' && c <= '\u064A')) {
            return null;
        }
        return surface.substring(1);
    }

    static final int SHORTEST_AFTER_PREFIX = 4;

    /** The tsvector literal: {@code 'lexeme':1A,4 'other':2}. */
    String literal() {
        var literal = new StringBuilder();
        positions.forEach((lexeme, marks) -> {
            if (!literal.isEmpty()) {
                literal.append(' ');
            }
            literal.append(quote(lexeme))
                    .append(':')
                    .append(String.join(",", marks.subList(0, Math.min(256, marks.size()))));
        });
        return literal.toString();
    }

    /** A lexeme in tsvector (and tsquery) syntax: in single quotes, with quote and backslash escaped. */
    static String quote(String lexeme) {
        return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** Every string of a JSON value (a multilingual object, an array of them, a plain string), in order. */
    static List<String> strings(JsonNode node) {
        var found = new ArrayList<String>();
        collect(node, found);
        return found;
    }

    private static void collect(JsonNode node, List<String> found) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isString()) {
            if (!node.asString().isBlank()) {
                found.add(node.asString());
            }
        } else if (node.isContainer()) {
            for (JsonNode child : node.values()) {
                collect(child, found);
            }
        }
    }
}
