package org.entente.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** {@link AtMost} on a plain text: counted as the rules count it, the limit written as the reader writes it. */
class AtMostTest {

    record Note(
            @AtMost(max = 10_000, message = "at most {max} characters")
            String body) {}

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aTextIsCountedByCharacterNotByUtf16Unit() {
        assertThat(VALIDATOR.validate(new Note("😀".repeat(10_000)))).isEmpty();
        assertThat(VALIDATOR.validate(new Note(null))).isEmpty();
        assertThat(VALIDATOR.validate(new Note("a".repeat(10_001)))).hasSize(1);
    }

    @Test
    void theLimitIsWrittenAsTheReaderWritesNumbers() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(VALIDATOR.validate(new Note("a".repeat(10_001))))
                .extracting(ConstraintViolation::getMessage)
                .containsExactly("at most 10,000 characters");
    }
}
