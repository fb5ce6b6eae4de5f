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

/**
 * A form's text that is empty or a day written as {@code YYYY-MM-DD} that exists (no 30 February):
 * {@link Check#day(String)} then reads it without failing. The workplans' message on the day of
 * {@link org.entente.shared.web.IsoDate}, which reads the day.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoDate.Check.class)
@interface IsoDate {

    String message() default "{workplans.field.date}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<IsoDate, String> {

        /** The day the text names, or null when it is empty or names none. */
        static LocalDate day(String text) {
            return org.entente.shared.web.IsoDate.Check.day(text);
        }

        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            return text == null || text.isBlank() || day(text) != null;
        }
    }
}
