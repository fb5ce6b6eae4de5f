package org.entente.shared.api;

import java.util.List;

/**
 * A request to the API with invalid parameters or fields: answered 400 (or the status given), as a
 * problem whose {@code errors} name each field with a message in the caller's language.
 */
public class ApiRequestInvalid extends RuntimeException {

    /** One refused field: the message key, formatted with {@code args}. */
    public record FieldError(String field, String messageKey, Object... args) {}

    private final transient List<FieldError> errors;
    private final int status;

    public ApiRequestInvalid(List<FieldError> errors) {
        this(400, errors);
    }

    public ApiRequestInvalid(int status, List<FieldError> errors) {
        super("invalid request: " + errors.stream().map(FieldError::field).toList());
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public int status() {
        return status;
    }
}
