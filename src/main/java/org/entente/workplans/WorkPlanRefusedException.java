package org.entente.workplans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.shared.Refused;

/**
 * A change the plan's rules or its fields refuse: a {@link Refused} whose fields name each field to
 * correct (or {@code "plan"}/{@code "activity"} for a rule) with the message key telling why, in the
 * user's language. Nothing was changed. Nobody catches it: pages show the form again (422) through
 * {@code Forms.submit}, the API answers 422 with {@code errors[]}.
 */
public class WorkPlanRefusedException extends Refused {

    private final Map<String, String> errors;

    WorkPlanRefusedException(Map<String, String> errors) {
        super(errors.entrySet().stream()
                .map(e -> new FieldError(e.getKey(), e.getValue()))
                .toList());
        this.errors = new LinkedHashMap<>(errors);
    }

    static WorkPlanRefusedException of(String field, String messageKey) {
        return new WorkPlanRefusedException(Map.of(field, messageKey));
    }

    @Override
    public String fieldLabelPrefix() {
        return "workplans.field.";
    }

    /** Field → message key, in the order of the form. */
    public Map<String, String> errors() {
        return java.util.Collections.unmodifiableMap(errors);
    }

    /** The fields' names, in the order of the form. */
    List<String> fieldNames() {
        return List.copyOf(errors.keySet());
    }
}
