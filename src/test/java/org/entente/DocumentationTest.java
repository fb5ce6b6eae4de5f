package org.entente;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README stays a start page and the documents a clone can read: every link leads to a file
 * (and heading) in the repository, none outside it, and the module table names every module.
 */
class DocumentationTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path README = ROOT.resolve("README.md");
    private static final Path DOCS = ROOT.resolve("docs");
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} +(.+?)\\s*$");

    @Test
    void theReadmeIsAStartPageWithTheTwoCommands() throws IOException {
        List<String> lines = Files.readAllLines(README);
        assertThat(lines).hasSizeLessThanOrEqualTo(150);
        assertThat(lines)
                .contains(
                        "./mvnw spring-boot:run       # runs Entente with the demo programme at http://localhost:8080");
        assertThat(lines).anyMatch(line -> line.startsWith("./mvnw verify "));
    }

    @Test
    void everyLinkLeadsToAFileAndHeadingInTheRepository() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path document : documents()) {
            var matcher = LINK.matcher(Files.readString(document));
            while (matcher.find()) {
                problems.addAll(problemsWith(document, matcher.group(1)));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theLinkCheckCatchesWhatItShould() {
        assertThat(problemsWith(README, "https://example.org/")).hasSize(1);
        assertThat(problemsWith(README, "../shared/design/domain.md")).hasSize(1);
        assertThat(problemsWith(README, "docs/no-such-file.md")).hasSize(1);
        assertThat(problemsWith(README, "docs/modules.md#no-such-heading")).hasSize(1);
        assertThat(problemsWith(README, "docs/modules.md#tests")).isEmpty();
    }

    @Test
    void theModuleTableNamesEveryModule() throws IOException {
        String modules = Files.readString(DOCS.resolve("modules.md"));
        List<String> missing;
        try (Stream<Path> packages = Files.list(ROOT.resolve("src/main/java/org/entente"))) {
            missing = packages.filter(Files::isDirectory)
                    .map(p -> p.getFileName().toString())
                    .filter(module -> !modules.contains("| `" + module + "` |"))
                    .sorted()
                    .toList();
        }
        assertThat(missing).as("modules missing from docs/modules.md").isEmpty();
    }

    private static List<String> problemsWith(Path document, String link) {
        String where = ROOT.relativize(document) + ": " + link;
        if (link.matches("^[a-zA-Z][a-zA-Z+.-]*:.*") || link.startsWith("//")) {
            return List.of(where + " leads outside the repository");
        }
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        Path target =
                file.isEmpty() ? document : document.getParent().resolve(file).normalize();
        if (!target.startsWith(ROOT)) {
            return List.of(where + " leads outside the repository");
        }
        if (!Files.exists(target)) {
            return List.of(where + " leads to no file");
        }
        if (hash >= 0 && target.toString().endsWith(".md")) {
            String anchor = link.substring(hash + 1);
            try {
                var headings = HEADING.matcher(Files.readString(target));
                while (headings.find()) {
                    if (slug(headings.group(1)).equals(anchor)) {
                        return List.of();
                    }
                }
            } catch (IOException e) {
                return List.of(where + " cannot be read: " + e.getMessage());
            }
            return List.of(where + " leads to no heading");
        }
        return List.of();
    }

    /** The anchor a heading gets where Markdown is rendered (lower case, punctuation dropped). */
    private static String slug(String heading) {
        return heading.toLowerCase(Locale.ROOT)
                .replaceAll("[`*_]", "")
                .replaceAll("[^\\p{L}\\p{N} -]", "")
                .replace(' ', '-');
    }

    private static List<Path> documents() throws IOException {
        try (Stream<Path> docs = Files.walk(DOCS)) {
            var all = new ArrayList<>(
                    docs.filter(p -> p.toString().endsWith(".md")).sorted().toList());
            all.add(0, README);
            all.add(ROOT.resolve("bench/README.md"));
            return all;
        }
    }
}
