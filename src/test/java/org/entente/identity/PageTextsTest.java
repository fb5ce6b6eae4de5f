package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.shared.Markings;
import org.entente.shared.TestMessages;
import org.entente.shared.Translator;
import org.junit.jupiter.api.Test;

/**
 * A page translates each text once (committee32): the viewer keeps what it said by key and
 * arguments, and says exactly what the messages say, for every argument, in every language.
 */
class PageTextsTest {

    private final List<String> looked = new ArrayList<>();
    private final Translator counted = TestMessages.translator(looked::add);
    private final Translator plain = TestMessages.translator();

    private Viewer in(String language) {
        return new Viewer(Locale.forLanguageTag(language), null, counted, null, "/", Markings.standard(), null);
    }

    @Test
    void aPageSaysWhatTheMessagesSayForEachKeyAndEachArgument() {
        for (String language : List.of("en", "fr", "ar-MA", "he")) {
            Locale locale = Locale.forLanguageTag(language);
            Viewer viewer = in(language);
            for (int round = 0; round < 2; round++) {
                for (int q = 1; q <= 4; q++) {
                    assertThat(viewer.t("workplans.quarter", q))
                            .as("%s, quarter %d, round %d", language, q, round)
                            .isEqualTo(plain.t(locale, "workplans.quarter", q));
                }
                for (int n : new int[] {1, 2, 3, 11, 100}) {
                    assertThat(viewer.t("workplans.showMore", n))
                            .as("%s, %d more", language, n)
                            .isEqualTo(plain.t(locale, "workplans.showMore", n));
                }
                for (String nation : List.of("Israel", "Maroc")) {
                    assertThat(viewer.t("workplans.approval.given", nation))
                            .isEqualTo(plain.t(locale, "workplans.approval.given", nation));
                }
                assertThat(viewer.t("workplans.column.code")).isEqualTo(plain.t(locale, "workplans.column.code"));
            }
        }
        assertThat(in("en").t("workplans.quarter", 2)).isEqualTo("Quarter 2");
        assertThat(in("ar-MA").t("workplans.quarter", 3)).isEqualTo("الربع 3");
    }

    @Test
    void aPageLooksEachTextUpOnceAndAnotherPageAgain() {
        Viewer page = in("ar-MA");
        for (int row = 0; row < 100; row++) {
            page.t("workplans.quarter", 1 + row % 4);
            page.t("workplans.approval.given", "Israel");
            page.t("workplans.column.code");
        }
        // Four quarters, one approval, one heading: six texts, each looked up once.
        assertThat(looked).hasSize(6);
        in("ar-MA").t("workplans.column.code");
        assertThat(looked).as("a new page looks up again").hasSize(7);
    }

    @Test
    void onlyArgumentsThatCannotChangeAreKeptAndAPageKeepsABoundedNumber() {
        assertThat(PageTexts.asked("k", new Object[] {"a", 1, 2L, LocalDate.of(2026, 1, 2)}))
                .isEqualTo(List.of("k", "a", 1, 2L, LocalDate.of(2026, 1, 2)));
        assertThat(PageTexts.asked("k", new Object[] {new StringBuilder("a")})).isNull();
        assertThat(PageTexts.asked("k", new Object[] {null})).isNull();
        assertThat(PageTexts.asked("k", new Object[0])).isEqualTo("k");
        var texts = new PageTexts();
        for (int n = 0; n < PageTexts.KEPT + 50; n++) {
            assertThat(texts.t(plain, Locale.ENGLISH, "workplans.quarter", new Object[] {n}))
                    .isEqualTo(plain.t(Locale.ENGLISH, "workplans.quarter", n));
        }
        assertThat(texts.kept()).isEqualTo(PageTexts.KEPT);
    }
}
