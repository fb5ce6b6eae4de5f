package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.shared.LocalizedText;
import org.entente.shared.Markings;
import org.entente.shared.PersonName;
import org.entente.shared.TestMessages;
import org.junit.jupiter.api.Test;

/**
 * Templates inserted inside a sentence ("Colonel Eitan Levi, Head of…") give no white space of their
 * own: a line break at the end of such a template showed as a space before the comma ("Levi , Head").
 * Renders the two most used ones as the pages do, and checks that every template a page calls in the
 * middle of a line is written on one line.
 */
class InlineTemplatesTest {

    private static final Path TEMPLATES = Path.of("src/main/jte");

    /** Templates called inside a line that are blocks of their own (a list, an error paragraph). */
    private static final Set<String> BLOCKS = Set.of("form/fieldError", "workplans/amendmentValue");

    private static final Pattern INLINE_CALL = Pattern.compile("\\S@template\\.([a-zA-Z.]+)\\(");

    private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);

    private final PersonName levi = new PersonName(
            "ISR",
            LocalizedText.of("en", "Eitan Levi", "he", "איתן לוי", "ar", "إيتان ليفي"),
            LocalizedText.of("en", "Colonel", "he", "אלוף-משנה", "ar", "عقيد"),
            LocalizedText.of("en", "Head of the planning directorate", "he", "ראש אגף התכנון"));

    @Test
    void aPersonIsNamedWithoutASpaceBeforeTheSeparator() {
        String english = render("layout/person.jte", Locale.ENGLISH, Map.of("person", levi));
        assertThat(text(english)).isEqualTo("Colonel Eitan Levi, Head of the planning directorate");

        // The Arabic comma follows the name; the function has no Arabic form and is marked English.
        String arabic = render("layout/person.jte", Locale.forLanguageTag("ar-MA"), Map.of("person", levi));
        assertThat(arabic).startsWith("<span class=\"person\">").endsWith("</span>");
        assertThat(text(arabic)).startsWith("عقيد إيتان ليفي، Head of the planning directorate");
    }

    @Test
    void aLocalizedValueIsItsIsolatedTextAndNothingAround() {
        String html = render(
                "layout/localized.jte",
                Locale.forLanguageTag("he-IL"),
                Map.of("text", LocalizedText.of("en", "people", "he", "אנשים")));
        assertThat(html).isEqualTo("<bdi lang=\"he\">אנשים</bdi>");
    }

    @Test
    void everyTemplateCalledInsideALineIsWrittenOnOneLine() throws IOException {
        Set<String> inline = new TreeSet<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jte")).toList()) {
                Matcher call = INLINE_CALL.matcher(Files.readString(file));
                while (call.find()) {
                    inline.add(call.group(1).replace('.', '/'));
                }
            }
        }
        inline.removeAll(BLOCKS);
        assertThat(inline).contains("layout/localized", "layout/person", "committees/ordinal");
        for (String name : inline) {
            String body = Files.readString(TEMPLATES.resolve(name + ".jte"))
                    .lines()
                    .filter(line -> !line.startsWith("@import") && !line.startsWith("@param"))
                    .reduce("", (a, b) -> a + b + "\n");
            assertThat(body.lines().count())
                    .as("%s.jte is inserted inside sentences: its content must be one line", name)
                    .isEqualTo(1);
            assertThat(Files.readString(TEMPLATES.resolve(name + ".jte")))
                    .as("%s.jte is inserted inside sentences: no line break at its end", name)
                    .doesNotEndWith("\n");
        }
    }

    private String render(String template, Locale locale, Map<String, Object> params) {
        var viewer = new Viewer(locale, null, TestMessages.translator(), null, "/", Markings.standard(), null);
        var out = new StringOutput();
        var all = new java.util.HashMap<String, Object>(params);
        all.put("viewer", viewer);
        templates.render(template, all, out);
        return out.toString();
    }

    /** The text a reader sees: tags dropped, white space as the browser collapses it. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }
}
