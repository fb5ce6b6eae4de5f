package org.entente.partners;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.shared.LocalizedText;
import org.entente.shared.Nations;

/** The checks organizations and people share. */
final class Drafts {

    /** The languages a name, a rank or a position may be written in, in the forms' order. */
    static final List<String> LANGUAGES = List.of("en", "fr", "ar", "he");

    private Drafts() {}

    /** The nation's code upper-cased, or null and the field refused. */
    static String nation(String typed, Map<String, String> errors) {
        String code = typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
        if (!Nations.isKnown(code)) {
            errors.put("nation", "partners.refused.nation");
            return null;
        }
        return code;
    }

    /** The non-blank texts of the known languages, stripped. */
    static LocalizedText text(Map<String, String> values) {
        return LocalizedText.nonBlank(values, LANGUAGES);
    }

    /** Refuses the field when a language's form carries bidi embeddings, overrides or unpaired isolates. */
    static void refuseOverrides(String field, LocalizedText text, Map<String, String> errors) {
        if (org.entente.shared.BidiControls.refused(text)) {
            errors.putIfAbsent(field, org.entente.shared.BidiControls.REFUSED);
        }
    }

    /** Stripped, or null when blank. */
    static String optional(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
