package org.entente.identity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.entente.shared.Translator;

/**
 * The texts one page has asked for, by key and arguments, so that it translates each once: a page
 * asks for the same few again and again (the 500-activity plan's table of 113 rows asks for each
 * row's type, status, quarter and each party's approval: several hundred texts of which a few dozen
 * differ, each looked up in the bundles and most formatted by ICU anew; committee32). Kept for one
 * page only (a {@link Viewer} is made per request and used by its thread), so a text is what the
 * bundles said when the page began, as before.
 */
final class PageTexts {

    /** Texts kept per page at most (a page of thousands of distinct lines keeps the first ones). */
    static final int KEPT = 2_000;

    private final Map<Object, String> said = new HashMap<>();

    /** The text of the key with these arguments: as said before on this page, or as the messages say it now. */
    String t(Translator messages, Locale locale, String key, Object[] args) {
        Object asked = asked(key, args);
        if (asked == null) {
            return messages.t(locale, key, args);
        }
        String text = said.get(asked);
        if (text == null) {
            text = messages.t(locale, key, args);
            if (said.size() < KEPT) {
                said.put(asked, text);
            }
        }
        return text;
    }

    /** How many texts are kept (for tests). */
    int kept() {
        return said.size();
    }

    /**
     * A text's key with its arguments, when they are values that cannot change and whose equality is
     * their content (text, whole numbers, days); null otherwise: such a text is translated every time.
     */
    static Object asked(String key, Object[] args) {
        if (args == null || args.length == 0) {
            return key;
        }
        var asked = new Object[args.length + 1];
        asked[0] = key;
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            if (!(arg instanceof String || arg instanceof Integer || arg instanceof Long || arg instanceof LocalDate)) {
                return null;
            }
            asked[i + 1] = arg;
        }
        return Arrays.asList(asked);
    }
}
