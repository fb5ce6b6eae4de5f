package org.entente;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.support.Personas;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's rules that a reader could otherwise only check with grep: the label rules are written
 * once, in {@code AccessPolicy}; the demo personas sign in through {@code support.Personas}; and the
 * repository holds nothing its own {@code .gitignore} ignores (the jqwik database was once committed).
 */
class OneWayOfDoingThingsTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path MAIN = ROOT.resolve("src/main/java/org/entente");
    private static final Path TESTS = ROOT.resolve("src/test/java/org/entente");

    /** "The owner nation writes" and "never above one's own clearance" spelled out by hand. */
    private static final List<Pattern> LABEL_RULES_BY_HAND = List.of(
            Pattern.compile("\\.owner\\(\\)\\s*\\.equals\\("),
            Pattern.compile("\\.equals\\([\\w.()]*\\.owner\\(\\)\\)"),
            Pattern.compile("\\.clearance\\(\\)\\s*\\.dominates\\("));

    /** The two advices that answer every refusal: pages and the API. */
    private static final List<String> ONE_REFUSAL_PATH =
            List.of("shared/web/PageExceptionHandler.java", "shared/api/ApiExceptionHandler.java");

    /** Test classes that sign in through the form on purpose, and why. */
    private static final Map<String, String> OWN_SIGN_IN =
            Map.of("audit/AuditIT.java", "a refused sign-in is audited: it signs in with wrong passwords");

    @Test
    void theLabelRulesAreWrittenOnlyInTheAccessPolicy() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : sources(MAIN)) {
            if (source.endsWith("access/AccessPolicy.java")) {
                continue;
            }
            List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (LABEL_RULES_BY_HAND.stream()
                        .anyMatch(rule -> rule.matcher(line).find())) {
                    found.add(MAIN.relativize(source) + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(found)
                .as("use AccessPolicy.ownerNationOf, speaksFor or withinClearance instead")
                .isEmpty();
    }

    /**
     * One refusal path: exceptions are answered by the two {@code @ControllerAdvice} classes only,
     * never by an {@code @ExceptionHandler} a controller keeps for itself (the spreadsheet import
     * had one for its refusals, the attachments' API one for a file above the limit).
     */
    @Test
    void onlyTheTwoAdvicesHandleExceptions() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : sources(MAIN)) {
            String name = MAIN.relativize(source).toString();
            if (!ONE_REFUSAL_PATH.contains(name)
                    && Files.readAllLines(source, StandardCharsets.UTF_8).stream()
                            .anyMatch(line -> line.strip().startsWith("@ExceptionHandler"))) {
                found.add(name);
            }
        }
        assertThat(found)
                .as("an @ExceptionHandler outside the two advices " + ONE_REFUSAL_PATH
                        + ": throw a Refused or NotReadable instead")
                .isEmpty();
    }

    @Test
    void theDemoPersonasSignInThroughTestSupport() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : sources(TESTS)) {
            String name = TESTS.relativize(source).toString();
            if (name.startsWith("support/") || source.endsWith("OneWayOfDoingThingsTest.java")) {
                continue;
            }
            String text = Files.readString(source, StandardCharsets.UTF_8);
            if (text.contains('"' + Personas.DEMO_PASSWORD + '"')) {
                found.add(name + " spells the demo password (Personas.DEMO_PASSWORD)");
            }
            boolean signInTest = name.startsWith("identity/") || OWN_SIGN_IN.containsKey(name);
            if (!signInTest && text.contains("formLogin()")) {
                found.add(name + " signs in through its own formLogin() (Personas.signIn)");
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theRepositoryTracksNothingItIgnores() throws Exception {
        assumeTrue(Files.exists(ROOT.resolve(".git")), "not a git checkout");
        Process git;
        try {
            git = new ProcessBuilder("git", "ls-files", "--cached", "--ignored", "--exclude-standard")
                    .directory(ROOT.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException noGit) {
            assumeTrue(false, "git is not installed");
            return;
        }
        String tracked = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(git.exitValue()).as(tracked).isZero();
        assertThat(tracked.lines().toList())
                .as("files in git that .gitignore ignores")
                .isEmpty();
    }

    private static List<Path> sources(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
