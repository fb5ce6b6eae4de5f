package org.entente.identity;

import java.util.Locale;
import org.entente.shared.Markings;
import org.entente.shared.TestMessages;

/** A page's reader without a Spring context or a sign-in, for unit tests in any package. */
public final class TestViewers {

    private TestViewers() {}

    /** A reader of this language ({@code ar-MA}, {@code en}), signed in as nobody. */
    public static Viewer in(String languageTag) {
        return new Viewer(
                Locale.forLanguageTag(languageTag),
                null,
                TestMessages.translator(),
                null,
                "/",
                Markings.standard(),
                null);
    }
}
