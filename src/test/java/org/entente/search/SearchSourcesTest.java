package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.entente.shared.RecordType;
import org.junit.jupiter.api.Test;

/** The index has one source for each kind of the catalogue, and links each record as the catalogue does. */
class SearchSourcesTest {

    @Test
    void everyKindOfTheCatalogueIsSearchedAndNoOther() {
        assertThat(SearchSources.ALL.stream().map(SearchSources.Source::type))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(RecordType.values())
                        .map(RecordType::spelled)
                        .toList());
    }

    @Test
    void eachSourceLinksItsRecordsWithTheCataloguesLink() {
        for (RecordType type : RecordType.values()) {
            if (type.urlSql() != null) {
                assertThat(SearchSources.of(type.spelled()).query())
                        .as(type.spelled())
                        .contains(type.urlSql() + " as url");
            }
        }
    }
}
