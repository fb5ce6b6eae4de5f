package org.entente.workplans;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.agreements.Domain;
import org.entente.shared.Nations;
import org.entente.shared.Translator;

/**
 * The words of a plan's spreadsheet both ways: the export writes types, domains, nations and
 * statuses as words in the sheet's language; an import takes back those words in any of the four
 * languages, or the codes ({@code TRAINING_COURSE}, {@code MAR}, {@code SHARED}), whatever the case
 * and whatever direction marks a spreadsheet program put around them.
 */
final class ActivitySpreadsheetWords {

    static final List<String> LANGUAGES = List.of("ar", "en", "fr", "he");

    private final Map<String, ActivityType> types = new HashMap<>();
    private final Map<String, String> domains = new HashMap<>();
    private final Map<String, String> nations = new HashMap<>();
    private final List<String> parties;

    /**
     * @param parties the plan's parties: the only nations a sheet may name (and {@code SHARED} for costs)
     * @param domains the domains in use
     */
    ActivitySpreadsheetWords(Translator messages, List<String> parties, List<Domain> domains) {
        this.parties = List.copyOf(parties);
        for (ActivityType type : ActivityType.values()) {
            types.put(normalize(type.name()), type);
        }
        for (Domain domain : domains) {
            this.domains.put(normalize(domain.code()), domain.code());
        }
        for (String party : parties) {
            nations.put(normalize(party), party);
        }
        nations.put(normalize(WorkPlans.SHARED_COSTS), WorkPlans.SHARED_COSTS);
        for (String language : LANGUAGES) {
            Locale locale = Locale.forLanguageTag(language);
            for (ActivityType type : ActivityType.values()) {
                types.putIfAbsent(normalize(messages.t(locale, "workplans.activity.type." + type.name())), type);
            }
            for (Domain domain : domains) {
                String name = domain.name().values().get(language);
                if (name != null) {
                    this.domains.putIfAbsent(normalize(name), domain.code());
                }
            }
            for (String party : parties) {
                nations.putIfAbsent(normalize(Nations.name(party, locale)), party);
            }
            nations.putIfAbsent(normalize(messages.t(locale, "workplans.costs.shared")), WorkPlans.SHARED_COSTS);
        }
    }

    List<String> parties() {
        return parties;
    }

    /** The type a cell names (its word in any language, or its code), or null. */
    ActivityType type(String word) {
        return types.get(normalize(word));
    }

    /** The code of the domain a cell names, or null. */
    String domain(String word) {
        return domains.get(normalize(word));
    }

    /** The party a cell names ({@code SHARED} when it names shared costs), or null. */
    String nation(String word) {
        return nations.get(normalize(word));
    }

    /**
     * A cell's text as it compares: letters composed (NFKC), direction marks and isolates dropped,
     * spaces and hyphens as underscores between words, lower case.
     */
    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(plain(text), Normalizer.Form.NFKC)
                .strip()
                .replaceAll("[\\s\\-_]+", "_")
                .toLowerCase(Locale.ROOT);
    }

    /** Text without the direction marks and isolates the export put around values. */
    static String plain(String text) {
        return text == null ? null : text.replaceAll("[\\u200E\\u200F\\u061C\\u2066-\\u2069]", "");
    }
}
