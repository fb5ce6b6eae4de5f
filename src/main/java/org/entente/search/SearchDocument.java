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
        int last = offset;
        for (SearchAnalyzer.Token token : SearchAnalyzer.tokens(text)) {
            int position = Math.min(LAST_POSITION, offset + token.position());
            String mark = weight == 'D' ? Integer.toString(position) : position + String.valueOf(weight);
            put(token.surface(), mark);
            if (!token.stem().equals(token.surface())) {
                put(token.stem(), mark);
            }
            last = position;
        }
        // a gap, so that a phrase never runs from one text into the next
        offset = Math.min(LAST_POSITION, last + 1);
        return this;
    }

    private void put(String lexeme, String mark) {
        if (lexeme.length() <= LONGEST_LEXEME) {
            positions.computeIfAbsent(lexeme, key -> new ArrayList<>()).add(mark);
        }
    }

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
