package org.entente.workplans;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.entente.shared.LocalizedText;

/**
 * Reading the pages' forms: an activity's fields, dates and numbers. A value that does not parse
 * is named in {@code errors} and read as absent, so the rules then refuse the draft by field.
 */
final class ActivityForm {

    static final List<String> LANGUAGES = List.of("ar", "en", "fr", "he");

    private ActivityForm() {}

    static ActivityDraft draft(Map<String, String> form, List<String> parties, Map<String, String> errors) {
        var objectives = new ArrayList<Long>();
        form.forEach((key, value) -> {
            if (key.startsWith("objective.")) {
                try {
                    objectives.add(Long.valueOf(key.substring("objective.".length())));
                } catch (NumberFormatException ignored) {
                    errors.put("objectiveIds", "workplans.activity.objectives.unknown");
                }
            }
        });
        var participants = new TreeMap<String, Integer>();
        for (String nation : parties) {
            Integer count = number(form, "participants." + nation, errors, "participants");
            if (count != null) {
                participants.put(nation, count);
            }
        }
        ActivityType type = null;
        String typeName = blankToNull(form.get("type"));
        if (typeName != null) {
            try {
                type = ActivityType.valueOf(typeName);
            } catch (IllegalArgumentException unknown) {
                errors.put("type", "workplans.activity.type.required");
            }
        }
        return new ActivityDraft(
                text(form, "title"),
                text(form, "description"),
                type,
                blankToNull(form.get("domain")),
                objectives,
                blankToNull(form.get("leadNation")),
                blankToNull(form.get("hostNation")),
                text(form, "city"),
                number(form, "plannedQuarter", errors, "plannedQuarter"),
                date(form, "plannedStart", errors),
                date(form, "plannedEnd", errors),
                participants,
                blankToNull(form.get("costBearer")));
    }

    /** The form's fields for an existing activity, to edit it. */
    static Map<String, String> of(ActivitySummary a) {
        var form = new LinkedHashMap<String, String>();
        a.title().values().forEach((l, v) -> form.put("title." + l, v));
        a.description().values().forEach((l, v) -> form.put("description." + l, v));
        a.city().values().forEach((l, v) -> form.put("city." + l, v));
        form.put("type", a.type() == null ? "" : a.type().name());
        form.put("domain", a.domain());
        a.objectiveIds().forEach(id -> form.put("objective." + id, "on"));
        form.put("leadNation", a.leadNation());
        form.put("hostNation", a.hostNation());
        form.put(
                "plannedQuarter",
                a.plannedQuarter() == null ? "" : a.plannedQuarter().toString());
        form.put(
                "plannedStart", a.plannedStart() == null ? "" : a.plannedStart().toString());
        form.put("plannedEnd", a.plannedEnd() == null ? "" : a.plannedEnd().toString());
        a.participants().forEach((n, c) -> form.put("participants." + n, c.toString()));
        form.put("costBearer", a.costBearer());
        form.put("version", Integer.toString(a.version()));
        return form;
    }

    static LocalizedText text(Map<String, String> form, String field) {
        var values = new LinkedHashMap<String, String>();
        for (String language : LANGUAGES) {
            String value = form.get(field + "." + language);
            if (value != null && !value.isBlank()) {
                values.put(language, value.strip());
            }
        }
        return new LocalizedText(values);
    }

    static Integer number(Map<String, String> form, String field, Map<String, String> errors, String errorField) {
        String value = blankToNull(form.get(field));
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            errors.put(errorField, "workplans.field.number");
            return null;
        }
    }

    static LocalDate date(Map<String, String> form, String field, Map<String, String> errors) {
        String value = blankToNull(form.get(field));
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            errors.put(field, "workplans.field.date");
            return null;
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String upper(String value) {
        String clean = blankToNull(value);
        return clean == null ? null : clean.toUpperCase(Locale.ROOT);
    }
}
