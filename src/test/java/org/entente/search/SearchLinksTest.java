package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The search page's links encode what was typed exactly as URLEncoder does, in every script. */
class SearchLinksTest {

    private static String encoded(String value) {
        var out = new StringBuilder();
        SearchLinks.encode(value, out);
        return out.toString();
    }

    @Test
    void aValueIsEncodedByteForByteAsUrlEncoderEncodesIt() {
        for (String value : List.of(
                "",
                "رقم",
                "والتكوين ال*",
                "\"a phrase\" -exclusion prefix*",
                "JMC-2026-014",
                "בן סלימאן",
                "l'équipe d'été",
                "a+b&c=d/e?f#g%h",
                "😀 emoji",
                "\uD800 lone surrogate",
                " leading and trailing ")) {
            assertThat(encoded(value)).as(value).isEqualTo(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    @Test
    void anyTextIsEncodedAsUrlEncoderEncodesIt() {
        var random = new Random(17);
        String alphabet = "aZ09.-*_ +&=%/?#'\"اأةىـًبتالعبريתשו€😀\uD83D\u0000\t\u202E";
        for (int n = 0; n < 2_000; n++) {
            var value = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(encoded(value.toString()))
                    .as(value.toString())
                    .isEqualTo(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFacetsLinkKeepsTheQueryAndTheOtherFilters() {
        var filters = new Search.Filters("activity", 7L, null, null, "MAR", null);
        assertThat(SearchLinks.narrowed("رقم ب", filters, "year", "2026"))
                .isEqualTo("/search?q=%D8%B1%D9%82%D9%85+%D8%A8&type=activity&committee=7&nation=MAR&year=2026");
        assertThat(SearchLinks.page("a&b", Search.Filters.NONE, 2)).isEqualTo("/search?q=a%26b&page=2");
    }
}
