package org.entente.projects;

import static org.entente.projects.ProjectPageForms.orEmpty;
import static org.entente.projects.ProjectPageForms.strip;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.entente.shared.Classification;
import org.entente.shared.Limits;
import org.entente.shared.web.AtMost;
import org.entente.shared.web.LanguageTexts;

/**
 * The project form as posted, every field as typed so that a refused form comes back as typed.
 * Bean Validation checks the shape (lengths; companies and the agreement bind as numbers, so a
 * value that is none is refused by name); {@link Projects#create} and {@link Projects#update} check
 * the rules and refuse each bad field by name.
 */
record ProjectForm(
        @Valid @AtMost(max = Limits.TITLE) LanguageTexts title,
        @Valid @AtMost(max = Limits.TEXT) LanguageTexts description,
        @Valid @AtMost(max = Limits.NAME) LanguageTexts site,

        @Size(max = Limits.CODE) String hostNation,

        @Size(max = Limits.CODE) String partnerNation,

        List<Long> companies,
        Long agreementId,

        @Size(max = Limits.CODE) String domain,

        @Size(max = Limits.CODE) String start,

        @Size(max = Limits.CODE) String plannedEnd,

        @Size(max = Limits.CODE) String status,

        @Valid @AtMost(max = Limits.NAME) LanguageTexts responsibleHost,

        @Valid @AtMost(max = Limits.NAME) LanguageTexts responsiblePartner,

        @Size(max = Limits.CODE) String classification,

        @Size(max = Limits.SHORT_TEXT) String releasableTo,

        Boolean illustrative) {

    ProjectForm {
        title = LanguageTexts.orEmpty(title);
        description = LanguageTexts.orEmpty(description);
        site = LanguageTexts.orEmpty(site);
        responsibleHost = LanguageTexts.orEmpty(responsibleHost);
        responsiblePartner = LanguageTexts.orEmpty(responsiblePartner);
        // A company that could not be read as a number is already refused by the binding.
        companies = companies == null
                ? List.of()
                : companies.stream().filter(Objects::nonNull).toList();
        illustrative = Boolean.TRUE.equals(illustrative); // an unticked box is not posted
    }

    /** The form a planner starts from: their own nation the host, planned, RESTRICTED. */
    static ProjectForm startingFor(String nation) {
        return new ProjectForm(
                null,
                null,
                null,
                nation,
                "",
                List.of(),
                null,
                "",
                "",
                "",
                ProjectStatus.PLANNED.name(),
                null,
                null,
                Classification.RESTRICTED.name(),
                "",
                false);
    }

    /** The form showing a stored project, to change it. */
    static ProjectForm of(ProjectSummary project) {
        return new ProjectForm(
                LanguageTexts.of(project.title().values()),
                LanguageTexts.of(project.description().values()),
                LanguageTexts.of(project.site().values()),
                project.hostNation(),
                project.partnerNation(),
                project.companies(),
                project.agreementId(),
                project.domain() == null ? "" : project.domain(),
                project.start().toString(),
                project.plannedEnd().toString(),
                project.status().name(),
                LanguageTexts.ofOptional(project.responsible().get(project.hostNation())),
                LanguageTexts.ofOptional(project.responsible().get(project.partnerNation())),
                project.label().classification().name(),
                String.join(
                        ", ", project.label().releasableTo().stream().sorted().toList()),
                project.illustrative());
    }

    /** The form as the service takes it: still unchecked, the rules are the service's. */
    ProjectDraft draft() {
        String host = code(hostNation);
        String partner = code(partnerNation);
        var responsible = new LinkedHashMap<String, Map<String, String>>();
        responsible.put(host, responsibleHost.asMap());
        responsible.put(partner, responsiblePartner.asMap());
        return new ProjectDraft(
                title.asMap(),
                description.asMap(),
                host,
                partner,
                companies,
                site.asMap(),
                agreementId,
                strip(domain),
                strip(start),
                strip(plannedEnd),
                strip(status),
                responsible,
                strip(classification),
                Arrays.stream(strip(releasableTo).split("[,\\s]+"))
                        .filter(s -> !s.isBlank())
                        .toList(),
                illustrative);
    }

    /** Field name → value as typed, for the template ({@code title.en}…; companies joined by commas). */
    Map<String, String> values() {
        var values = new LinkedHashMap<String, String>();
        title.asMap().forEach((language, text) -> values.put("title." + language, text));
        description.asMap().forEach((language, text) -> values.put("description." + language, text));
        site.asMap().forEach((language, text) -> values.put("site." + language, text));
        values.put("hostNation", orEmpty(hostNation));
        values.put("partnerNation", orEmpty(partnerNation));
        values.put("companies", companies.stream().map(String::valueOf).collect(Collectors.joining(",")));
        values.put("agreementId", agreementId == null ? "" : agreementId.toString());
        values.put("domain", orEmpty(domain));
        values.put("start", orEmpty(start));
        values.put("plannedEnd", orEmpty(plannedEnd));
        values.put("status", orEmpty(status));
        values.putAll(responsibleHost.fields("responsibleHost"));
        values.putAll(responsiblePartner.fields("responsiblePartner"));
        values.put("classification", orEmpty(classification));
        values.put("releasableTo", orEmpty(releasableTo));
        if (illustrative) {
            values.put("illustrative", "on");
        }
        return values;
    }

    private static String code(String typed) {
        return strip(typed).toUpperCase(Locale.ROOT);
    }
}
