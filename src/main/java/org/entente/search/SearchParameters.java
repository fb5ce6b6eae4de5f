package org.entente.search;

import java.util.Map;
import java.util.function.Function;
import org.entente.shared.Classification;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;

/**
 * The query string of the search page and the API read into {@link SearchController.Asked} by hand,
 * then validated by the same validator and constraints as before. Spring's constructor binding of a
 * record parsed the constructor parameters' annotations anew on every request (the JDK does not keep
 * them, and Spring asks twice per parameter: its nullness check and {@code @BindParam}): a fifth of
 * the common word's page in JFR's samples (search17g, docs/search.md). A value that cannot be
 * converted (letters for a number, an unknown classification) is a binding failure naming its field,
 * left null, as Spring's binder records it; blank values are absent and values are stripped as
 * Spring's converters do.
 */
final class SearchParameters {

    static final String OBJECT = "asked";

    private SearchParameters() {}

    /** The parameters read and validated against {@code groups}; the target is the {@code Asked}. */
    static BindingResult bind(Map<String, String[]> parameters, SmartValidator validator, Object... groups) {
        var read = new Reading(parameters);
        var asked = new SearchController.Asked(
                read.text("q"),
                read.text("type"),
                read.value("committee", Long::valueOf),
                read.value("year", Integer::valueOf),
                read.text("status"),
                read.text("nation"),
                read.value("classification", Classification::valueOf),
                read.value("page", Integer::valueOf),
                read.value("size", Integer::valueOf));
        var result = new DirectFieldBindingResult(asked, OBJECT);
        read.failures.forEach((field, value) -> result.addError(new FieldError(
                OBJECT,
                field,
                value,
                true,
                result.resolveMessageCodes("typeMismatch", field),
                new Object[] {new DefaultMessageSourceResolvable(new String[] {OBJECT + "." + field, field}, field)},
                "Failed to convert the value of " + field)));
        validator.validate(asked, result, groups);
        return result;
    }

    private static final class Reading {
        private final Map<String, String[]> parameters;
        private final Map<String, String> failures = new java.util.LinkedHashMap<>();

        Reading(Map<String, String[]> parameters) {
            this.parameters = parameters;
        }

        /** The value as typed; several values joined by commas, as Spring joins them for a text. */
        String text(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : String.join(",", values);
        }

        /** The value converted, null when absent or blank, or a binding failure when it cannot be. */
        <T> T value(String name, Function<String, T> convert) {
            String text = text(name);
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return convert.apply(text.strip());
            } catch (IllegalArgumentException notThatKind) { // NumberFormatException too
                failures.put(name, text);
                return null;
            }
        }
    }
}
