package org.entente.shared;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text written per language ({@code {"ar": "…", "en": "…"}}). Shown in the reader's language
 * when it exists, otherwise in English, otherwise in any language it has.
 */
public record LocalizedText(Map<String, String> values) implements Serializable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The marker of {@link #UNREADABLE}: not a language anyone writes in. */
    private static final String UNREADABLE_MARK = "und";

    /**
     * What a stored text that cannot be read becomes (not a JSON object of strings, written around
     * the constraints): no text in any language, shown as "invalid value" ({@link Limits#INVALID_VALUE}).
     */
    public static final LocalizedText UNREADABLE = new LocalizedText(Map.of(UNREADABLE_MARK, ""));

    public LocalizedText {
        values = Map.copyOf(values);
    }

    public static LocalizedText of(String... languageAndText) {
        var map = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < languageAndText.length; i += 2) {
            map.put(languageAndText[i], languageAndText[i + 1]);
        }
        return new LocalizedText(map);
    }

    public String in(Locale locale) {
        String text = values.get(locale.getLanguage());
        if (text == null) {
            text = values.get("en");
        }
        if (text == null) {
            text = values.values().stream().findFirst().orElse("");
        }
        return text;
    }

    /** The language the text is actually shown in, for a {@code lang} attribute. */
    public String languageFor(Locale locale) {
        if (values.containsKey(locale.getLanguage())) {
            return locale.getLanguage();
        }
        if (values.containsKey("en")) {
            return "en";
        }
        return values.keySet().stream().findFirst().orElse(locale.getLanguage());
    }

    /** As stored in a {@code jsonb} column. */
    public String toJson() {
        return JSON.writeValueAsString(values);
    }

    /** No text in any language: what an empty stored object ({@code {}}) reads as, shared. */
    private static final LocalizedText EMPTY = new LocalizedText(Map.of());

    /**
     * The text stored as {@code json}, or {@link #UNREADABLE} when it is not an object of strings.
     * Read with the streaming parser, not data binding (issue 20: a plan page reads four such
     * columns per activity, and binding each to a map was a fifth of its time); an empty object,
     * the stored default of most of them, is not parsed at all.
     */
    /**
     * The forms typed of the languages among {@code languages} that are not blank, stripped (and
     * their language codes too), in the order typed; empty when none.
     */
    public static LocalizedText nonBlank(Map<String, String> typed, Collection<String> languages) {
        var kept = new LinkedHashMap<String, String>();
        typed.forEach((language, text) -> {
            if (language != null && languages.contains(language.strip()) && text != null && !text.isBlank()) {
                kept.put(language.strip(), text.strip());
            }
        });
        return new LocalizedText(kept);
    }

    public static LocalizedText fromJson(String json) {
        if (json == null) {
            return UNREADABLE;
        }
        if (json.equals("{}")) {
            return EMPTY;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return UNREADABLE;
            }
            var values = new HashMap<String, String>(8);
            for (String language = parser.nextName(); language != null; language = parser.nextName()) {
                JsonToken value = parser.nextToken();
                if (value == null || !value.isScalarValue() || value == JsonToken.VALUE_NULL) {
                    return UNREADABLE;
                }
                values.put(language, parser.getString());
            }
            return parser.currentToken() == JsonToken.END_OBJECT && parser.nextToken() == null
                    ? new LocalizedText(values)
                    : UNREADABLE;
        } catch (JacksonException notJson) {
            return UNREADABLE;
        }
    }

    /** Whether this is a stored text that could not be read, to be shown as "invalid value". */
    public boolean unreadable() {
        return values.size() == 1 && values.containsKey(UNREADABLE_MARK);
    }
}
