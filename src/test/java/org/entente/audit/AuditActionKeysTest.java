package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.entente.shared.RecordType;
import org.junit.jupiter.api.Test;

/**
 * Every audit action written anywhere in {@code src/main/java} has a label ({@code
 * audit.action.<code>}) in all five bundles, and so has every detail an event carries ({@code
 * audit.detail.<key>}), so the audit page never shows a code the code base
 * writes today. The actions are found in the sources that record audit events: a dotted code in
 * lower case ({@code committees.session.create}, {@code identity.sign-in}) starting with a module's
 * name, as a literal in those files (a message key read with {@code t(...)} excepted), and the
 * activity's history kinds the store turns into {@code workplans.activity.<kind>}.
 */
class AuditActionKeysTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final List<String> BUNDLES =
            List.of("messages", "messages_en", "messages_fr", "messages_ar", "messages_he");
    /** A file that records audit events, or names the action a refusal is audited as. */
    private static final Pattern RECORDS = Pattern.compile("AuditEvent|@DeniedAs|AuditedDenials");

    private static final Pattern ACTION = Pattern.compile(
            "(?<!t\\(locale, )(?<!t\\()\"((?:access|agreements|attachments|audit|calendar|comments|committees"
                    + "|database|identity|partners|projects|workplans)(?:\\.[a-z][a-z-]*){1,2})\"");
    /**
     * Where a literal that is also a message key ({@code workplans.closing.approve} names a button
     * too) is an action: the first argument of an event, a refusal's audited action, the action a
     * decision is stored under; elsewhere it is the message ({@code errors.put("kind",
     * "partners.refused.kind")}).
     */
    private static final Pattern AUDITED_AS =
            Pattern.compile("(?:AuditEvent\\.\\w+\\(|new AuditEvent\\(|action = |stored\\([^;\"]*?,)\\s*$");
    /** A literal that names a table in SQL, not an action ({@code from workplans.activity}). */
    private static final Pattern TABLE = Pattern.compile("(?:from|update|into|join|table)\\s+[a-z_]+\\.[a-z_]+");
    /** The kinds of activity history the store also audits as {@code workplans.activity.<kind>}. */
    private static final Pattern HISTORY_KIND = Pattern.compile("\"([A-Z][A-Z_]+)\"");
    /** The files that hand the store an activity's history kind, which it audits under that kind. */
    private static final Set<String> HISTORY_WRITERS =
            Set.of("ActivityExecution.java", "PlanClosings.java", "SuspensionCascade.java");

    /** A detail an event carries ({@code .with("reason", …)}), which the page names too. */
    private static final Pattern DETAIL = Pattern.compile("\\.with\\(\\s*\"([a-zA-Z0-9_-]+)\"");

    /** The kind of object an event concerns: its second argument, or a refusal's {@code objectType}. */
    private static final Pattern OBJECT_TYPE = Pattern.compile(
            "(?:AuditEvent\\.\\w+\\(|new AuditEvent\\()\\s*[^,;]+,\\s*(?:\"([a-z-]+)\"|([A-Z_]+)\\b)|objectType = \"([a-z-]+)\"");

    private static final Pattern CONSTANT = Pattern.compile("static final String ([A-Z_]+) = \"([a-z-]+)\"");

    static Set<String> objectTypesInCode() throws IOException {
        Set<String> types = new TreeSet<>();
        java.util.Map<String, String> constants = new java.util.HashMap<>();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                var constant = CONSTANT.matcher(source);
                while (constant.find()) {
                    constants.putIfAbsent(constant.group(1), constant.group(2));
                }
                var type = OBJECT_TYPE.matcher(source);
                while (type.find()) {
                    if (type.group(1) != null) {
                        types.add(type.group(1));
                    } else if (type.group(3) != null) {
                        types.add(type.group(3));
                    } else {
                        named.add(type.group(2));
                    }
                }
            }
        }
        named.stream().map(constants::get).filter(java.util.Objects::nonNull).forEach(types::add);
        return types;
    }

    static Set<String> detailsInCode() throws IOException {
        Set<String> details = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (RECORDS.matcher(source).find()) {
                    var detail = DETAIL.matcher(source);
                    while (detail.find()) {
                        details.add(detail.group(1));
                    }
                }
            }
        }
        return details;
    }

    static Set<String> actionsInCode() throws IOException {
        Properties keys = load("messages");
        Set<String> actions = new TreeSet<>();
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                var table = TABLE.matcher(source);
                while (table.find()) {
                    tables.add(table.group().replaceFirst("^\\w+\\s+", ""));
                }
                if (HISTORY_WRITERS.contains(file.getFileName().toString())) {
                    var kind = HISTORY_KIND.matcher(source);
                    while (kind.find()) {
                        actions.add("workplans.activity." + kind.group(1).toLowerCase(Locale.ROOT));
                    }
                }
                if (!RECORDS.matcher(source).find()) {
                    continue;
                }
                var action = ACTION.matcher(source);
                while (action.find()) {
                    String before = source.substring(Math.max(0, action.start() - 200), action.start());
                    if (!keys.containsKey(action.group(1))
                            || AUDITED_AS.matcher(before).find()) {
                        actions.add(action.group(1));
                    }
                }
            }
        }
        actions.removeAll(tables);
        return actions;
    }

    @Test
    void everyActionTheCodeWritesHasALabelInEveryBundle() throws IOException {
        Set<String> actions = actionsInCode();
        assertThat(actions)
                .as("the scan finds the actions it should")
                .contains("projects.project.list", "identity.sign-in", "workplans.closing.approve", "audit.verify")
                .hasSizeGreaterThan(60);
        assertThat(missing("audit.action.", actions)).isEmpty();
    }

    @Test
    void everyDetailTheCodeWritesHasALabelInEveryBundle() throws IOException {
        Set<String> details = detailsInCode();
        assertThat(details).contains("reason", "labelBefore", "failuresInARow").hasSizeGreaterThan(40);
        assertThat(missing("audit.detail.", details)).isEmpty();
    }

    @Test
    void everyKindOfObjectThatIsNoRecordTypeHasALabelInEveryBundle() throws IOException {
        Set<String> types = objectTypesInCode();
        assertThat(types).contains("audit-trail", "account", "route", "workplan", "session");
        for (RecordType recordType : RecordType.values()) {
            types.remove(recordType.spelled());
        }
        assertThat(missing("audit.object.", types)).isEmpty();
    }

    /** The page's filter is a choice of named actions, not a code to type: every action the code writes is offered. */
    @Test
    void theFilterOffersEveryActionTheCodeWritesByName() throws IOException {
        var groups =
                AuditActionChoices.in(org.entente.shared.TestMessages.translator(), Locale.forLanguageTag("ar-MA"));
        List<String> notOffered = actionsInCode().stream()
                .filter(action -> !AuditActionChoices.offers(groups, action))
                .toList();
        assertThat(notOffered).isEmpty();
        assertThat(AuditActionChoices.offers(groups, "identity."))
                .as("every sign-in and account change")
                .isTrue();
        assertThat(groups).allSatisfy(group -> {
            assertThat(group.name()).doesNotContainPattern("[a-z]");
            assertThat(group.actions())
                    .allSatisfy(choice -> assertThat(choice.name()).doesNotContain(choice.code()));
        });
    }

    private static List<String> missing(String prefix, Set<String> codes) throws IOException {
        List<String> missing = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties messages = load(bundle);
            for (String code : codes) {
                if (messages.getProperty(prefix + code, "").isBlank()) {
                    missing.add(bundle + " lacks " + prefix + code);
                }
            }
        }
        return missing;
    }

    private static Properties load(String bundle) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditActionKeysTest.class.getResourceAsStream("/i18n/" + bundle + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
