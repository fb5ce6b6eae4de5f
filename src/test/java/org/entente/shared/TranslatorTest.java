package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/**
 * Texts come out the same whether their pattern is returned as it is, parsed for the first time or
 * reused (issue 20 keeps parsed patterns): plural forms follow each call's own number, apostrophes
 * are unquoted, each language keeps its own rules.
 */
class TranslatorTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final Translator translator = new Translator(source());

    private static StaticMessageSource source() {
        var source = new StaticMessageSource();
        source.addMessages(
                Map.of(
                        "plain", "Plan de travail",
                        "quoted", "l''exercice",
                        "counted", "{0,plural,one{# activité}other{# activités}}"),
                Locale.FRENCH);
        source.addMessage(
                "counted",
                ARABIC,
                "{0,plural,zero{لا نشاط}one{نشاط واحد}two{نشاطان}few{# أنشطة}many{# نشاطًا}other{# نشاط}}");
        source.addMessage("counted", Locale.ENGLISH, "{0,plural,one{# activity}other{# activities}}");
        return source;
    }

    @Test
    void aPatternWithoutArgumentsIsItsOwnText() {
        assertThat(translator.t(Locale.FRENCH, "plain")).isEqualTo("Plan de travail");
        assertThat(translator.t(Locale.FRENCH, "plain", 3)).isEqualTo("Plan de travail");
    }

    @Test
    void doubledApostrophesAreUnquotedEvenWithoutArguments() {
        assertThat(translator.t(Locale.FRENCH, "quoted")).isEqualTo("l'exercice");
    }

    @Test
    void aKeptPatternFormatsEachCallsOwnNumber() {
        assertThat(translator.t(Locale.FRENCH, "counted", 1)).isEqualTo("1 activité");
        assertThat(translator.t(Locale.FRENCH, "counted", 2)).isEqualTo("2 activités");
        assertThat(translator.t(Locale.FRENCH, "counted", 1)).isEqualTo("1 activité");
        assertThat(translator.t(ARABIC, "counted", 2)).isEqualTo("نشاطان");
        assertThat(translator.t(ARABIC, "counted", 0)).isEqualTo("لا نشاط");
        assertThat(translator.t(ARABIC, "counted", 2)).isEqualTo("نشاطان");
        assertThat(translator.t(Locale.ENGLISH, "counted", 1)).isEqualTo("1 activity");
    }

    /**
     * A text formatted with one whole number is kept for the next page that asks (the bell's count on
     * every page, search33), per language and number, the same for an Integer and a Long; past its
     * limit the rest are formatted each time, still right.
     */
    @Test
    void aTextWithOneCountIsKeptPerLanguageAndNumberUpToALimit() {
        var fresh = new Translator(source());
        assertThat(fresh.t(Locale.FRENCH, "counted", 2)).isEqualTo("2 activités");
        assertThat(fresh.t(Locale.FRENCH, "counted", 2L)).isEqualTo("2 activités");
        assertThat(fresh.t(ARABIC, "counted", 2)).isEqualTo("نشاطان");
        assertThat(fresh.countsKept()).isEqualTo(2);
        for (int n = 0; n < Translator.COUNTS_KEPT + 10; n++) {
            fresh.t(Locale.ENGLISH, "counted", n);
        }
        assertThat(fresh.countsKept()).isEqualTo(Translator.COUNTS_KEPT);
        assertThat(fresh.t(Locale.ENGLISH, "counted", Translator.COUNTS_KEPT + 5))
                .isEqualTo("4,101 activities");
        assertThat(fresh.t(Locale.ENGLISH, "counted", 1)).isEqualTo("1 activity");
        assertThat(fresh.t(Locale.FRENCH, "counted", 2)).isEqualTo("2 activités");
    }

    @Test
    void threadsSharingAPatternEachGetTheirOwnText() throws Exception {
        var failures = new java.util.concurrent.atomic.AtomicInteger();
        var threads = new java.util.ArrayList<Thread>();
        for (int t = 0; t < 4; t++) {
            int n = t + 1;
            var thread = new Thread(() -> {
                for (int i = 0; i < 2_000; i++) {
                    String expected = n == 1 ? "1 activity" : n + " activities";
                    if (!translator.t(Locale.ENGLISH, "counted", n).equals(expected)) {
                        failures.incrementAndGet();
                    }
                }
            });
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).hasValue(0);
    }
}
