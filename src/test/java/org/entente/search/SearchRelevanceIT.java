package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.entente.DemoApplicationTest;
import org.entente.attachments.Attachments;
import org.entente.database.SuperuserConnections;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.support.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The relevance set (issue 17, item 5): the queries of {@code search/relevance.tsv} over the demo
 * data in the four languages, each with the records it should find, asked through the API as the
 * host's administrator. The records expected are named by hand ({@code type:code or title words})
 * or, for a word that many records hold, by a pattern over their text (titles, body and code) read here
 * without the index's analysis (accents, harakat and niqqud removed, lower case, enum names left out): what a careful reader would
 * count as a match. Recall and precision are averaged over the queries, and the expected first
 * hit must be first where the set says so; each figure must stay above its floor. The figures
 * are written to {@code target/search-relevance.txt}.
 */
@DemoApplicationTest
class SearchRelevanceIT {

    /**
     * Floors just under the figures measured (recall 1.000 and precision 0.991 since Hebrew words are
     * matched by their readings, search17f; 0.994 and 0.989 before): a query losing a third of its
     * records fails, as did הכשרה finding 6 of its 10.
     */
    static final double RECALL_FLOOR = 0.995;

    static final double PRECISION_FLOOR = 0.98;

    /** A word that is only in an attached file, nowhere in any record. */
    static final String ONLY_IN_A_FILE = "Quartzite";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Persona READER = Persona.ADMIN_MAR;

    @Autowired
    MockMvc mvc;

    @Autowired
    SuperuserConnections superuser;

    @Autowired
    Attachments attachments;

    record Entry(String type, long id, String code, List<String> titles, String text, Label label) {
        String key() {
            return type + ":" + id;
        }
    }

    record Case(String language, String query, String expected, String first) {}

    record Figures(Case asked, Set<String> found, Set<String> expected, boolean firstRight) {
        double recall() {
            return expected.isEmpty() ? (found.isEmpty() ? 1 : 1) : hits() / (double) expected.size();
        }

        double precision() {
            return found.isEmpty() ? (expected.isEmpty() ? 1 : 0) : hits() / (double) found.size();
        }

        long hits() {
            return found.stream().filter(expected::contains).count();
        }
    }

    @Test
    void theRelevanceSetStaysAboveItsFloors() throws Exception {
        attachAFileOnce();
        List<Entry> readable = entries().stream()
                .filter(entry -> entry.label()
                        .readableBy(READER.subject().nation(), READER.subject().clearance()))
                .toList();
        MockHttpSession session = signIn(mvc, READER);
        List<Case> cases = cases();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        var figures = new ArrayList<Figures>();
        for (Case asked : cases) {
            Set<String> expected = expected(asked.expected(), readable);
            List<String> found = found(session, asked.query());
            boolean firstRight = asked.first().isEmpty()
                    || (!found.isEmpty() && expected(asked.first(), readable).contains(found.get(0)));
            figures.add(new Figures(asked, new LinkedHashSet<>(found), expected, firstRight));
        }
        double recall = figures.stream().mapToDouble(Figures::recall).average().orElse(0);
        double precision =
                figures.stream().mapToDouble(Figures::precision).average().orElse(0);
        long firsts = cases.stream().filter(c -> !c.first().isEmpty()).count();
        long firstsRight = figures.stream()
                .filter(f -> !f.asked().first().isEmpty() && f.firstRight())
                .count();
        var report = new StringBuilder("language\tquery\texpected\tfound\trecall\tprecision\tfirst\n");
        figures.forEach(f -> report.append("%s\t%s\t%d\t%d\t%.2f\t%.2f\t%s\n"
                .formatted(
                        f.asked().language(),
                        f.asked().query(),
                        f.expected().size(),
                        f.found().size(),
                        f.recall(),
                        f.precision(),
                        f.asked().first().isEmpty() ? "" : f.firstRight() ? "first" : "NOT FIRST")));
        figures.stream()
                .filter(f ->
                        f.hits() < f.expected().size() || f.hits() < f.found().size())
                .forEach(f -> report.append("%s: missed %s; found besides %s%n"
                        .formatted(
                                f.asked().query(),
                                f.expected().stream()
                                        .filter(e -> !f.found().contains(e))
                                        .toList(),
                                f.found().stream()
                                        .filter(e -> !f.expected().contains(e))
                                        .toList())));
        report.append("%d queries: recall %.3f, precision %.3f, expected first hit first %d of %d%n"
                .formatted(cases.size(), recall, precision, firstsRight, firsts));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/search-relevance.txt"), report);
        System.out.println(report);
        assertThat(figures.stream()
                        .filter(f ->
                                f.expected().isEmpty() && !f.asked().expected().equals("none")))
                .as("a query whose expected records are not in the demo proves nothing")
                .isEmpty();
        assertThat(recall).as(report.toString()).isGreaterThanOrEqualTo(RECALL_FLOOR);
        assertThat(precision).as(report.toString()).isGreaterThanOrEqualTo(PRECISION_FLOOR);
        assertThat(firstsRight).as(report.toString()).isEqualTo(firsts);
    }

