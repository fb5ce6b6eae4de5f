package org.entente.shared.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code page} (from 0) and {@code size} of a list request, the same on every list: a size
 * above {@value #MAX_SIZE} is cut to it, anything that is not a whole number in range is refused
 * with a 400 problem naming the parameter.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    /** Reads both parameters as given (either may be {@code null}); throws {@link ApiRequestInvalid}. */
    public static Paging of(String page, String size) {
        var errors = new ArrayList<ApiRequestInvalid.FieldError>();
        Paging paging = of(page, size, errors);
        if (!errors.isEmpty()) {
            throw new ApiRequestInvalid(errors);
        }
        return paging;
    }

    /** Reads both parameters, adding what is wrong to {@code errors} for the caller to report with its own. */
    public static Paging of(String page, String size, List<ApiRequestInvalid.FieldError> errors) {
        int pageNumber = number(page, 0, 0, "page", errors);
        int pageSize = number(size, DEFAULT_SIZE, 1, "size", errors);
        return new Paging(pageNumber, Math.min(pageSize, MAX_SIZE));
    }

    public long offset() {
        return (long) page * size;
    }

    private static int number(
            String text, int absent, int least, String field, List<ApiRequestInvalid.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= least) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(new ApiRequestInvalid.FieldError(
                field, least == 0 ? "api.number.notNegative" : "api.number.positive", field));
        return least;
    }
}
