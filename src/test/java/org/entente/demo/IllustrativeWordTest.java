package org.entente.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * One word for "illustrative" in each language, everywhere a reader sees it: the chips say
 * «توضيحي», "Illustrative", "Illustratif", «להמחשה»; the demo's texts and the bundles say the same,
 * never another word for it («متخيل», "invented", "inventé", «בדוי»).
 */
class IllustrativeWordTest {

    /** The other words, by language: a part of each, so that every form of it is caught. */
    private static final Map<String, Pattern> OTHER_WORDS = Map.of(
            "ar", Pattern.compile("متخي"),
            "en", Pattern.compile("(?i)\\binvented\\b"),
            "fr", Pattern.compile("(?i)\\binvent[ée]"),
            "he", Pattern.compile("בדוי"));

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void theDemosTextsAndTheBundlesSayIllustrativeWithOneWord() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/entente/demo"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var literal = LITERAL.matcher(Files.readString(file));
                while (literal.find()) {
                    texts.add(file.getFileName() + ": " + literal.group(1));
                }
            }
        }
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            for (Path file : files.toList()) {
                Files.readAllLines(file).stream()
                        .filter(line -> !line.startsWith("#"))
                        // The chip's explanation says what the word means: "invented for the demonstration".
                        .filter(line -> !line.startsWith("illustrative.explain="))
                        .forEach(line -> texts.add(file.getFileName() + ": " + line));
            }
        }
        assertThat(texts).hasSizeGreaterThan(1000);
        assertThat(texts.stream().filter(IllustrativeWordTest::saysItOtherwise).toList())
                .isEmpty();
    }

    @Test
    void theCheckFindsTheOtherWords() {
        assertThat(saysItOtherwise("نشاط متخيَّل لأغراض العرض")).isTrue();
        assertThat(saysItOtherwise("An invented activity")).isTrue();
        assertThat(saysItOtherwise("Une activité inventée")).isTrue();
        assertThat(saysItOtherwise("פעילות בדויה")).isTrue();
        assertThat(saysItOtherwise("نشاط توضيحي · An illustrative activity · להמחשה"))
                .isFalse();
    }

    private static boolean saysItOtherwise(String text) {
        return OTHER_WORDS.values().stream().anyMatch(word -> word.matcher(text).find());
    }
}