    private static List<Case> cases() throws Exception {
        var cases = new ArrayList<Case>();
        try (var in = SearchRelevanceIT.class.getResourceAsStream("/search/relevance.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                cases.add(new Case(columns[0], columns[1], columns[2], columns.length > 3 ? columns[3] : ""));
            }
        }
        return cases;
    }

    /**
     * The records a description names: {@code none}; {@code ~pattern} (every record whose text
     * holds it, optionally {@code ~pattern@type}); or {@code type:words|type:words} (records of that
     * type whose code is those words, or one of whose titles holds them).
     */
    private static Set<String> expected(String description, List<Entry> entries) {
        var keys = new LinkedHashSet<String>();
        if (description.equals("none")) {
            return keys;
        }
        if (description.startsWith("~")) {
            String[] parts = description.substring(1).split("@", 2);
            Pattern pattern = Pattern.compile(parts[0]);
            for (Entry entry : entries) {
                if ((parts.length == 1 || entry.type().equals(parts[1]))
                        && pattern.matcher(plain(String.join("\n", entry.titles()) + "\n" + entry.text() + "\n"
                                        + (entry.code() == null ? "" : entry.code())))
                                .find()) {
                    keys.add(entry.key());
                }
            }
            return keys;
        }
        for (String named : description.split("\\|")) {
            String type = named.substring(0, named.indexOf(':'));
            String words = named.substring(named.indexOf(':') + 1);
            for (Entry entry : entries) {
                if (entry.type().equals(type)
                        && (words.equalsIgnoreCase(entry.code())
                                || entry.titles().stream()
                                        .anyMatch(title -> plain(title).contains(plain(words))))) {
                    keys.add(entry.key());
                }
            }
        }
        return keys;
    }

    /** Text as the patterns read it: marks (accents, harakat, niqqud) and tatweel removed, lower case. */
    static String plain(String text) {
        // an enum's name (TRAINING_COURSE) is no text a reader sees: the page shows it in words
        return Normalizer.normalize(text.replaceAll("\\b[A-Z]+(_[A-Z]+)+\\b", " "), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("\u0640", "")
                .replace('’', '\'')
                .toLowerCase(Locale.ROOT);
    }

    private List<String> found(MockHttpSession session, String query) throws Exception {
        JsonNode answer = JSON.readTree(mvc.perform(get("/api/v1/search")
                        .param("q", query)
                        .param("size", "200")
                        .session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        return answer.get("items")
                .valueStream()
                .map(item -> item.get("type").asString() + ":" + item.get("id").asLong())
                .toList();
    }

    /** Every entry, read without row-level security (the readable ones are chosen in Java). */
    private List<Entry> entries() throws Exception {
        var entries = new ArrayList<Entry>();
        try (var connection = superuser.open();
                var statement = connection.prepareStatement("""
                        select record_type, record_id, code, title, classification, owner_nation, releasable_to,
                               (select coalesce(string_agg(f.value, E'\\n'), '') from jsonb_each_text(body) f) as body_text
                          from search.entry""");
                var rows = statement.executeQuery()) {
            while (rows.next()) {
                JsonNode title = JSON.readTree(rows.getString("title"));
                entries.add(new Entry(
                        rows.getString("record_type"),
                        rows.getLong("record_id"),
                        rows.getString("code"),
                        SearchDocument.strings(title),
                        rows.getString("body_text"),
                        new Label(
                                Classification.values()[rows.getShort("classification")],
                                rows.getString("owner_nation"),
                                Set.of((String[]) rows.getArray("releasable_to").getArray()))));
            }
        }
        return entries;
    }

    /** A DOCX on the demo's Israel – Morocco committee whose text holds a word no record holds. */
    private void attachAFileOnce() throws Exception {
        long committee;
        try (var connection = superuser.open();
                var statement = connection.prepareStatement("""
                        select (select count(*) from attachments.attachment where file_name = 'field-notes.docx'),
                               (select min(id) from committees.committee where code = 'JMC-ISR-MAR')""");
                var rows = statement.executeQuery()) {
            rows.next();
            if (rows.getLong(1) > 0) {
                return;
            }
            committee = rows.getLong(2);
        }
        var bytes = new ByteArrayOutputStream();
        try (var document = new XWPFDocument()) {
            document.createParagraph()
                    .createRun()
                    .setText("Field notes: the " + ONLY_IN_A_FILE + " range was surveyed before the exercise.");
            document.write(bytes);
        }
        Persona.PLANNER_MAR.subject().run(() -> {
            try {
                return attachments.upload(
                        Persona.PLANNER_MAR.subject(),
                        org.entente.shared.RecordType.COMMITTEE,
                        committee,
                        "field-notes.docx",
                        new ByteArrayInputStream(bytes.toByteArray()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
