package org.entente.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * A short passage of a record's text around the words found, with those words marked, in the
 * reader's language when the record has that form. Made here rather than by {@code ts_headline}:
 * the index holds stems of Entente's own analysis, which PostgreSQL's parser cannot find again in
 * the text. The passage is plain text in segments; the page escapes each one and marks the found
 * ones.
 *
 * <p>A record's text is kept per language ({@link #byLanguage}): a multilingual value under its
 * language, a plain one under the language its script tells (Arabic, Hebrew) or under none ({@code
 * ""}, a Latin-script city or code, shown to everyone unmarked). The snippet comes from the
 * reader's form when a searched word is in it, otherwise from the form the words were found in,
 * marked with its language as names are elsewhere; the title is the reader's form whenever the
 * record has one.
 */
public final class Snippets {

    /** A piece of a passage, marked when it is a word that was searched. */
    public record Segment(String text, boolean found) {}

    /**
     * A title or snippet as shown: its language ({@code ""} when unknown), whether that is another
     * language than the reader's (to be marked), and its segments.
     */
    public record Passage(String lang, boolean original, List<Segment> segments) {

        static final Passage NONE = new Passage("", false, List.of());

        public boolean empty() {
            return segments.isEmpty();
        }

        /** The language's name in the reader's language, for the mark ("French", "الفرنسية"). */
        public String languageName(Locale reader) {
            return Locale.forLanguageTag(lang).getDisplayLanguage(reader);
        }

        /** The {@code lang} attribute, or null (no attribute) when the language is unknown. */
        public String langAttribute() {
            return lang.isEmpty() ? null : lang;
        }

        /** The passage as plain text (the API's {@code snippet}). */
        public String plain() {
            return Snippets.plain(segments);
        }
    }

    static final int WIDTH = 180;

    /** The language of a text no value names: none known. */
    static final String UNKNOWN = "";

    private Snippets() {}

    /**
     * The title in the reader's language when the record has it, otherwise the form the searched
     * words are in, otherwise English or any; with the searched words marked.
     */
    static Passage title(Map<String, String> forms, String reader, Set<String> terms, Set<String> prefixes) {
        if (forms.containsKey(reader)) {
            return passage(reader, reader, all(forms.get(reader), terms, prefixes));
        }
        return best(forms, reader, terms, prefixes, text -> all(text, terms, prefixes));
    }

    /**
     * The snippet from the reader's form when a searched word is in it, otherwise from the first
     * form that holds one (the language without a name, then English, then the others), otherwise
     * the beginning of the reader's form or the best there is.
     */
    static Passage snippet(Map<String, String> forms, String reader, Set<String> terms, Set<String> prefixes) {
        return best(forms, reader, terms, prefixes, text -> around(text, terms, prefixes));
    }

    private static Passage best(
            Map<String, String> forms,
            String reader,
            Set<String> terms,
            Set<String> prefixes,
            java.util.function.Function<String, List<Segment>> cut) {
        List<String> order = order(forms, reader);
        if (order.isEmpty()) {
            return Passage.NONE;
        }
        List<Segment> first = null;
        for (String lang : order) {
            List<Segment> segments = cut.apply(forms.get(lang));
            if (segments.stream().anyMatch(Segment::found)) {
                return passage(lang, reader, segments);
            }
            first = first == null ? segments : first;
        }
        return passage(order.get(0), reader, first);
    }

    private static Passage passage(String lang, String reader, List<Segment> segments) {
        return new Passage(lang, !lang.equals(UNKNOWN) && !lang.equals(reader), segments);
    }

    /** The reader's language, the unnamed one, English, then the others in alphabetical order; blank forms left out. */
    static List<String> order(Map<String, String> forms, String reader) {
        return Stream.concat(
                        Stream.of(reader, UNKNOWN, "en"),
                        forms.keySet().stream().sorted())
                .distinct()
                .filter(lang -> forms.get(lang) != null && !forms.get(lang).isBlank())
                .toList();
    }

