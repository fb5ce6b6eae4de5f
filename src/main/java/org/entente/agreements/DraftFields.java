package org.entente.agreements;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.shared.LocalizedText;

/** How the module's forms read what was typed: codes, texts, days, a classification. */
final class DraftFields {

    private DraftFields() {}

    /** Upper-cased, stripped, distinct codes, blanks dropped. */
    static List<String> codes(List<String> codes) {
        return codes.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> c.strip().toUpperCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
    }

    /** The non-blank texts, stripped. */
    static LocalizedText text(Map<String, String> values) {
        var kept = new LinkedHashMap<String, String>();
        values.forEach((language, text) -> {
            if (language != null && text != null && !text.isBlank()) {
                kept.put(language.strip(), text.strip());
            }
        });
        return new LocalizedText(kept);
    }

    /**
     * A day a field must hold, typed as {@code YYYY-MM-DD}; null, with the field's error put, when it
     * is empty or names no day.
     */
    static LocalDate requiredDay(String field, String typed, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            errors.put(field, "agreement.refused.dateRequired");
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException notADate) {
            errors.put(field, "agreement.refused.dateInvalid");
            return null;
        }
    }
}
