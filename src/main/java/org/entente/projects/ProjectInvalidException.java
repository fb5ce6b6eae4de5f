package org.entente.projects;

import java.util.Map;

/** Input refused, field by field (field → message key); nothing was stored. */
public class ProjectInvalidException extends RuntimeException {

    private final Map<String, String> errors;

    public ProjectInvalidException(Map<String, String> errors) {
        super("Refused: " + errors.keySet(), null, false, false);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