    /** The whole text (a title), with the searched words marked. */
    static List<Segment> all(String text, Set<String> terms, Set<String> prefixes) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return marked(text, 0, text.length(), found(text, terms, prefixes));
    }

    static List<Segment> around(String body, Set<String> terms, Set<String> prefixes) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        List<SearchAnalyzer.Token> found = found(body, terms, prefixes);
        int start = found.isEmpty() ? 0 : Math.max(0, found.get(0).start() - WIDTH / 3);
        start = wordStart(body, start);
        int end = Math.min(body.length(), start + WIDTH);
        var segments = new ArrayList<Segment>();
        if (start > 0) {
            segments.add(new Segment("… ", false));
        }
        segments.addAll(marked(body, start, end, found));
        if (end < body.length()) {
            segments.add(new Segment(" …", false));
        }
        return segments;
    }

    private static List<SearchAnalyzer.Token> found(String text, Set<String> terms, Set<String> prefixes) {
        if (!mayHold(text, terms, prefixes)) {
            return List.of();
        }
        var found = new ArrayList<SearchAnalyzer.Token>();
        for (SearchAnalyzer.Token token : SearchAnalyzer.tokens(text)) {
            if (matches(token, terms, prefixes)) {
                found.add(token);
            }
        }
        return found;
    }

    private static List<Segment> marked(String text, int start, int end, List<SearchAnalyzer.Token> found) {
        var segments = new ArrayList<Segment>();
        int at = start;
        for (SearchAnalyzer.Token token : found) {
            if (token.start() < start || token.end() > end) {
                continue;
            }
            if (token.start() > at) {
                segments.add(new Segment(text.substring(at, token.start()), false));
            }
            segments.add(new Segment(text.substring(token.start(), token.end()), true));
            at = token.end();
        }
        if (at < end) {
            segments.add(new Segment(text.substring(at, end), false));
        }
        return segments;
    }

    private static boolean matches(SearchAnalyzer.Token token, Set<String> terms, Set<String> prefixes) {
        if (terms.contains(token.surface())) {
            return true;
        }
        for (String stem : token.stems()) {
            if (terms.contains(stem)) {
                return true;
            }
        }
        // loops, not streams: this runs for every word of every title and snippet on a results page
        for (String prefix : prefixes) {
            if (token.surface().startsWith(prefix)) {
                return true;
            }
            for (String stem : token.stems()) {
                if (stem.startsWith(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the text has a letter of the script of a searched word: the analysis keeps a word in
     * its script (Arabic stems are Arabic, folded Latin is Latin), so a text without one holds no
     * word to mark and is not analysed at all (an English title for an Arabic query). A searched
     * word of no script (digits) may be in any text.
     */
    static boolean mayHold(String text, Set<String> terms, Set<String> prefixes) {
        var scripts = EnumSet.noneOf(Character.UnicodeScript.class);
        for (Set<String> words : List.of(terms, prefixes)) {
            for (String word : words) {
                Character.UnicodeScript script = scriptOf(word);
                if (script == null) {
                    return true;
                }
                scripts.add(script);
            }
        }
        if (scripts.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80
                    ? Character.isLetter(c) && scripts.contains(Character.UnicodeScript.LATIN)
                    : scripts.contains(Character.UnicodeScript.of(c))) {
                return true;
            }
        }
        return false;
    }

    /** The script of a word's first letter, or null when it has none (digits, signs). */
    private static Character.UnicodeScript scriptOf(String word) {
        for (int i = 0; i < word.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(word.charAt(i));
            if (script != Character.UnicodeScript.COMMON && script != Character.UnicodeScript.INHERITED) {
                return script == Character.UnicodeScript.UNKNOWN ? null : script;
            }
        }
        return null;
    }

    private static int wordStart(String body, int at) {
        int start = at;
        while (start > 0 && start > at - 20 && !Character.isWhitespace(body.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    static String plain(List<Segment> segments) {
        var text = new StringBuilder();
        segments.forEach(segment -> text.append(segment.text()));
        return text.toString();
    }

    /**
     * A record's texts (a JSON array whose string leaves are its words) gathered per language: the
     * strings under a two-letter key go to that language, the others to the language their script
     * tells, or to none; each language keeps at most {@code most} characters, for snippets.
     */
    static Map<String, String> byLanguage(JsonNode texts, int most) {
        var gathered = new LinkedHashMap<String, StringBuilder>();
        collect(texts, null, gathered);
        var forms = new LinkedHashMap<String, String>();
        gathered.forEach(
                (lang, text) -> forms.put(lang, text.length() > most ? text.substring(0, most) : text.toString()));
        return forms;
    }

    private static void collect(JsonNode node, String lang, Map<String, StringBuilder> gathered) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isString()) {
            String text = node.asString();
            if (!text.isBlank()) {
                StringBuilder form =
                        gathered.computeIfAbsent(lang == null ? script(text) : lang, key -> new StringBuilder());
                if (!form.isEmpty()) {
                    form.append('\n');
                }
                form.append(text);
            }
        } else if (node.isObject()) {
            for (var field : node.properties()) {
                String key = field.getKey();
                collect(field.getValue(), key.matches("[a-z]{2}") ? key : lang, gathered);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node.values()) {
                collect(child, lang, gathered);
            }
        }
    }

    /** The language a text's script tells: Arabic or Hebrew letters, else none. */
    static String script(String text) {
        for (int i = 0; i < text.length(); i++) {
            Character.UnicodeScript script = Character.UnicodeScript.of(text.codePointAt(i));
            if (script == Character.UnicodeScript.ARABIC) {
                return "ar";
            }
            if (script == Character.UnicodeScript.HEBREW) {
                return "he";
            }
        }
        return UNKNOWN;
    }
}
