package org.entente.workplans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.web.AtMost;
import org.entente.shared.web.IsoDate;
import org.entente.shared.web.LanguageTexts;

/**
 * An activity as the plan and activity pages post it (proposal, change, amendment), every field as
 * typed so that a refused form comes back as typed. Bean Validation checks the shape (lengths,
 * numbers, dates); {@link WorkPlans} checks the rules and refuses each bad field by name.
 * Participants bind as {@code participants[MAR]}, objectives as repeated {@code objectiveIds}.
 */
record ActivityForm(
        @Valid @AtMost(max = Limits.TITLE, message = "{limits.title}")
        LanguageTexts title,

        @Valid @AtMost(max = Limits.TEXT, message = "{limits.text}")
        LanguageTexts description,

        @Size(max = Limits.CODE) String type,

        @Size(max = Limits.CODE) String domain,

        List<@Pattern(regexp = "[0-9]{1,18}", message = "{workplans.activity.objectives.unknown}") String> objectiveIds,

        @Size(max = Limits.CODE) String leadNation,

        @Size(max = Limits.CODE) String hostNation,

        @Valid @AtMost(max = Limits.NAME, message = "{limits.name}")
        LanguageTexts city,

        @Pattern(regexp = WorkPlanForms.NUMBER, message = "{workplans.field.number}")
        String plannedQuarter,

        @IsoDate(message = "{workplans.field.date}") String plannedStart,
        @IsoDate(message = "{workplans.field.date}") String plannedEnd,
        Map<String, @Pattern(regexp = WorkPlanForms.NUMBER, message = "{workplans.field.number}") String> participants,

        @Size(max = Limits.CODE) String costBearer,

        @Pattern(regexp = WorkPlanForms.NUMBER, message = "{workplans.field.number}")
        String version,

        /** The rejected amendment this proposal answers (proposed again from its page), or none. */
        @Pattern(regexp = WorkPlanForms.NUMBER, message = "{workplans.field.number}")
        String answers) {

    /** The languages in the forms' order. */
    static final List<String> LANGUAGES = List.of("ar", "en", "fr", "he");

    ActivityForm {
        title = LanguageTexts.orEmpty(title);
        description = LanguageTexts.orEmpty(description);
        city = LanguageTexts.orEmpty(city);
        objectiveIds = objectiveIds == null ? List.of() : List.copyOf(objectiveIds);
        participants = participants == null ? Map.of() : new TreeMap<>(participants);
    }

    /** The activity as the service takes it, for a plan of these parties: still unchecked but for the type. */
    ActivityDraft draft(List<String> parties) {
        if (blankToNull(type) != null && Limits.known(ActivityType.class, type.strip()) == null) {
            throw WorkPlanRefusedException.of("type", "workplans.activity.type.required");
        }
        var counts = new TreeMap<String, Integer>();
        for (String nation : parties) {
            Integer count = WorkPlanForms.number(participants.get(nation));
            if (count != null) {
                counts.put(nation, count);
            }
        }
        return new ActivityDraft(
                text(title),
                text(description),
                Limits.known(ActivityType.class, blankToNull(type)),
                blankToNull(domain),
                objectiveIds.stream().map(Long::valueOf).toList(),
                blankToNull(leadNation),
                blankToNull(hostNation),
                text(city),
                WorkPlanForms.number(plannedQuarter),
                IsoDate.Check.day(plannedStart),
                IsoDate.Check.day(plannedEnd),
                counts,
                blankToNull(costBearer));
    }

    /** The number of the rejected amendment this proposal answers, or null. */
    Integer answered() {
        return WorkPlanForms.number(answers);
    }

    /** Field name → value as typed, for the templates ({@code title.en}, {@code participants.MAR}…). */
    Map<String, String> values() {
        var form = new LinkedHashMap<String, String>();
        title.asMap().forEach((l, v) -> form.put("title." + l, v));
        description.asMap().forEach((l, v) -> form.put("description." + l, v));
        city.asMap().forEach((l, v) -> form.put("city." + l, v));
        form.put("type", orEmpty(type));
        form.put("domain", orEmpty(domain));
        objectiveIds.forEach(id -> form.put("objective." + id, "on"));
        form.put("leadNation", orEmpty(leadNation));
        form.put("hostNation", orEmpty(hostNation));
        form.put("plannedQuarter", orEmpty(plannedQuarter));
        form.put("plannedStart", orEmpty(plannedStart));
        form.put("plannedEnd", orEmpty(plannedEnd));
        participants.forEach((n, c) -> form.put("participants." + n, orEmpty(c)));
        form.put("costBearer", orEmpty(costBearer));
        if (version != null) {
            form.put("version", version);
        }
        if (answers != null && !answers.isBlank()) {
            form.put("answers", answers);
        }
        return form;
    }

    /** The form's fields for an existing activity, to edit it. */
    static Map<String, String> of(ActivitySummary a) {
        var form = of(a.draft());
        form.put("version", Integer.toString(a.version()));
        return form;
    }

    /** The form's fields for an activity as drafted (a rejected proposal, to edit and propose again). */
    static LinkedHashMap<String, String> of(ActivityDraft d) {
        var form = new LinkedHashMap<String, String>();
        d.title().values().forEach((l, v) -> form.put("title." + l, v));
        d.description().values().forEach((l, v) -> form.put("description." + l, v));
        d.city().values().forEach((l, v) -> form.put("city." + l, v));
        form.put("type", d.type() == null ? "" : d.type().name());
        form.put("domain", orEmpty(d.domain()));
        d.objectiveIds().forEach(id -> form.put("objective." + id, "on"));
        form.put("leadNation", orEmpty(d.leadNation()));
        form.put("hostNation", orEmpty(d.hostNation()));
        form.put(
                "plannedQuarter",
                d.plannedQuarter() == null ? "" : d.plannedQuarter().toString());
        form.put(
                "plannedStart", d.plannedStart() == null ? "" : d.plannedStart().toString());
        form.put("plannedEnd", d.plannedEnd() == null ? "" : d.plannedEnd().toString());
        d.participants().forEach((n, c) -> form.put("participants." + n, c.toString()));
        form.put("costBearer", orEmpty(d.costBearer()));
        return form;
    }

    /** The texts typed, stripped, without the empty languages. */
    static LocalizedText text(LanguageTexts texts) {
        var values = new LinkedHashMap<String, String>();
        LanguageTexts.orEmpty(texts).asMap().forEach((language, value) -> {
            if (!value.isBlank()) {
                values.put(language, value.strip());
            }
        });
        return new LocalizedText(values);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String upper(String value) {
        String clean = blankToNull(value);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
