package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NationsTest {

    @Test
    void namesComeFromCldrInEachLanguage() {
        assertThat(Nations.name("MAR", Locale.forLanguageTag("ar-MA"))).isEqualTo("المغرب");
        assertThat(Nations.name("MAR", Locale.forLanguageTag("fr"))).isEqualTo("Maroc");
        assertThat(Nations.name("ISR", Locale.forLanguageTag("he"))).isEqualTo("ישראל");
        assertThat(Nations.name("USA", Locale.ENGLISH)).isEqualTo("United States");
    }

    @Test
    void knowsAlpha3CodesOnly() {
        assertThat(Nations.isKnown("MAR")).isTrue();
        assertThat(Nations.isKnown("MA")).isFalse();
        assertThat(Nations.isKnown("mar")).isFalse();
        assertThat(Nations.codes()).hasSizeGreaterThan(240);
        assertThat(Nations.region("ISR")).isEqualTo("IL");
        assertThatThrownBy(() -> Nations.region("ZZZ")).hasMessageContaining("ZZZ");
    }
}
