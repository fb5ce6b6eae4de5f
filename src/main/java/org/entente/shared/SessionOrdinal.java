package org.entente.shared;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session's number as an ordinal in the reader's language, from CLDR's rule-based number formats:
 * "الدورة الثالثة" (feminine, agreeing with دورة), "הישיבה השלישית" (feminine, agreeing with ישיבה),
 * "3rd session", "3e session". Arabic and Hebrew spell the ordinal out up to the tenth, where it
 * reads well; past it they fall back to digits ("الدورة 23", "הישיבה ה־23").
 *
 * @param key the message key that places the ordinal next to the noun
 * @param ordinal the ordinal itself, spelled out or in digits
 */
public record SessionOrdinal(String key, String ordinal) {

    /** The last number Arabic and Hebrew spell out. */
    static final int SPELLED_UP_TO = 10;

    /**
     * Ordinals already spelled, by language and number: a rule-based format parses its CLDR rules
     * when built (a millisecond and more), and a page shows several ordinals. Bounded by the four
     * languages and the sessions' numbers.
     */
    private static final Map<String, SessionOrdinal> SPELLED = new ConcurrentHashMap<>();

    /** Numbers above this are spelled each time, not kept. */
    static final int KEPT_UP_TO = 1000;

    public static SessionOrdinal of(Locale locale, int number) {
        if (number < 0 || number > KEPT_UP_TO) {
            return spell(locale, number);
        }
        return SPELLED.computeIfAbsent(locale.toLanguageTag() + " " + number, key -> spell(locale, number));
    }

    /**
     * The session named in the reader's language, the noun with its ordinal ("الدورة الثالثة",
     * "3e session"): for the places that hold only the number (a calendar's entries).
     */
    public static String named(Translator translator, Locale locale, int number) {
        SessionOrdinal ordinal = of(locale, number);
        return translator.t(locale, ordinal.key(), ordinal.ordinal());
    }

    private static SessionOrdinal spell(Locale locale, int number) {
        String language = locale.getLanguage();
        ULocale icu = ULocale.forLocale(locale);
        if ((language.equals("ar") || language.equals("he") || language.equals("iw")) && number <= SPELLED_UP_TO) {
            var spellout = new RuleBasedNumberFormat(icu, RuleBasedNumberFormat.SPELLOUT);
            return new SessionOrdinal("session.ordinal.spelled", spellout.format(number, "%spellout-ordinal-feminine"));
        }
        if (language.equals("ar") || language.equals("he") || language.equals("iw")) {
            return new SessionOrdinal("session.ordinal.digits", Integer.toString(number));
        }
        var ordinal = new RuleBasedNumberFormat(icu, RuleBasedNumberFormat.ORDINAL);
        if (language.equals("fr")) {
            // "session" is feminine: 1re, 2e, 3e…
            return new SessionOrdinal("session.ordinal.digits", ordinal.format(number, "%digits-ordinal-feminine"));
        }
        return new SessionOrdinal("session.ordinal.digits", ordinal.format(number));
    }
}
