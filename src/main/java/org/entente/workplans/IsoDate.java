package org.entente.workplans;

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
 * {@link Check#day(String)} then reads it without failing.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDate.Check.class)
@interface IsoDate {

    String message() default "{workplans.field.date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A day's shape. */
    Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    class Check implements ConstraintValidator<IsoDate, String> {

        /** The day the text names, or null when it is empty or names none. */
        static LocalDate day(String text) {
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
