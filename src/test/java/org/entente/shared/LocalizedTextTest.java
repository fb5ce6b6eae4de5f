package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    private final LocalizedText rabat = LocalizedText.of("ar", "الرباط", "en", "Rabat");

    @Test
    void showsTheReadersLanguageThenEnglish() {
        assertThat(rabat.in(Locale.forLanguageTag("ar-MA"))).isEqualTo("الرباط");
        assertThat(rabat.in(Locale.FRENCH)).isEqualTo("Rabat");
        assertThat(rabat.languageFor(Locale.FRENCH)).isEqualTo("en");
    }

    @Test
    void roundTripsThroughJson() {
        assertThat(LocalizedText.fromJson(rabat.toJson())).isEqualTo(rabat);
    }

    @Test
    void anEmptyObjectIsATextInNoLanguageNotAnUnreadableOne() {
        assertThat(LocalizedText.fromJson("{}").values()).isEmpty();
        assertThat(LocalizedText.fromJson("{}").unreadable()).isFalse();
        assertThat(LocalizedText.fromJson(" { } ").values()).isEmpty();
        assertThat(LocalizedText.fromJson("{\"en\": \"Rabat\", \"fr\": \"Rabat\"}"))
                .isEqualTo(LocalizedText.of("en", "Rabat", "fr", "Rabat"));
    }

    @Test
    void aStoredTextThatIsNotAnObjectOfStringsIsReadAsUnreadable() {
        for (String bad : new String[] {
            "[1, 2]", "\"Rabat\"", "{\"en\": null}", "{\"en\": {\"x\": 1}}", "{", "{\"en\": \"Rabat\"} [", "", null
        }) {
            assertThat(LocalizedText.fromJson(bad)).as(bad).isSameAs(LocalizedText.UNREADABLE);
        }
        assertThat(LocalizedText.UNREADABLE.unreadable()).isTrue();
        assertThat(LocalizedText.UNREADABLE.in(Locale.ENGLISH)).isEmpty();
        assertThat(rabat.unreadable()).isFalse();
        assertThat(new LocalizedText(java.util.Map.of()).unreadable()).isFalse();
    }
}
