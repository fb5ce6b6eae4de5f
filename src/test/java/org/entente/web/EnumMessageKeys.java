package org.entente.web;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReader;

/**
 * Every enum of Entente's main code, sorted into those whose constants users read — each with the
 * message keys its constants are shown through — and those they never read, each with the reason.
 * A new enum in neither list fails {@link I18nBundlesTest}, so it cannot slip by untranslated.
 */
final class EnumMessageKeys {

    /**
     * The enums users read, by class name, and the keys of one constant: {@code {name}} stands for
     * the constant's name, {@code {method}} for what that method of the constant answers.
     */
    static final Map<String, List<String>> SHOWN = Map.ofEntries(
            Map.entry("org.entente.shared.Classification", List.of("classification.{name}")),
            Map.entry("org.entente.shared.TimelineEntry$TimelineKind", List.of("timeline.kind.{name}")),
            Map.entry("org.entente.agreements.AgreementKind", List.of("agreement.kind.{name}")),
            Map.entry("org.entente.agreements.AgreementStatus", List.of("agreement.status.{name}")),
            Map.entry("org.entente.agreements.AgreementEventKind", List.of("agreement.event.{name}")),
            Map.entry("org.entente.audit.AuditEvent$Outcome", List.of("audit.outcome.{name}")),
            Map.entry("org.entente.audit.report.Verification$Problem", List.of("audit.problem.{name}")),
            Map.entry("org.entente.committees.CommitteeKind", List.of("committee.kind.{name}")),
            Map.entry("org.entente.committees.Cadence", List.of("committee.cadence.{name}")),
            Map.entry("org.entente.committees.SessionStatus", List.of("session.status.{name}")),
            Map.entry("org.entente.committees.ActionStatus", List.of("action.status.{name}")),
            Map.entry("org.entente.committees.ProgrammeKind", List.of("programme.kind.{name}")),
            Map.entry("org.entente.committees.DelegateRole", List.of("delegate.role.{name}")),
            Map.entry("org.entente.partners.OrganizationKind", List.of("organization.kind.{name}")),
            Map.entry("org.entente.projects.ProjectStatus", List.of("project.status.{name}")),
            Map.entry("org.entente.projects.MilestoneStatus", List.of("milestone.status.{name}")),
            Map.entry("org.entente.projects.Kpi", List.of("kpi.{name}")),
            Map.entry("org.entente.workplans.PlanStatus", List.of("workplans.status.{name}")),
            Map.entry("org.entente.workplans.ActivityStatus", List.of("workplans.activity.status.{name}")),
            Map.entry("org.entente.workplans.ActivityType", List.of("workplans.activity.type.{name}")),
            Map.entry("org.entente.workplans.AmendmentStatus", List.of("workplans.amendment.status.{name}")),
            Map.entry("org.entente.workplans.IndicatorComputation", List.of("workplans.indicator.computation.{name}")),
            Map.entry("org.entente.workplans.SpreadsheetColumn", List.of("{headerKey}")),
            // branch execution: the to-do list's kinds, the year-end choices
            Map.entry("org.entente.shared.TodoItem$TodoKind", List.of("todo.kind.{name}")),
            Map.entry("org.entente.workplans.YearEnd$Choice", List.of("workplans.close.choice.{name}")),
            // notify18: what a notification says happened, and how often mail comes
            Map.entry("org.entente.notifications.NotificationKind", List.of("notifications.kind.{name}")),
            Map.entry("org.entente.notifications.MailChoice", List.of("notifications.mail.choice.{name}")),
            // search17e: the one catalogue of record kinds (search's types, comments' records)
            Map.entry("org.entente.shared.RecordType", List.of("{key}")));

    /** The enums no user reads, and why. */
    static final Map<String, String> NOT_SHOWN = Map.of(
            "org.entente.workplans.ExecutionAction",
            "which execution forms the activity page offers; each form's button has its own message key",
            "org.entente.identity.CommitteeRole",
            "granted in code and by administrators' forms as plain words; no page names a role by its constant",
            "org.entente.identity.SecondFactor$Outcome",
            "what a code check answered, turned into a page's message by the controller",
            "org.entente.workplans.SheetReader$Kind",
            "the type of a spreadsheet cell, internal to the import",
            "org.entente.attachments.FileKind",
            "a file type told by content; users see its media type and extension",
            "org.entente.workplans.SpreadsheetColumn$Use",
            "what an import does with a spreadsheet column, internal to export and import",
            "org.entente.audit.AuditValues$Kind",
            "how the audit page formats a detail's value; the value is shown, never the kind",
            "org.entente.workplans.PlanTodo$Counting",
            "how the navigation's to-do count reads a part of the list, internal to the count");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private EnumMessageKeys() {}

    /** The class names of every enum compiled from {@code src/main/java} under {@code org.entente}. */
    static Set<String> enumsInMainCode() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        var readers = new CachingMetadataReaderFactory(resolver);
        Set<String> enums = new TreeSet<>();
        for (Resource resource : resolver.getResources("classpath*:org/entente/**/*.class")) {
            if (resource.getURL().toString().contains("/test-classes/")) {
                continue;
            }
            MetadataReader reader = readers.getMetadataReader(resource);
            if ("java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName())) {
                enums.add(reader.getClassMetadata().getClassName());
            }
        }
        return enums;
    }

    /** The message keys of every constant of a shown enum. */
    static List<String> keysOf(String enumClass) throws ReflectiveOperationException {
        Class<?> type = Class.forName(enumClass);
        var keys = new java.util.ArrayList<String>();
        for (Object constant : type.getEnumConstants()) {
            for (String template : SHOWN.get(enumClass)) {
                keys.add(fill(template, (Enum<?>) constant));
            }
        }
        return keys;
    }

    private static String fill(String template, Enum<?> constant) throws ReflectiveOperationException {
        Matcher matcher = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (matcher.find()) {
            String value;
            if (matcher.group(1).equals("name")) {
                value = constant.name();
            } else {
                Method method = constant.getDeclaringClass().getDeclaredMethod(matcher.group(1));
                method.setAccessible(true);
                value = String.valueOf(method.invoke(constant));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /**
     * The literal start of a key template ({@code agreement.kind.}), which the code that shows the
     * constants must spell out: a template, or the Java that builds the key.
     */
    static String literalStart(String template) {
        int brace = template.indexOf('{');
        return brace < 0 ? template : template.substring(0, brace);
    }

    /** All of {@code src/main/jte} and {@code src/main/java}, as one text to search in. */
    static String mainSources() throws IOException {
        var all = new StringBuilder();
        for (Path root : List.of(Path.of("src/main/jte"), Path.of("src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    all.append(Files.readString(file)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
