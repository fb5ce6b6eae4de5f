package org.entente.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form's text that is empty or a day written as {@code YYYY-MM-DD} that exists (no 30 February):
 * {@link Check#day(String)} then reads it without failing, so that a form record keeps the day as typed
 * and its handler needs no parse that can throw.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDate.Check.class)
public @interface IsoDate {

    String message() default "{validation.value.invalid}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Reads a day the constraint let through. */
    public class Check implements ConstraintValidator<IsoDate, String> {

        /** A day's shape. */
        static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

        /** The day the text names, or null when it is empty or names none. */
        public static LocalDate day(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            Matcher parts = SHAPE.matcher(text.strip());
            if (!parts.matches()) {
                return null;
            }
            int year = Integer.parseInt(parts.group(1));
            int month = Integer.parseInt(parts.group(2));
            int day = Integer.parseInt(parts.group(3));
            return month >= 1 && month <= 12 && YearMonth.of(year, month).isValidDay(day)
                    ? LocalDate.of(year, month, day)
                    : null;
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || text.isBlank() || day(text) != null;
        }
    }
}
