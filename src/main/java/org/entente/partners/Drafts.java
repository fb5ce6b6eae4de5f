package org.entente.partners;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.access.AccessPolicy;
import org.entente.shared.Classification;
import org.entente.shared.LocalizedText;
import org.entente.shared.Nations;
import org.entente.shared.Subject;

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

    /** The classification named, if the subject may give it; otherwise null and the field refused. */
    static Classification classification(Subject subject, String name, Map<String, String> errors) {
        try {
            Classification classification = Classification.parse(name == null ? "" : name);
            if (!AccessPolicy.withinClearance(subject, classification)) {
                errors.put("classification", "agreement.new.refused.aboveClearance");
            }
            return classification;
        } catch (IllegalArgumentException unknown) {
            errors.put("classification", "agreement.new.refused.classification");
            return null;
        }
    }

    /** Upper-cased, stripped, distinct codes, blanks dropped; an unknown one refuses the field. */
    static List<String> releasableTo(List<String> codes, Map<String, String> errors) {
        List<String> kept = codes.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> c.strip().toUpperCase(Locale.ROOT))
                .distinct()
                .toList();
        if (kept.stream().anyMatch(n -> !Nations.isKnown(n))) {
            errors.put("releasableTo", "agreement.new.refused.unknownNation");
        }
        return kept;
    }

    /** The non-blank texts of the known languages, stripped. */
    static LocalizedText text(Map<String, String> values) {
        var kept = new LinkedHashMap<String, String>();
        values.forEach((language, text) -> {
            if (language != null && LANGUAGES.contains(language.strip()) && text != null && !text.isBlank()) {
                kept.put(language.strip(), text.strip());
            }
        });
        return new LocalizedText(kept);
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
