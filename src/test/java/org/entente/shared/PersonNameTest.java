package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PersonNameTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar-MA");
    private static final Locale HEBREW = Locale.forLanguageTag("he-IL");

    private final Translator messages = TestMessages.translator();

    private final PersonName planner = new PersonName(
            "MAR",
            LocalizedText.of("ar", "هشام بنسليمان", "en", "Hicham Ben Slimane", "he", "הישאם בן סלימאן"),
            LocalizedText.of("ar", "كولونيل", "en", "Colonel", "he", "אלוף-משנה"),
            LocalizedText.of("ar", "رئيس مكتب التخطيط", "en", "Head of the planning office"));

    @Test
    void namesThePersonWithRankAndFunctionInTheReadersLanguage() {
        assertThat(planner.text(messages, ARABIC)).isEqualTo("كولونيل هشام بنسليمان، رئيس مكتب التخطيط");
        assertThat(planner.text(messages, Locale.ENGLISH))
                .isEqualTo("Colonel Hicham Ben Slimane, Head of the planning office");
    }

    @Test
    void aMissingFormShowsTheBestAvailableAndIsMarkedAsSuch() {
        // No Hebrew function: the English one is shown, and the page marks its language.
        assertThat(planner.text(messages, HEBREW)).isEqualTo("אלוף-משנה הישאם בן סלימאן, Head of the planning office");
        assertThat(PersonName.translationMissing(planner.function(), HEBREW)).isTrue();
        assertThat(PersonName.translationMissing(planner.name(), HEBREW)).isFalse();
    }

    @Test
    void someoneTheReaderMayNotKnowShowsOnlyTheirNation() {
        assertThat(PersonName.unnamed("ISR").text(messages, ARABIC)).isEqualTo("ممثل (إسرائيل)");
        assertThat(PersonName.unnamed("ISR").named()).isFalse();
        assertThat(PersonName.unnamed(null).text(messages, Locale.FRENCH))
                .isEqualTo("Entente (inscription automatique)");
    }

    @Test
    void directionControlsThatReorderTextAreRefusedAndJoinersKept() {
        assertThat(BidiControls.refused("Ben\u202ESlimane")).isTrue(); // right-to-left override
        assertThat(BidiControls.refused("Ben\u202BSlimane\u202C")).isTrue(); // embedding
        assertThat(BidiControls.refused("\u2067بنسليمان")).isTrue(); // isolate never closed
        assertThat(BidiControls.refused("بنسليمان\u2069")).isTrue(); // closed, never opened
        assertThat(BidiControls.refused("\u2068Ben Slimane\u2069 بنسليمان")).isFalse(); // balanced isolate
        assertThat(BidiControls.refused("می\u200Cخواهم")).isFalse(); // ZWNJ inside a word
        assertThat(BidiControls.refused("\u0644\u200D\u0627")).isFalse(); // ZWJ
        assertThat(BidiControls.refused(LocalizedText.of("en", "ok", "ar", "\u202Dx")))
                .isTrue();
    }
}
