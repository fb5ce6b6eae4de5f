package org.entente.shared;

import java.io.Serializable;
import java.util.Locale;
import java.util.Map;

/**
 * Who did something, as pages, documents and API answers name them: the person an account belongs
 * to (name, rank or title and function per language, nation), never the account's login name. A
 * person the reader may not know (not linked to the account, or their record hidden from the reader)
 * is {@link #unnamed(String)}: only the nation shows.
 */
public record PersonName(String nation, LocalizedText name, LocalizedText rank, LocalizedText function, Long id)
        implements Serializable {

    private static final LocalizedText NONE = new LocalizedText(Map.of());

    public PersonName {
        name = name == null ? NONE : name;
        rank = rank == null ? NONE : rank;
        function = function == null ? NONE : function;
    }

    /** A person without the id of their record (one the reader is not to be sent to). */
    public PersonName(String nation, LocalizedText name, LocalizedText rank, LocalizedText function) {
        this(nation, name, rank, function, null);
    }

    /**
     * The page of the person's record ({@code /people/42}) when the reader may read it, else empty: the
     * id is set only where the record was read under the reader's need-to-know.
     */
    public java.util.Optional<String> href() {
        return id == null || !named() ? java.util.Optional.empty() : java.util.Optional.of("/people/" + id);
    }

    /** Someone of this nation (null when even that is unknown) whose name the reader may not see. */
    public static PersonName unnamed(String nation) {
        return new PersonName(nation, NONE, NONE, NONE, null);
    }

    public boolean named() {
        return !name.values().isEmpty() && !name.unreadable();
    }

    /**
     * The person in the reader's language, as one line of text ("Brigadier General Ben Slimane,
     * Director of International Cooperation"; "ممثل (إسرائيل)" for one the reader may not know): the
     * one rendering every page, document and message uses. The forms shown are the best available
     * ({@link LocalizedText#in(Locale)}); the HTML rendering marks the ones not in the reader's
     * language.
     */
    public String text(Translator messages, Locale locale) {
        if (!named()) {
            return nation == null
                    ? messages.t(locale, "person.system")
                    : messages.t(locale, "person.unnamed", Nations.name(nation, locale));
        }
        String who = rank.values().isEmpty()
                ? name.in(locale)
                : messages.t(locale, "person.rankAndName", rank.in(locale), name.in(locale));
        return function.values().isEmpty()
                ? who
                : messages.t(locale, "person.nameAndFunction", who, function.in(locale));
    }

    /** Whether a shown form is not in the reader's language: the page marks its original language. */
    public static boolean translationMissing(LocalizedText text, Locale locale) {
        return !text.values().isEmpty() && !text.languageFor(locale).equals(locale.getLanguage());
    }
}
