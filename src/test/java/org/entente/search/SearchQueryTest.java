package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void wordsAreAllRequiredAndStemmed() {
        assertThat(SearchQuery.parse("exercises navals -x", false).tsquery())
                .isEqualTo("(('exerci' & 'naval') | 'exercisesnav') & !'x'");
        assertThat(SearchQuery.parse("exercises", false).tsquery()).isEqualTo("'exerci'");
    }

    @Test
    void twoNeighbouringWordsAlsoMatchAsOneNameInEveryScript() {
        assertThat(SearchQuery.parse("Ben Slimane", false).tsquery()).isEqualTo("(('ben' & 'sliman') | 'bensliman')");
        assertThat(SearchQuery.parse("بن سليمان", false).tsquery()).isEqualTo("(('بن' & 'سليم') | 'بنسليم')");
        // final letters take their ordinary form in a stem (בן → בנ), and the joined word has both readings
        assertThat(SearchQuery.parse("בן סלימאן", false).tsquery())
                .isEqualTo("(('בנ' & 'סלימאנ') | ('בנסלימאנ' | 'נסלימאנ'))");
        assertThat(SearchQuery.parse("a b c", false).tsquery()).isEqualTo("(('a' & 'b') | 'ab') & 'c'");
    }

    @Test
    void aPhraseKeepsItsOrderAPrefixAndAnExclusionTheirMeaning() {
        assertThat(SearchQuery.parse("\"joint exercise\" form* -navy", false).tsquery())
                .isEqualTo("('joint' <-> 'exerci') & 'form':* & !'navi'");
    }

    @Test
    void typedSyntaxNeverReachesTheQuery() {
        SearchQuery query = SearchQuery.parse("a&b | !c <-> 'd':* \\", false);
        assertThat(query.tsquery()).isEqualTo("('a' <-> 'b') & 'c' & 'd':*");
        assertThat(SearchQuery.parse("'); drop table x; --", false).tsquery())
                .isEqualTo("(('drop' & 'tabl') | 'droptabl') & 'x'");
    }

    @Test
    void nothingSearchableIsEmptyAndOnlyExclusionsToo() {
        assertThat(SearchQuery.parse("?!* ", false).empty()).isTrue();
        assertThat(SearchQuery.parse("-navy", false).empty()).isTrue();
        assertThat(SearchQuery.parse(null, false).empty()).isTrue();
    }

    @Test
    void aHebrewWordIsLookedForInEachOfItsReadings() {
        // with its ה read as the article, and as the word's own first letter
        assertThat(SearchQuery.parse("הכשרה", false).tsquery()).isEqualTo("('הכשר' | 'כשר')");
        assertThat(SearchQuery.parse("הכשרה", false).terms()).containsExactly("הכשר", "כשר");
        // a prefix is never cut to fewer than four letters: מדרי* must not become דרי*
        assertThat(SearchQuery.parse("מדרי*", false).tsquery()).isEqualTo("'מדרי':*");
        assertThat(SearchQuery.parse("והמדרי*", false).tsquery()).isEqualTo("('והמדרי':* | 'המדרי':* | 'מדרי':*)");
    }

    @Test
    void aCodeIsRecognisedWhole() {
        assertThat(SearchQuery.parse("jmc-2026-014", false).code()).isEqualTo("JMC-2026-014");
        assertThat(SearchQuery.parse("joint exercise", false).code()).isNull();
    }

    @Test
    void asYouTypeTheLastWordIsAPrefixAndEveryWordIsLookedForInTitlesNamesAndCodesOnly() {
        assertThat(SearchQuery.parse("التكو", true).tsquery()).isEqualTo("('التكو':*AB | 'تكو':*AB)");
        assertThat(SearchQuery.parse("ben slim", true).tsquery()).isEqualTo("'ben':AB & 'slim':*AB");
        assertThat(SearchQuery.parse("ben slimane x", true).tsquery())
                .isEqualTo("(('ben':AB & 'sliman':AB) | 'bensliman':AB) & 'x':*AB");
        assertThat(SearchQuery.parse("التكو", false).tsquery()).isEqualTo("'تكو'");
    }

    @Test
    void aQueryLongerThanTwoHundredCharactersIsRefused() {
        assertThatThrownBy(() -> SearchQuery.parse("x".repeat(201), false)).hasMessage("search.query.tooLong");
    }
}
