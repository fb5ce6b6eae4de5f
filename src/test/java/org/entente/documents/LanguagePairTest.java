package org.entente.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguagePairTest {

    @Test
    void everyPairOfTheLanguagesWrittenTheReadersFirstNamedInWords() {
        List<LanguagePair> pairs = LanguagePair.offered(Set.of("ar", "fr", "en"), "fr");
        assertThat(pairs.stream().map(LanguagePair::codes)).containsExactly("fr,ar", "fr,en", "ar,en");
        assertThat(pairs.get(0).names()).isEqualTo("\u2068Français\u2069 | \u2068العربية\u2069");
        assertThat(pairs.stream().map(LanguagePair::names)).noneMatch(n -> n.matches(".*\\b(ar|en|fr|he)\\b.*"));
    }

    @Test
    void oneLanguageWrittenIsOfferedAloneAndBesideTheReaders() {
        assertThat(LanguagePair.offered(Set.of("he"), "ar").stream().map(LanguagePair::codes))
                .containsExactly("he", "ar,he");
        assertThat(LanguagePair.offered(Set.of(), "he").stream().map(LanguagePair::codes))
                .containsExactly("he,en");
        assertThat(LanguagePair.offered(Set.of(), "de").stream().map(LanguagePair::codes))
                .containsExactly("en,ar");
    }
}
