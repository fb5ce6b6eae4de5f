package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hebrew words meet when one of their readings does: the index and the query both hold every stem
 * of a word ({@link HebrewFilters#stems}), and a word matches when the two share one.
 */
class HebrewFiltersTest {

    private static List<String> stems(String text) {
        List<SearchAnalyzer.Token> tokens = SearchAnalyzer.tokens(text);
        assertThat(tokens).as(text).hasSize(1);
        return tokens.get(0).stems();
    }

    @ParameterizedTest(name = "{0} meets {1}")
    @CsvSource({
        // the one-letter prefixes, stacked as Hebrew stacks them
        "משרד, המשרד",
        "משרד, והמשרד",
        "משרד, במשרד",
        "משרד, שבמשרד",
        // a word whose own first letter is one of the prefixes, with the article, and its endings
        "הכשרה, ההכשרה",
        "הכשרה, ההכשרות",
        "הכשרה, הכשרת",
        "הכשרה, והכשרה",
        "תחזוקה, לתחזוקה",
        "תחזוקה, תחזוקת",
        "תרגיל, תרגילים",
        "תרגיל, בתרגילים",
        "מדריך, והמדריכים",
        "צבאי, צבאית",
        "צבאי, צבאיות",
        // niqqud
        "מִשְׂרָד, משרד",
    })
    void formsOfOneWordShareAStem(String word, String form) {
        assertThat(stems(form))
                .as(form + " " + stems(form) + " / " + word + " " + stems(word))
                .containsAnyElementsOf(stems(word));
    }

    @ParameterizedTest(name = "{0} stays apart from {1}")
    @CsvSource({
        // a first letter the grammar does not allow as a prefix after the article is never cut:
        // הכשרה is not ה + כ + שרה, so it never meets משרה (a post) on שרה
        "הכשרה, משרה",
        // a possessive or adjectival ending is no ending taken off: מזרחי (a name) is not מזרח (east)
        "מזרחי, מזרח",
        // a short word keeps its letters
        "שרה, שר",
        "משרד, מזרח",
    })
    void differentWordsStayApart(String word, String other) {
        assertThat(stems(other))
                .as(other + " " + stems(other) + " / " + word + " " + stems(word))
                .doesNotContainAnyElementsOf(stems(word));
    }

    @Test
    void aStemKeepsThreeLettersAndItsFinalLettersInTheirOrdinaryForm() {
        assertThat(HebrewFilters.stems("ספרים")).containsExactly("ספר");
        assertThat(HebrewFilters.stems("בית")).containsExactly("בית");
        assertThat(HebrewFilters.stems("ארון")).containsExactly("ארונ");
        assertThat(HebrewFilters.unprefixed("בבית")).containsExactly("בבית", "בית");
    }

    @Test
    void theMaqafAndTheGershayimReadAsTheHyphenAndTheQuotationMark() {
        assertThat(SearchAnalyzer.tokens("תל־אביב"))
                .extracting(SearchAnalyzer.Token::surface)
                .containsExactly("תל", "אביב")
                .isEqualTo(SearchAnalyzer.tokens("תל-אביב").stream()
                        .map(SearchAnalyzer.Token::surface)
                        .toList());
        assertThat(stems("צה״ל")).isEqualTo(stems("צה\"ל"));
        assertThat(stems("ג׳יפ")).isEqualTo(stems("ג'יפ"));
    }

    @Test
    void otherScriptsAndMixedWordsHaveOneStem() {
        assertThat(HebrewFilters.stems("b2b")).containsExactly("b2b");
        assertThat(HebrewFilters.unprefixed("התכנית2026")).containsExactly("התכנית2026");
    }
}
