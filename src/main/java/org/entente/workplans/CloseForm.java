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

    /** What was chosen for the activity, or "". */
    public String choiceOf(long activityId) {
        return decisions().getOrDefault(activityId, "");
    }

    /** The reason typed for the activity, or "". */
    public String reasonOf(long activityId) {
        return reasons().getOrDefault(activityId, "");
    }
}
