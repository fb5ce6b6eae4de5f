package org.entente.shared.edge;

import java.util.List;
import org.entente.shared.api.ApiRequestInvalid;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * What was wrong with a JSON body, as a refusal naming the field: its path through the body
 * ({@code plannedStart}, {@code participants.MAR}, {@code objectiveIds[2]}). A field the record
 * does not have, a {@code null} where a value is needed, a value of the wrong type or an unknown
 * code answer 422; a refused character 400. A body that is not JSON at all (or nested too deep) is
 * no field's fault: {@code null}, the caller answers its general 400.
 */
public final class JsonRefusals {

    private JsonRefusals() {}

    public static ApiRequestInvalid of(Throwable unreadable) {
        DatabindException mapping = find(unreadable);
        if (mapping == null) {
            return null;
        }
        String field = path(mapping.getPath());
        if (mapping instanceof StrictJson.RefusedCharacter) {
            return refusal(400, field, "api.value.control");
        }
        if (mapping instanceof UnrecognizedPropertyException) {
            return refusal(422, field, "api.field.unknown");
        }
        if (mapping instanceof InvalidNullException) {
            return refusal(422, field, "api.value.required");
        }
        if (mapping instanceof InvalidFormatException format
                && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return refusal(422, field, "api.value.unknown");
        }
        if (mapping instanceof MismatchedInputException) {
            return refusal(422, field, "api.value.invalid");
        }
        return null;
    }

    private static ApiRequestInvalid refusal(int status, String field, String key) {
        return new ApiRequestInvalid(status, List.of(new ApiRequestInvalid.FieldError(field, key, field)));
    }

    private static DatabindException find(Throwable error) {
        for (Throwable t = error; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof DatabindException mapping) {
                return mapping;
            }
        }
        return null;
    }

    /** {@code a.b[2].c}; the whole body when the path is empty. */
    static String path(List<JacksonException.Reference> references) {
        var path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ControlCharacters.printable(reference.getPropertyName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
