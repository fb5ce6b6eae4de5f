package org.entente.identity;

import java.util.Map;

/** A token request the rules refuse: each field with the message key that says why. */
class AccessTokenRefusedException extends RuntimeException {

    private final transient Map<String, String> errors;

    AccessTokenRefusedException(Map<String, String> errors) {
        super("access token refused: " + errors);
        this.errors = Map.copyOf(errors);
    }

    Map<String, String> errors() {
        return errors;
    }
}
