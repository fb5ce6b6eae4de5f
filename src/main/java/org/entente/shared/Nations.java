package org.entente.shared;

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

    private Nations() {}

    public static boolean isKnown(String alpha3) {
        return alpha3 != null && ALPHA3_TO_ALPHA2.containsKey(alpha3);
    }

    public static Set<String> codes() {
        return ALPHA3_TO_ALPHA2.keySet();
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
