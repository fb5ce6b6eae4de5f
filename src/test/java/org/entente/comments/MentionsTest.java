package org.entente.comments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.entente.shared.LocalizedText;
import org.entente.shared.PersonName;
import org.junit.jupiter.api.Test;

class MentionsTest {

    private static final Map<String, PersonName> PEOPLE = Map.of(
            "planner.isr",
            new PersonName(
                    "ISR",
                    LocalizedText.of("en", "Eitan Levi", "he", "איתן לוי", "ar", "إيتان ليفي"),
                    LocalizedText.of("en", "Colonel"),
                    LocalizedText.of("en", "Head of the planning directorate")),
            "hidden.isr",
            PersonName.unnamed("ISR"));

    @Test
    void aNoticeNamesTheMentionedPersonInTheReadersLanguage() {
        assertThat(Mentions.named("@Planner.ISR راجع الجدول", PEOPLE::get, Locale.forLanguageTag("ar-MA")))
                .isEqualTo("إيتان ليفي راجع الجدول");
        assertThat(Mentions.named("please, @planner.isr.", PEOPLE::get, Locale.FRENCH))
                .isEqualTo("please, Eitan Levi.");
    }

    @Test
    void anUnknownOrHiddenMentionAndAnEmailStayAsTyped() {
        assertThat(Mentions.named("@hidden.isr, @nobody and ops@example.org", PEOPLE::get, Locale.ENGLISH))
                .isEqualTo("@hidden.isr, @nobody and ops@example.org");
    }
}
