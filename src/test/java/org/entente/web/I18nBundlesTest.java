package org.entente.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The four languages are equals: every message key exists, non-empty, in every bundle; every key a
 * template names exists; and no template holds user-visible text of its own.
 */
class I18nBundlesTest {

    private static final List<String> LANGUAGES = List.of("en", "ar", "fr", "he");
    private static final Path TEMPLATES = Path.of("src/main/jte");
    private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("\\bt\\(\"([\\w.]+)\"\\s*[,)]");
    /** A letter of the language's own script: Arabic and Hebrew labels are never left in English. */
    private static final Map<String, Pattern> SCRIPT = Map.of(
            "en", Pattern.compile("\\p{IsLatin}"),
            "fr", Pattern.compile("\\p{IsLatin}"),
            "ar", Pattern.compile("\\p{IsArabic}"),
            "he", Pattern.compile("\\p{IsHebrew}"));

    private static final Pattern VISIBLE_ATTRIBUTE =
            Pattern.compile("\\b(title|alt|placeholder|aria-label)\\s*=\\s*\"([^\"]*)\"");

    @Test
    void everyBundleHasEveryKeyWithAValue() throws IOException {
        Map<String, Properties> bundles = new TreeMap<>();
        for (String language : LANGUAGES) {
            bundles.put(language, load("/i18n/messages_" + language + ".properties"));
        }
        bundles.put("default", load("/i18n/messages.properties"));
        Set<String> allKeys = new TreeSet<>();
        bundles.values().forEach(b -> allKeys.addAll(b.stringPropertyNames()));

        List<String> problems = new ArrayList<>();
        bundles.forEach((language, bundle) -> {
            for (String key : allKeys) {
                String value = bundle.getProperty(key);
                if (value == null) {
                    problems.add(language + " lacks " + key);
                } else if (value.isBlank()) {
                    problems.add(language + " has an empty " + key);
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat(allKeys).hasSizeGreaterThan(50);
    }

    @Test
    void everyKeyNamedInATemplateOrByAnEnumExists() throws Exception {
        Properties english = load("/i18n/messages_en.properties");
        List<String> needed = new ArrayList<>();
        for (Path template : templates()) {
            var matcher = KEY_IN_TEMPLATE.matcher(Files.readString(template));
            while (matcher.find()) {
                needed.add(matcher.group(1));
            }
        }
        for (String shown : EnumMessageKeys.SHOWN.keySet()) {
            needed.addAll(EnumMessageKeys.keysOf(shown));
        }
        assertThat(needed).hasSizeGreaterThan(30);
        assertThat(needed)
                .allSatisfy(key -> assertThat(english.getProperty(key))
                        .as("message key %s", key)
                        .isNotNull());
    }

    @Test
    void everyEnumIsShownWithItsKeysOrSaysWhyNot() throws IOException {
        Set<String> enums = EnumMessageKeys.enumsInMainCode();
        assertThat(enums).hasSizeGreaterThan(20);
        Set<String> unsorted = new TreeSet<>(enums);
        unsorted.removeAll(EnumMessageKeys.SHOWN.keySet());
        unsorted.removeAll(EnumMessageKeys.NOT_SHOWN.keySet());
        assertThat(unsorted)
                .as("enums in neither EnumMessageKeys.SHOWN nor EnumMessageKeys.NOT_SHOWN")
                .isEmpty();
        assertThat(enums)
                .as("enums listed in EnumMessageKeys that no longer exist")
                .containsAll(EnumMessageKeys.SHOWN.keySet())
                .containsAll(EnumMessageKeys.NOT_SHOWN.keySet());
    }

    @Test
    void everyConstantOfEveryShownEnumHasItsKeyInEveryLanguage() throws Exception {
        String sources = EnumMessageKeys.mainSources();
        List<String> problems = new ArrayList<>();
        for (var shown : new TreeMap<>(EnumMessageKeys.SHOWN).entrySet()) {
            for (String template : shown.getValue()) {
                String start = EnumMessageKeys.literalStart(template);
                if (!start.isEmpty() && !sources.contains("\"" + start)) {
                    problems.add(shown.getKey() + ": no template or class builds keys starting \"" + start + "\"");
                }
            }
            List<String> keys = EnumMessageKeys.keysOf(shown.getKey());
            for (String language : LANGUAGES) {
                Properties bundle = load("/i18n/messages_" + language + ".properties");
                for (String key : keys) {
                    String value = bundle.getProperty(key);
                    if (value == null || value.isBlank()) {
                        problems.add(language + " lacks " + key);
                    } else if (!SCRIPT.get(language).matcher(value).find()) {
                        problems.add(language + " has " + key + " untranslated: " + value);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Keys no template or class names whole nor builds from a literal prefix ({@code
     * "project.status." + status}), used all the same: each with the reason.
     */
    private static final Map<String, String> USED_WITHOUT_BEING_NAMED = Map.of(
            "jakarta.validation.constraints.Size.message",
            "Bean Validation's own message for @Size, looked up by that name in our bundles",
            "document.number",
            "the column headings of the long table PdfDocumentsIT and PdfBenchmark print (ActivityTable)",
            "document.activity",
            "the same table's",
            "document.quarter",
            "the same table's");

    @Test
    void everyKeyIsNamedByATemplateOrAClass() throws IOException {
        String sources = EnumMessageKeys.mainSources();
        Set<String> prefixes = new TreeSet<>();
        var literal = Pattern.compile("\"([A-Za-z][\\w.]*\\.)\"").matcher(sources);
        while (literal.find()) {
            prefixes.add(literal.group(1));
        }
        Set<String> words = words(sources);
        Set<String> keys = load("/i18n/messages_en.properties").stringPropertyNames();
        List<String> unused = keys.stream()
                .filter(key -> !words.contains(key) && !builtFrom(prefixes, key))
                .filter(key -> !USED_WITHOUT_BEING_NAMED.containsKey(key))
                .sorted()
                .toList();
        assertThat(unused).as("message keys no template or class uses").isEmpty();
        assertThat(keys).containsAll(USED_WITHOUT_BEING_NAMED.keySet());
    }

    @Test
    void theUnusedKeyCheckSeesAKeyWholeOrByItsPrefix() {
        assertThat(words("viewer.t(\"a.b\")")).contains("a.b");
        assertThat(words("viewer.t(\"a.bc\")")).doesNotContain("a.b");
        assertThat(words("viewer.t(\"x.a.b\")")).doesNotContain("a.b");
        assertThat(builtFrom(Set.of("a.status."), "a.status.OPEN")).isTrue();
        assertThat(builtFrom(Set.of("a.status."), "a.statusOPEN")).isFalse();
    }

    /** The runs of key characters (letters, digits, dots, underscores) in the sources. */
    private static Set<String> words(String sources) {
        Set<String> words = new java.util.HashSet<>();
        int start = -1;
        for (int i = 0; i <= sources.length(); i++) {
            boolean inside = i < sources.length() && keyCharacter(sources.charAt(i));
            if (inside && start < 0) {
                start = i;
            } else if (!inside && start >= 0) {
                words.add(sources.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean keyCharacter(char c) {
        return c == '.' || c == '_' || Character.isLetterOrDigit(c);
    }

    /** Whether a literal prefix ending at one of the key's dots builds the key at run time. */
    private static boolean builtFrom(Set<String> prefixes, String key) {
        for (int dot = key.indexOf('.'); dot >= 0; dot = key.indexOf('.', dot + 1)) {
            if (prefixes.contains(key.substring(0, dot + 1))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            problems.addAll(hardCodedText(Files.readString(template)).stream()
                    .map(text -> template + ": \"" + text + "\"")
                    .toList());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckCatchesTextInElementsAndInVisibleAttributes() {
        assertThat(hardCodedText("<p>${viewer.t(\"a.b\")}</p>")).isEmpty();
        assertThat(hardCodedText("@if(x)<p class=\"note\">Save</p>@endif")).containsExactly("Save");
        assertThat(hardCodedText("<img alt=\"Logo\" src=\"/x.svg\">")).containsExactly("Logo");
        assertThat(hardCodedText("@template.layout.page(viewer = viewer, content = @`<h1>Hello</h1>`)"))
                .containsExactly("Hello");
        assertThat(hardCodedText("<span title=\"${viewer.t(\"x\")}\">·</span>")).isEmpty();
    }

    /** The user-visible text left once expressions, control structures and markup are taken out. */
    static List<String> hardCodedText(String template) {
        String visible = new TemplateText(template).visible();
        List<String> found = new ArrayList<>();
        var attributes = VISIBLE_ATTRIBUTE.matcher(visible);
        while (attributes.find()) {
            if (attributes.group(2).codePoints().anyMatch(Character::isLetter)) {
                found.add(attributes.group(2).strip());
            }
        }
        String text = visible.replaceAll("(?s)<(script|style)\\b.*?</\\1>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ");
        for (String piece : text.split("\\s{2,}|\\n")) {
            if (piece.codePoints().anyMatch(Character::isLetter)
                    && !piece.strip().equalsIgnoreCase("DOCTYPE html")) {
                found.add(piece.strip());
            }
        }
        return found;
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            List<Path> list =
                    files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
            assertThat(list).isNotEmpty();
            return list;
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            var properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    /** A small scanner over jte syntax: keeps markup and literal text, drops code. */
    private static final class TemplateText {

        private final String source;
        private final StringBuilder out = new StringBuilder();
        private int i;

        TemplateText(String source) {
            this.source = source;
        }

        String visible() {
            scan(false);
            return out.toString();
        }

        /** Copies text until the end, or until the backtick closing a content block. */
        private void scan(boolean inContentBlock) {
            while (i < source.length()) {
                if (starts("<%--")) {
                    int end = source.indexOf("--%>", i);
                    i = end < 0 ? source.length() : end + 4;
                } else if (starts("${") || starts("!{")) {
                    i += 1;
                    skipBalanced('{', '}');
                } else if (starts("$unsafe{")) {
                    i += 7;
                    skipBalanced('{', '}');
                } else if (starts("@import") || starts("@param")) {
                    int end = source.indexOf('\n', i);
                    i = end < 0 ? source.length() : end;
                } else if (starts("@template.")) {
                    i = source.indexOf('(', i);
                    skipArguments();
                } else if (starts("@if(") || starts("@elseif(") || starts("@for(")) {
                    i = source.indexOf('(', i);
                    skipBalanced('(', ')');
                } else if (starts("@endif") || starts("@endfor") || starts("@else")) {
                    i += starts("@endfor") ? 7 : starts("@endif") ? 6 : 5;
                } else if (inContentBlock && source.charAt(i) == '`') {
                    i++;
                    return;
                } else {
                    out.append(source.charAt(i++));
                }
            }
        }

        /** Skips a template call's arguments, but scans the content blocks ({@code @`…`}) inside them. */
        private void skipArguments() {
            int depth = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (starts("@`")) {
                    i += 2;
                    out.append('\n');
                    scan(true);
                    out.append('\n');
                    continue;
                }
                if (c == '"') {
                    skipString();
                    continue;
                }
                i++;
                if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return;
                }
            }
        }

        private void skipBalanced(char open, char close) {
            int depth = 0;
            while (i < source.length()) {
                char c = source.charAt(i);
                if (c == '"') {
                    skipString();
                    continue;
                }
                i++;
                if (c == open) {
                    depth++;
                } else if (c == close && --depth == 0) {
                    return;
                }
            }
        }

        private void skipString() {
            i++;
            while (i < source.length() && source.charAt(i) != '"') {
                i += source.charAt(i) == '\\' ? 2 : 1;
            }
            i++;
        }

        private boolean starts(String token) {
            return source.startsWith(token, i);
        }
    }
}
