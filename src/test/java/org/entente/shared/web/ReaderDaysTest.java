package org.entente.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReaderDaysTest {

    private static final LocalDate DAY = LocalDate.of(2025, 12, 8);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ar-MA | 8 دجنبر 2025",
                "ar-MA | ٨ دجنبر ٢٠٢٥",
                "ar-MA | \u200F8 دجنبر 2025\u200F",
                "ar-MA | 8\u200F/12\u200F/2025",
                "ar-MA | 8/12/2025",
                "ar-MA | ٢٠٢٥-١٢-٠٨",
                "ar-IL | ٨ ديسمبر ٢٠٢٥",
                "ar-IL | 8 ديسمبر 2025",
                "he-IL | 8 בדצמבר 2025",
                "he-IL | 8.12.2025",
                "fr-MA | 8 décembre 2025",
                "fr-MA | 08/12/2025",
                "en-IL | 8 December 2025",
                "en-MA | December 8, 2025",
                "en-MA | 2025-12-08",
                "en-MA | 12/8/2025",
                "he-IL | 8/12/2025",
                "fr-MA |   2025-12-08  ",
            })
    void readsTheDayAsTheReaderWritesIt(String locale, String typed) {
        assertThat(ReaderDays.parse(typed, Locale.forLanguageTag(locale))).isEqualTo(DAY);
        assertThat(ReaderDays.iso(typed, Locale.forLanguageTag(locale))).isEqualTo("2025-12-08");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "ar-MA | 30 فبراير 2025",
                "ar-MA | غدا",
                "fr-MA | 31/11/2025",
                "fr-MA | 8/12/25",
                "he-IL | 2025-02-30",
                "en-MA | 8 décembre 2025",
                "en-MA | December 8, 2025 and more",
            })
    void refusesWhatNamesNoDayLeavingItAsTyped(String locale, String typed) {
        assertThat(ReaderDays.parse(typed, Locale.forLanguageTag(locale))).isNull();
        assertThat(ReaderDays.iso(typed, Locale.forLanguageTag(locale))).isEqualTo(typed);
    }

    @Test
    void blankIsNoDay() {
        assertThat(ReaderDays.parse("  ", Locale.forLanguageTag("ar-MA"))).isNull();
        assertThat(ReaderDays.parse(null, Locale.forLanguageTag("ar-MA"))).isNull();
    }
}
