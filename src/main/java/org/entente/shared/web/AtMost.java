package org.entente.shared.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Each language's text of a {@link LanguageTexts} is at most {@link #max()} characters (use the
 * constants of {@link org.entente.shared.Limits}). Null is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AtMost.Check.class)
public @interface AtMost {

    int max();

    String message() default "{validation.size.max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<AtMost, LanguageTexts> {

        private int limit;

        @Override
        public void initialize(AtMost constraint) {
            this.limit = constraint.max();
        }

        @Override
        public boolean isValid(LanguageTexts texts, ConstraintValidatorContext context) {
            return texts == null || texts.asMap().values().stream().allMatch(t -> t.length() <= limit);
        }
    }
}
