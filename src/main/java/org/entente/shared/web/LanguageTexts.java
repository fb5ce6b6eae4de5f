package org.entente.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A text typed in each of Entente's languages, as a form posts it ({@code title.en}, {@code
 * title.ar}…): a form record's component of this type binds those fields. Its length is checked by
 * {@link AtMost}.
 */
public record LanguageTexts(String en, String fr, String ar, String he) {

    /** The languages in the forms' order. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar", "he");

    /** The languages as a form shows them to this reader: theirs first, then the others in the forms' order. */
    public static List<String> forReader(java.util.Locale reader) {
        var ordered = new java.util.ArrayList<String>();
        if (LANGUAGES.contains(reader.getLanguage())) {
            ordered.add(reader.getLanguage());
        }
        LANGUAGES.stream().filter(l -> !ordered.contains(l)).forEach(ordered::add);
        return List.copyOf(ordered);
    }

    public static final LanguageTexts EMPTY = new LanguageTexts("", "", "", "");

    /** Language → text as typed (empty for none), in the forms' order. */
    public Map<String, String> asMap() {
        var texts = new LinkedHashMap<String, String>();
        texts.put("en", orEmpty(en));
        texts.put("fr", orEmpty(fr));
        texts.put("ar", orEmpty(ar));
        texts.put("he", orEmpty(he));
        return texts;
    }

    /** The texts as a form's values keyed "field.language" ({@code note.ar}), as a form shows them again. */
    public Map<String, String> fields(String field) {
        var values = new LinkedHashMap<String, String>();
        asMap().forEach((language, text) -> values.put(field + "." + language, text));
        return values;
    }

    /** The texts of a stored value (languages it lacks are empty). */
    public static LanguageTexts of(Map<String, String> texts) {
        return new LanguageTexts(texts.get("en"), texts.get("fr"), texts.get("ar"), texts.get("he"));
    }

    /** The non-blank texts, stripped, as stored; null when every language is blank. */
    public org.entente.shared.LocalizedText typed() {
        return org.entente.shared.OptionalTexts.typed(asMap());
    }

    /** The texts of a stored value that may be absent (null: all empty). */
    public static LanguageTexts ofOptional(org.entente.shared.LocalizedText text) {
        return text == null ? EMPTY : of(text.values());
    }

    /** Null (a form that sent none of the fields) as empty texts. */
    public static LanguageTexts orEmpty(LanguageTexts texts) {
        return texts == null ? EMPTY : texts;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
