package org.entente.agreements;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A new agreement or context event refused as submitted: each field the user should correct, with the message key
 * saying why, in the order of the form. Nothing was stored.
 */
public class AgreementInvalidException extends RuntimeException {

    private final Map<String, String> errors;

    AgreementInvalidException(Map<String, String> errors) {
        super("Invalid agreement: " + errors);
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    }

    /** Field name → message key. */
    public Map<String, String> errors() {
        return errors;
    }
}
