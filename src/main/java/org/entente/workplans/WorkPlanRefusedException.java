package org.entente.workplans;

import java.util.Map;

/**
 * A change the plan's rules or its fields refuse. Each entry names the field to correct (or
 * {@code "plan"}/{@code "activity"} for a rule) and the message key telling why, in the user's
 * language. Nothing was changed.
 */
public class WorkPlanRefusedException extends RuntimeException {

    private final Map<String, String> errors;

    WorkPlanRefusedException(Map<String, String> errors) {
        super(String.join(", ", errors.values()));
        this.errors = Map.copyOf(errors);
    }

    static WorkPlanRefusedException of(String field, String messageKey) {
        return new WorkPlanRefusedException(Map.of(field, messageKey));
    }

    /** Field → message key. */
    public Map<String, String> errors() {
        return errors;
    }
}
