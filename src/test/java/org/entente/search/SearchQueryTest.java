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
        // the final nun of בן takes its ordinary form inside the joined word
        assertThat(SearchQuery.parse("בן סלימאן", false).tsquery()).isEqualTo("(('בן' & 'סלימאן') | 'נסלימאן')");
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
