package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.entente.shared.Markings;
import org.entente.shared.TestMessages;
import org.junit.jupiter.api.Test;

/**
 * Every moment a page shows — an action item's notes, a comment, a proposal, the audit trail — says
 * when to the minute, in the reader's language: seconds say nothing there (issue 16: one time format).
 */
class ViewerMinuteTest {

    private static final Instant NOTED = Instant.parse("2026-03-12T10:05:42Z");

    private static Viewer in(String language) {
        return new Viewer(
                Locale.forLanguageTag(language), null, TestMessages.translator(), null, "/", Markings.standard(), null);
    }

    @Test
    void aMinuteHasHoursAndMinutesAndNoSeconds() {
        for (String language : new String[] {"en", "fr", "ar-MA", "he"}) {
            String minute = in(language).moment(NOTED);
            assertThat(minute)
                    .as(language)
                    .contains("10:05")
                    .doesNotContain("10:05:42")
                    .contains("2026");
        }
        assertThat(in("ar-MA").moment(NOTED)).contains("مارس");
        assertThat(in("he").moment(NOTED)).contains("במרץ");
    }
}
