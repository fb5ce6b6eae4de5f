package org.entente.documents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Two languages a bilingual document is offered in, named in words, each in its own language
 * ("العربية | Français"), never as codes ("ar | fr").
 *
 * @param first the main language (its column on the side its writing starts from)
 * @param second the other one, or null for a document in one language
 */
public record LanguagePair(String first, String second) {

    /** Each language's name in itself. */
    private static final Map<String, String> NAMES =
            Map.of("ar", "العربية", "en", "English", "fr", "Français", "he", "עברית");

    /** The {@code languages} parameter of a document's address: {@code ar,fr}. */
    public String codes() {
        return second == null ? first : first + "," + second;
    }

    /** The pair in words, each name isolated (FSI…PDI) so that the separator stays between them. */
    public String names() {
        return second == null ? isolated(first) : isolated(first) + " | " + isolated(second);
    }

    public static String name(String language) {
        return NAMES.getOrDefault(language, language);
    }

    private static String isolated(String language) {
        return "\u2068" + name(language) + "\u2069";
    }

    /**
     * Every pair among the languages a record has text in, the reader's language first in the
     * pairs that hold it and those pairs first; a record written in one language offers it alone and
     * beside the reader's; one written in none, the reader's language beside English.
     */
    public static List<LanguagePair> offered(Collection<String> written, String reader) {
        String own = PdfDocuments.LANGUAGES.contains(reader) ? reader : "en";
        var ordered = new LinkedHashSet<String>();
        if (written.contains(own)) {
            ordered.add(own);
        }
        for (String language : List.of("ar", "fr", "en", "he")) {
            if (written.contains(language)) {
                ordered.add(language);
            }
        }
        List<String> languages = List.copyOf(ordered);
        var pairs = new ArrayList<LanguagePair>();
        if (languages.isEmpty()) {
            pairs.add(new LanguagePair(own, own.equals("en") ? "ar" : "en"));
        } else if (languages.size() == 1) {
            pairs.add(new LanguagePair(languages.get(0), null));
            if (!languages.get(0).equals(own)) {
                pairs.add(new LanguagePair(own, languages.get(0)));
            }
        } else {
            for (int i = 0; i < languages.size(); i++) {
                for (int j = i + 1; j < languages.size(); j++) {
                    pairs.add(new LanguagePair(languages.get(i), languages.get(j)));
                }
            }
        }
        return List.copyOf(pairs);
    }
}
