package org.entente.committees;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A change to a committee, a session or an action item refused as submitted: each field the user
 * should correct, with the message key saying why. Nothing was stored.
 */
public class CommitteeRefusedException extends RuntimeException {

    private final Map<String, String> errors;

    CommitteeRefusedException(Map<String, String> errors) {
        super("Refused: " + errors);
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
