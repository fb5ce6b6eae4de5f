package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A session's number as an ordinal, in the four languages, with the noun it agrees with. */
class SessionOrdinalTest {

    private static String name(String language, int number) {
        SessionOrdinal ordinal = SessionOrdinal.of(Locale.forLanguageTag(language), number);
        Locale locale = Locale.forLanguageTag(language);
        String pattern = MESSAGES.getMessage(ordinal.key(), null, locale);
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(new Object[] {ordinal.ordinal()});
    }

    private static final ResourceBundleMessageSource MESSAGES = TestMessages.bundles();

    @Test
    void arabicSpellsTheFeminineOrdinalAgreeingWithDawraThenFallsBackToDigits() {
        assertThat(name("ar-MA", 1)).isEqualTo("الدورة الأولى");
        assertThat(name("ar-MA", 2)).isEqualTo("الدورة الثانية");
        assertThat(name("ar-MA", 3)).isEqualTo("الدورة الثالثة");
        assertThat(name("ar-MA", 10)).isEqualTo("الدورة العاشرة");
        assertThat(name("ar-MA", 23)).isEqualTo("الدورة 23");
    }

    @Test
    void hebrewSpellsTheFeminineOrdinalWithTheArticleThenFallsBackToDigits() {
        assertThat(name("he", 3)).isEqualTo("הישיבה השלישית");
        assertThat(name("he", 1)).isEqualTo("הישיבה הראשונה");
        assertThat(name("he", 12)).isEqualTo("הישיבה ה־12");
    }

    @Test
    void englishAndFrenchUseCldrDigitOrdinals() {
        assertThat(name("en", 3)).isEqualTo("3rd session");
        assertThat(name("en", 22)).isEqualTo("22nd session");
        assertThat(name("en", 13)).isEqualTo("13th session");
        assertThat(name("fr", 1)).isEqualTo("1re session");
        assertThat(name("fr", 3)).isEqualTo("3e session");
        assertThat(name("fr", 23)).isEqualTo("23e session");
    }

    @Test
    void anOrdinalIsSpelledOncePerLanguageAndNumberThenKept() {
        Locale arabic = Locale.forLanguageTag("ar-MA");
        assertThat(SessionOrdinal.of(arabic, 4)).isSameAs(SessionOrdinal.of(arabic, 4));
        assertThat(SessionOrdinal.of(Locale.ENGLISH, 4)).isNotEqualTo(SessionOrdinal.of(arabic, 4));
        assertThat(SessionOrdinal.of(Locale.ENGLISH, 4).ordinal()).isEqualTo("4th");
    }
}
