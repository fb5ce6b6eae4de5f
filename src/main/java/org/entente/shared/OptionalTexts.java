package org.entente.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Multilingual text that may be absent (a reason, a note, a source, a unit): stored as a {@code jsonb}
 * object like a title, or SQL null when no language has any text. Absent is {@code null} in Java,
 * never an empty object, so that "is there a reason?" has one answer.
 */
public final class OptionalTexts {

    /** The languages a text may be written in, in the forms' order. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar", "he");

    private OptionalTexts() {}

    /** The text stored as {@code json}; null when the column is null or holds no language. */
    public static LocalizedText read(String json) {
        if (json == null) {
            return null;
        }
        LocalizedText text = LocalizedText.fromJson(json);
        return text.values().isEmpty() ? null : text;
    }

    /** As stored in a {@code jsonb} column: null when there is no text. */
    public static String write(LocalizedText text) {
        return text == null || text.values().isEmpty() ? null : text.toJson();
    }

    /**
     * The non-blank forms of the known languages, stripped; null when none. Zero-width joiners and
     * non-joiners inside words are kept (strip only trims white space at the ends).
     */
    public static LocalizedText typed(Map<String, String> values) {
        if (values == null) {
            return null;
        }
        var kept = new LinkedHashMap<String, String>();
        for (String language : LANGUAGES) {
            String text = values.get(language);
            if (text != null && !Limits.blank(text)) {
                kept.put(language, text.strip());
            }
        }
        return kept.isEmpty() ? null : new LocalizedText(kept);
    }

    /** A typed text in one language (the API's and the importers' plain strings); null when blank. */
    public static LocalizedText in(String language, String text) {
        return text == null || Limits.blank(text) ? null : LocalizedText.of(language, text.strip());
    }

    /**
     * Records the refusal of {@code field} when a language's form is longer than {@code limit} or
     * carries bidi embeddings, overrides or unpaired isolates ({@link BidiControls}: refused, not
     * stripped, so that what is stored is what was typed).
     */
    public static void check(String field, LocalizedText text, int limit, Map<String, String> errors) {
        Limits.check(field, text, limit, errors);
        if (BidiControls.refused(text)) {
            errors.putIfAbsent(field, BidiControls.REFUSED);
        }
    }

    /** As {@link #check}, throwing the refusal of the one field. */
    public static void require(String field, LocalizedText text, int limit) {
        var errors = new LinkedHashMap<String, String>();
        check(field, text, limit, errors);
        if (!errors.isEmpty()) {
            throw Refused.fields(errors);
        }
    }
}
