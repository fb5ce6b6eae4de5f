package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void aTextFitsUpToItsLimitCountingCharactersNotUtf16Units() {
        assertThat(Limits.fits("a".repeat(Limits.TITLE), Limits.TITLE)).isTrue();
        assertThat(Limits.fits("a".repeat(Limits.TITLE + 1), Limits.TITLE)).isFalse();
        // 😀 is two UTF-16 units, one character, as PostgreSQL's char_length counts it.
        assertThat(Limits.fits("😀".repeat(Limits.CODE), Limits.CODE)).isTrue();
        assertThat(Limits.fits("😀".repeat(Limits.CODE + 1), Limits.CODE)).isFalse();
        assertThat(Limits.fits((String) null, Limits.CODE)).isTrue();
    }

    @Test
    void aTextOfSpacesZeroWidthCharactersAndDirectionMarksIsBlank() {
        for (String nothing :
                new String[] {null, "", " \t\n", "\u00A0", "\u202F\u2007", "\u200F\u200B", "\u061C \u200E"}) {
            assertThat(Limits.blank(nothing)).as("%s", nothing).isTrue();
        }
        for (String something : new String[] {"x", "لا", "\u00A0x\u200F", "\u200F—"}) {
            assertThat(Limits.blank(something)).as(something).isFalse();
        }
    }

    @Test
    void aLocalizedTextFitsWhenEachLanguageFits() {
        var fits = LocalizedText.of("ar", "ع".repeat(Limits.NAME), "en", "short");
        var tooLong = LocalizedText.of("ar", "short", "he", "ש".repeat(Limits.NAME + 1));
        assertThat(Limits.fits(fits, Limits.NAME)).isTrue();
        assertThat(Limits.fits(tooLong, Limits.NAME)).isFalse();
    }

    @Test
    void aRefusalNamesTheFieldAndTheLimitsMessage() {
        Map<String, String> errors = new LinkedHashMap<>();
        Limits.check("title", "x".repeat(301), Limits.TITLE, errors);
        Limits.check("city", LocalizedText.of("fr", "y".repeat(201)), Limits.NAME, errors);
        Limits.check("reason", "fine", Limits.SHORT_TEXT, errors);
        Limits.PLAN_DATES.check("plannedStart", LocalDate.of(1970, 1, 1), errors);
        Limits.PLAN_DATES.check("plannedEnd", LocalDate.of(2030, 1, 1), errors);
        assertThat(errors)
                .containsExactly(
                        Map.entry("title", "limits.title"),
                        Map.entry("city", "limits.name"),
                        Map.entry("plannedStart", "limits.planDates"));
    }

    @Test
    void planDatesRunFrom2000To2100() {
        var plans = Limits.PLAN_DATES;
        assertThat(plans.contains(LocalDate.of(2000, 1, 1))).isTrue();
        assertThat(plans.contains(LocalDate.of(2100, 12, 31))).isTrue();
        assertThat(plans.contains(LocalDate.of(1999, 12, 31))).isFalse();
        assertThat(plans.contains(LocalDate.of(2101, 1, 1))).isFalse();
        assertThat(plans.contains(LocalDate.of(1970, 1, 1))).isFalse();
        assertThat(plans.contains(LocalDate.of(1, 1, 1))).isFalse();
        // What the driver reads for -infinity and infinity.
        assertThat(plans.contains(LocalDate.MIN)).isFalse();
        assertThat(plans.contains(LocalDate.MAX)).isFalse();
        assertThat(plans.contains(null)).isFalse();
    }

    @Test
    void historyDatesRunFrom1945To2100() {
        var history = Limits.HISTORY_DATES;
        assertThat(history.contains(LocalDate.of(1945, 1, 1))).isTrue();
        assertThat(history.contains(LocalDate.of(1970, 1, 1))).isTrue();
        assertThat(history.contains(LocalDate.of(1944, 12, 31))).isFalse();
        assertThat(history.contains(LocalDate.of(2101, 1, 1))).isFalse();
        assertThat(history.contains(LocalDate.of(1, 1, 1))).isFalse();
    }

    @Test
    void aDateNoFieldCouldHoldIsReadAsTheInvalidDate() {
        assertThat(Limits.read(LocalDate.MIN)).isEqualTo(Limits.INVALID_DATE);
        assertThat(Limits.read(LocalDate.MAX)).isEqualTo(Limits.INVALID_DATE);
        assertThat(Limits.read(LocalDate.of(1900, 5, 1))).isEqualTo(Limits.INVALID_DATE);
        assertThat(Limits.read(LocalDate.of(1962, 5, 1))).isEqualTo(LocalDate.of(1962, 5, 1));
        assertThat(Limits.read(null)).isNull();
        assertThat(Limits.isInvalid(Limits.INVALID_DATE)).isTrue();
        assertThat(Limits.isInvalid(LocalDate.of(2026, 3, 1))).isFalse();
        assertThat(Limits.isInvalid(null)).isFalse();
    }

    @Test
    void onlyTheNamedLimitsHaveAMessage() {
        assertThat(Limits.messageKey(Limits.TEXT)).isEqualTo("limits.text");
        assertThatThrownBy(() -> Limits.messageKey(299)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The messages write the numbers out: each must say the limit the code applies. */
    @Test
    void everyLanguageStatesTheLimitsTheCodeApplies() throws IOException {
        for (String language : List.of("en", "fr", "ar", "he")) {
            var bundle = new Properties();
            try (var in = LimitsTest.class.getResourceAsStream("/i18n/messages_" + language + ".properties")) {
                bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (int limit : new int[] {Limits.TITLE, Limits.NAME, Limits.CODE, Limits.TEXT, Limits.SHORT_TEXT}) {
                String digits = bundle.getProperty(Limits.messageKey(limit)).replaceAll("\\D", "");
                assertThat(digits).as(language + " " + limit).isEqualTo(String.valueOf(limit));
            }
            for (var range : List.of(Limits.PLAN_DATES, Limits.HISTORY_DATES)) {
                assertThat(bundle.getProperty(range.messageKey()))
                        .as(language + " " + range)
                        .contains(String.valueOf(range.first().getYear()))
                        .contains(String.valueOf(range.last().getYear()));
            }
        }
    }
}
