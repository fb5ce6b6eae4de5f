package org.entente.workplans;

import java.util.Map;

/**
 * The year-end form as posted: {@code decision[ID]} ({@code CARRY_OVER} or {@code CANCEL}) and
 * {@code reason[ID]} per activity still to be executed; shown again as typed when refused.
 */
public record CloseForm(Map<Long, String> decision, Map<Long, String> reason) {

    public static final CloseForm EMPTY = new CloseForm(Map.of(), Map.of());

    public Map<Long, String> decisions() {
        return decision == null ? Map.of() : decision;
    }

    public Map<Long, String> reasons() {
        return reason == null ? Map.of() : reason;
    }

    /**
     * The reasons as typed, taken as written in the reader's language: this long form has one input
     * per activity, not one per language.
     */
    public Map<Long, org.entente.shared.LocalizedText> reasonsIn(java.util.Locale reader) {
        var typed = new java.util.HashMap<Long, org.entente.shared.LocalizedText>();
        reasons().forEach((id, text) -> {
            var reason = org.entente.shared.OptionalTexts.in(reader.getLanguage(), text);
            if (reason != null) {
                typed.put(id, reason);
            }
        });
        return typed;
    }

    /** What was chosen for the activity, or "". */
    public String choiceOf(long activityId) {
        return decisions().getOrDefault(activityId, "");
    }

    /** The reason typed for the activity, or "". */
    public String reasonOf(long activityId) {
        return reasons().getOrDefault(activityId, "");
    }
}
