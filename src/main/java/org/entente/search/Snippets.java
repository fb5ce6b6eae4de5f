package org.entente.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A short passage of a record's text around the words found, with those words marked. Made here
 * rather than by {@code ts_headline}: the index holds stems of Entente's own analysis, which
 * PostgreSQL's parser cannot find again in the text. The passage is plain text in segments; the
 * page escapes each one and marks the found ones.
 */
public final class Snippets {

    /** A piece of a passage, marked when it is a word that was searched. */
    public record Segment(String text, boolean found) {}

    static final int WIDTH = 180;

    private Snippets() {}

    static List<Segment> around(String body, Set<String> terms, Set<String> prefixes) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        List<SearchAnalyzer.Token> tokens = SearchAnalyzer.tokens(body);
        List<SearchAnalyzer.Token> found =
                tokens.stream().filter(token -> matches(token, terms, prefixes)).toList();
        int start = found.isEmpty() ? 0 : Math.max(0, found.get(0).start() - WIDTH / 3);
        start = wordStart(body, start);
        int end = Math.min(body.length(), start + WIDTH);
        var segments = new ArrayList<Segment>();
        if (start > 0) {
            segments.add(new Segment("… ", false));
        }
        int at = start;
        for (SearchAnalyzer.Token token : found) {
            if (token.start() < start || token.end() > end) {
                continue;
            }
            if (token.start() > at) {
                segments.add(new Segment(body.substring(at, token.start()), false));
            }
            segments.add(new Segment(body.substring(token.start(), token.end()), true));
            at = token.end();
        }
        if (at < end) {
            segments.add(new Segment(body.substring(at, end), false));
        }
        if (end < body.length()) {
            segments.add(new Segment(" …", false));
        }
        return segments;
    }

    private static boolean matches(SearchAnalyzer.Token token, Set<String> terms, Set<String> prefixes) {
        if (terms.contains(token.stem()) || terms.contains(token.surface())) {
            return true;
        }
        return prefixes.stream()
                .anyMatch(prefix ->
                        token.surface().startsWith(prefix) || token.stem().startsWith(prefix));
    }

    private static int wordStart(String body, int at) {
        int start = at;
        while (start > 0 && start > at - 20 && !Character.isWhitespace(body.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** The passage as plain text (the API's {@code snippet}). */
    static String plain(List<Segment> segments) {
        var text = new StringBuilder();
        segments.forEach(segment -> text.append(segment.text()));
        return text.toString();
    }
}
