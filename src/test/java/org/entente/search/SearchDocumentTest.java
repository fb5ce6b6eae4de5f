package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchDocumentTest {

    @Test
    void eachWordIsQuotedAtItsPositionWithItsWeight() {
        String literal = new SearchDocument()
                .add("Exercices navals", 'A')
                .add("Rabat", 'D')
                .literal();
        assertThat(literal).isEqualTo("'exercices':1A 'exerc':1A 'navals':2A 'naval':2A 'rabat':4");
    }

    @Test
    void aNamesNeighbouringWordsAreAlsoJoinedIntoOne() {
        assertThat(new SearchDocument().addName("Ben Slimane", 'A').literal())
                .isEqualTo("'ben':1A 'slimane':2A 'sliman':2A 'benslimane':1A 'bensliman':1A");
        assertThat(new SearchDocument().add("Ben Slimane", 'A').literal())
                .isEqualTo("'ben':1A 'slimane':2A 'sliman':2A");
        assertThat(new SearchDocument().addName("בן סלימאן", 'A').literal()).contains("'בנסלימאן':1A");
        assertThat(SearchDocument.join("בן", "סלימאן")).isEqualTo("בנסלימאן");
    }

    @Test
    void anArabicWordGluedToAOneLetterPrepositionIsAlsoIndexedWithoutIt() {
        String literal = new SearchDocument().add("مصنع ببنسليمان", 'D').literal();
        assertThat(literal).contains("'ببنسليمان':2").contains("'بنسليمان':2").contains("'بنسليم':2");
        // a short word keeps its first letter: بحث (research) never becomes حث
        assertThat(SearchDocument.withoutArabicLetterPrefix("بحث")).isNull();
        assertThat(SearchDocument.withoutArabicLetterPrefix("بالتكوين")).isNull();
        assertThat(SearchDocument.withoutArabicLetterPrefix("Benslimane")).isNull();
    }

    @Test
    void quotesAndBackslashesCannotLeaveTheirLexeme() {
        assertThat(SearchDocument.quote("o'neil")).isEqualTo("'o''neil'");
        assertThat(SearchDocument.quote("a\\b")).isEqualTo("'a\\\\b'");
    }

    @Test
    void everySourceNamesItsTable() {
        for (SearchSources.Source source : SearchSources.ALL) {
            assertThat(source.table()).as(source.type()).matches("[a-z_]+\\.[a-z_]+");
        }
        assertThat(SearchSources.targetsOf("workplan")).hasSize(4);
        assertThat(SearchSources.targetsOf("calendar-feed")).isEmpty();
    }
}
