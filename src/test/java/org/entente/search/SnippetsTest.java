package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Which form of a record's text a reader is shown, and what is marked in it. */
class SnippetsTest {

    private static final Map<String, String> BODY = Map.of(
            "fr", "Une usine de systèmes aériens sans pilote, avec formation d’ingénieurs.",
            "ar", "مصنع للأنظمة الجوية بدون طيار مع نقل التكنولوجيا.",
            "en", "A plant for unmanned aerial systems, with technology transfer.",
            "", "Benslimane");

    private static Snippets.Passage snippet(String reader, String query) {
        SearchQuery parsed = SearchQuery.parse(query, false);
        return Snippets.snippet(BODY, reader, parsed.terms(), parsed.prefixes());
    }

    private static String marked(Snippets.Passage passage) {
        return passage.segments().stream()
                .filter(Snippets.Segment::found)
                .map(Snippets.Segment::text)
                .reduce("", String::concat);
    }

    @Test
    void theReadersFormWhenTheWordsAreInIt() {
        Snippets.Passage passage = snippet("fr", "formation");
        assertThat(passage.lang()).isEqualTo("fr");
        assertThat(passage.original()).isFalse();
        assertThat(marked(passage)).isEqualTo("formation");
    }

    @Test
    void theFormTheWordsWereFoundInOtherwiseMarkedWithItsLanguage() {
        Snippets.Passage arabicQueryFrenchReader = snippet("fr", "التكنولوجيا");
        assertThat(arabicQueryFrenchReader.lang()).isEqualTo("ar");
        assertThat(arabicQueryFrenchReader.original()).isTrue();
        assertThat(marked(arabicQueryFrenchReader)).isEqualTo("التكنولوجيا");
        assertThat(arabicQueryFrenchReader.languageName(Locale.FRENCH)).isEqualTo("arabe");

        Snippets.Passage frenchWordArabicReader = snippet("ar", "usine");
        assertThat(frenchWordArabicReader.lang()).isEqualTo("fr");
        assertThat(frenchWordArabicReader.original()).isTrue();
        assertThat(marked(frenchWordArabicReader)).isEqualTo("usine");
    }

    @Test
    void aTextWithoutALetterOfTheSearchedWordsScriptIsNotAnalysed() {
        SearchQuery arabic = SearchQuery.parse("التكنولوجيا", false);
        assertThat(Snippets.mayHold(BODY.get("en"), arabic.terms(), arabic.prefixes()))
                .isFalse();
        assertThat(Snippets.mayHold(BODY.get("ar"), arabic.terms(), arabic.prefixes()))
                .isTrue();
        SearchQuery latin = SearchQuery.parse("form*", false);
        assertThat(Snippets.mayHold(BODY.get("ar"), latin.terms(), latin.prefixes()))
                .isFalse();
        assertThat(Snippets.mayHold(BODY.get("fr"), latin.terms(), latin.prefixes()))
                .isTrue();
        // digits belong to no script: Arabic-Indic digits are read as 2026
        SearchQuery year = SearchQuery.parse("2026", false);
        assertThat(Snippets.mayHold("خطة ٢٠٢٦", year.terms(), year.prefixes())).isTrue();
        // and the passage is the same as when every text was analysed: the Arabic form, marked
        assertThat(marked(snippet("en", "التكنولوجيا"))).isEqualTo("التكنولوجيا");
        assertThat(snippet("en", "التكنولوجيا").lang()).isEqualTo("ar");
    }

    @Test
    void aTextOfNoKnownLanguageIsNeverMarkedAsAnother() {
        Snippets.Passage passage = snippet("he", "Benslimane");
        assertThat(passage.lang()).isEmpty();
        assertThat(passage.original()).isFalse();
        assertThat(passage.langAttribute()).isNull();
    }

    @Test
    void withoutAMatchInTheTextTheReadersFormIsShownFromItsStart() {
        Snippets.Passage passage = snippet("ar", "JMC-2026-014");
        assertThat(passage.lang()).isEqualTo("ar");
        assertThat(passage.original()).isFalse();
        assertThat(passage.plain()).startsWith("مصنع");
        Snippets.Passage noHebrew = snippet("he", "nothing");
        assertThat(noHebrew.lang()).isEmpty(); // the unnamed form comes before English
    }

    @Test
    void theTitleIsTheReadersFormWhenTheRecordHasOneAndMarksTheWords() {
        Map<String, String> title = Map.of("fr", "Usine de Benslimane", "ar", "مصنع بنسليمان");
        SearchQuery usine = SearchQuery.parse("usine", false);
        Snippets.Passage inArabic = Snippets.title(title, "ar", usine.terms(), usine.prefixes());
        assertThat(inArabic.lang()).isEqualTo("ar");
        assertThat(inArabic.original()).isFalse();
        Snippets.Passage inEnglish = Snippets.title(title, "en", usine.terms(), usine.prefixes());
        assertThat(inEnglish.lang()).isEqualTo("fr");
        assertThat(inEnglish.original()).isTrue();
        assertThat(marked(inEnglish)).isEqualTo("Usine");
        SearchQuery arabic = SearchQuery.parse("بنسليمان", false);
        assertThat(Snippets.title(title, "he", arabic.terms(), arabic.prefixes())
                        .lang())
                .isEqualTo("ar");
    }

    @Test
    void aPrefixMarksTheWordsThatBeginWithItByTheirFormOrTheirStem() {
        // as you type: the last word is a prefix; "tech" begins the word as written
        SearchQuery typed = SearchQuery.parse("tech", true);
        assertThat(marked(Snippets.snippet(BODY, "en", typed.terms(), typed.prefixes())))
                .isEqualTo("technology");
        // للأنظم begins no word as written (للأنظمة), only its stem once the article is off
        SearchQuery arabic = SearchQuery.parse("الأنظم*", false);
        assertThat(marked(Snippets.snippet(BODY, "ar", arabic.terms(), arabic.prefixes())))
                .isEqualTo("للأنظمة");
        SearchQuery none = SearchQuery.parse("zzz*", false);
        assertThat(marked(Snippets.snippet(BODY, "en", none.terms(), none.prefixes())))
                .isEmpty();
    }

    @Test
    void aRecordsTextsAreGatheredByLanguageOrScript() {
        var texts = JsonMapper.builder().build().readTree("""
                        [{"fr": "Rabat, salle A", "ar": "الرباط"}, "Kenitra", "القنيطرة", "תל אביב",
                         [{"en": "Plant"}], {"outcomes": {"fr": "Objectifs atteints"}}]""");
        assertThat(Snippets.byLanguage(texts, 1000))
                .containsEntry("fr", "Rabat, salle A\nObjectifs atteints")
                .containsEntry("ar", "الرباط\nالقنيطرة")
                .containsEntry("he", "תל אביב")
                .containsEntry("en", "Plant")
                .containsEntry("", "Kenitra");
        assertThat(Snippets.byLanguage(texts, 5)).containsEntry("fr", "Rabat");
    }
}
