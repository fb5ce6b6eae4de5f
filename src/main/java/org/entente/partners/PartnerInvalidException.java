package org.entente.partners;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An organization or person refused as submitted: each field to correct, with the message key saying
 * why, in the order of the form. Nothing was stored.
 */
public class PartnerInvalidException extends RuntimeException {

    private final Map<String, String> errors;

    PartnerInvalidException(Map<String, String> errors) {
        super("Invalid record: " + errors);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** Field name → message key. */
    public Map<String, String> errors() {
        return errors;
    }
}
