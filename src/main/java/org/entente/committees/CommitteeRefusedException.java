package org.entente.committees;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.shared.Refused;

/**
 * A change to a committee, a session or an action item refused as submitted: each field the user
 * should correct, with the message key saying why. Nothing was stored. A {@link Refused}, so the
 * one refusal path answers it (the form again with 422, or a 422 problem) without a catch.
 */
public class CommitteeRefusedException extends Refused {

    private final transient Map<String, String> errors;

    CommitteeRefusedException(Map<String, String> errors) {
        super(FIELDS, new Object[0], Refused.fields(errors).fields());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    static CommitteeRefusedException of(String field, String messageKey) {
        return new CommitteeRefusedException(Map.of(field, messageKey));
    }

    /** Field name → message key. */
    public Map<String, String> errors() {
        return errors;
    }
}
