package org.entente.workplans;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * What an amendment changes, field by field, against the activity as it is now (or every field of a
 * new activity): the page a party reads before deciding. Plain values; the page words them in the
 * reader's language.
 */
public final class AmendmentDiff {

    /** One field: its name (as the forms name it), the value now (null for a new activity), the value proposed. */
    public record Field(String name, Object before, Object after, boolean changed) {}

    private AmendmentDiff() {}

    /** Every field, in the order of the form; {@code current} is null for a new activity. */
    static List<Field> of(ActivityDraft current, ActivityDraft proposed) {
        var fields = new ArrayList<Field>();
        for (String name : ProposalFields.IN_ORDER) {
            Function<ActivityDraft, Object> value = getter(name);
            Object after = value.apply(proposed);
            Object before = current == null ? null : value.apply(current);
            fields.add(new Field(name, before, after, current == null || !Objects.equals(before, after)));
        }
        return fields;
    }

    private static Function<ActivityDraft, Object> getter(String name) {
        return switch (name) {
            case "title" -> ActivityDraft::title;
            case "description" -> ActivityDraft::description;
            case "type" -> ActivityDraft::type;
            case "domain" -> ActivityDraft::domain;
            case "objectiveIds" -> d -> List.copyOf(new java.util.TreeSet<>(d.objectiveIds()));
            case "leadNation" -> ActivityDraft::leadNation;
            case "hostNation" -> ActivityDraft::hostNation;
            case "city" -> ActivityDraft::city;
            case "plannedQuarter" -> ActivityDraft::plannedQuarter;
            case "plannedStart" -> ActivityDraft::plannedStart;
            case "plannedEnd" -> ActivityDraft::plannedEnd;
            case "participants" -> d -> new java.util.TreeMap<>(d.participants());
            case "costBearer" -> ActivityDraft::costBearer;
            default -> throw new IllegalArgumentException(name);
        };
    }
}
