package org.entente.shared;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ISO 3166-1 alpha-3 nation codes, with names from the JDK's CLDR data (never a hand-typed list).
 */
public final class Nations {

    private static final Map<String, String> ALPHA3_TO_ALPHA2 = new TreeMap<>();

    /** Names asked before: the JDK looks each up in its locale data anew (about 9 KiB each). */
    private static final Map<Named, String> NAMES = new ConcurrentHashMap<>();

    /** Enough for every nation in every language a reader can choose; past it, names are not kept. */
    private static final int NAMES_KEPT = 4_096;

    private record Named(String alpha3, Locale locale) {}

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA3_TO_ALPHA2.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
    }

    /** Every code, in the order of its name in a language: built once per language, read by every form. */
    private static final Map<Locale, List<String>> BY_NAME = new ConcurrentHashMap<>();

    private Nations() {}

    /**
     * Every nation's code, in the alphabetical order of its name in the given language (as a form
     * offers them, by name: "Allemagne, Arabie saoudite…", "ألمانيا، إثيوبيا…").
     */
    public static List<String> byName(Locale locale) {
        return BY_NAME.computeIfAbsent(locale, l -> {
            Collator collator = Collator.getInstance(ULocale.forLocale(l));
            return ALPHA3_TO_ALPHA2.keySet().stream()
                    .sorted(Comparator.comparing((String code) -> name(code, l), collator))
                    .toList();
        });
    }

    public static boolean isKnown(String alpha3) {
        return alpha3 != null && ALPHA3_TO_ALPHA2.containsKey(alpha3);
    }

    public static Set<String> codes() {
        return ALPHA3_TO_ALPHA2.keySet();
    }

    /**
     * The codes in a form's text ("ISR, FRA", or boxes ticked, which the form binds as "ISR,FRA"),
     * as a set, to show them ticked again; nothing for an empty text.
     */
    public static Set<String> listed(String text) {
        if (text == null || text.isBlank()) {
            return Set.of();
        }
        return java.util.Arrays.stream(text.toUpperCase(Locale.ROOT).split("[,;\\s]+"))
                .filter(code -> !code.isEmpty())
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The two-letter region code CLDR uses for locales, e.g. MAR → MA. */
    public static String region(String alpha3) {
        String alpha2 = ALPHA3_TO_ALPHA2.get(alpha3);
        if (alpha2 == null) {
            throw new IllegalArgumentException("Unknown nation code: " + alpha3);
        }
        return alpha2;
    }

    /** The nation's name in the given language, from CLDR. */
    public static String name(String alpha3, Locale locale) {
        var named = new Named(alpha3, locale);
        String name = NAMES.get(named);
        if (name == null) {
            name = new Locale("", region(alpha3)).getDisplayCountry(locale);
            if (NAMES.size() < NAMES_KEPT) {
                NAMES.put(named, name);
            }
        }
        return name;
    }
}
