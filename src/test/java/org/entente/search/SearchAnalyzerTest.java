package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchAnalyzerTest {

    private static String stem(String word) {
        List<SearchAnalyzer.Token> tokens = SearchAnalyzer.tokens(word);
        assertThat(tokens).as(word).hasSize(1);
        return tokens.get(0).stem();
    }

    @ParameterizedTest(name = "{0} meets {1}")
    @CsvSource({
        // Arabic: the conjunctions and prepositions glued to the word, and the article
        "التكوين, والتكوين",
        "التكوين, للتكوين",
        "التكوين, بالتكوين",
        "التكوين, تكوين",
        // the relative adjective meets its noun
        "التكوين, تكوينية",
        "التكوين, التكوينية",
        // hamza forms of alef, alef maqsura, teh marbuta, tatweel, harakat
        "أمن, امن",
        "إدارة, اداره",
        "آليات, اليات",
        "مستشفى, مستشفي",
        "التـــكوين, التكوين",
        "التَّكْوِين, التكوين",
        // Hebrew: niqqud (the prefixes and endings: HebrewFiltersTest)
        "שָׁלוֹם, שלום",
        // French: elision and accents
        "armée, l'armée",
        "armée, l’armée",
        "armée, armee",
        "opération, d'opérations",
        // English: stemming
        "training, trainings",
        "exercise, exercises",
    })
    void formsOfOneWordShareAStem(String word, String form) {
        assertThat(stem(form)).isEqualTo(stem(word));
    }

    @Test
    void everyKindOfDigitIsReadAsLatinDigits() {
        assertThat(stem("٢٠٢٦")).isEqualTo("2026");
        assertThat(stem("۲۰۲۶")).isEqualTo("2026");
    }

    @Test
    void differentWordsStayApart() {
        assertThat(stem("تمرين")).isNotEqualTo(stem("التكوين"));
        assertThat(stem("navy")).isNotEqualTo(stem("army"));
    }

    @Test
    void eachWordKeepsItsPositionAndItsSurfaceForm() {
        var tokens = SearchAnalyzer.tokens("Exercice naval conjoint JMC-2026-014");
        assertThat(tokens).extracting(SearchAnalyzer.Token::position).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(tokens)
                .extracting(SearchAnalyzer.Token::surface)
                .containsExactly("exercice", "naval", "conjoint", "jmc", "2026", "014");
    }

    @Test
    void aTextWithoutWordsHasNoTokens() {
        assertThat(SearchAnalyzer.tokens("  ?!*:&|()'\" ")).isEmpty();
        assertThat(SearchAnalyzer.tokens(null)).isEmpty();
    }
}
