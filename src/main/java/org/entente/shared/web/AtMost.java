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
 * Each language's text of a {@link LanguageTexts}, or a plain text, is at most {@link #max()}
 * characters (use the constants of {@link org.entente.shared.Limits}); a plain text counts its
 * characters as {@link org.entente.shared.Limits#fits(String, int)} does, by code point, so a text
 * the rules accept is never refused here first. Null is valid.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {AtMost.Check.class, AtMost.TextCheck.class})
public @interface AtMost {

    int max();

    String message() default "{validation.size.max}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** What both checks share: the limit of the annotation. */
    abstract class Limited<T> implements ConstraintValidator<AtMost, T> {

        int limit;

        @Override
        public void initialize(AtMost constraint) {
            this.limit = constraint.max();
        }
    }

    class Check extends Limited<LanguageTexts> {

        @Override
        public boolean isValid(LanguageTexts texts, ConstraintValidatorContext context) {
            return texts == null || texts.asMap().values().stream().allMatch(t -> t.length() <= limit);
        }
    }

    class TextCheck extends Limited<String> {

        /**
         * The limit goes into the message written as the reader writes numbers ("10,000" in English),
         * as the rules' own messages write it, not as Bean Validation would ("10000").
         */
        @Override
        public boolean isValid(String text, ConstraintValidatorContext context) {
            if (org.entente.shared.Limits.fits(text, limit)) {
                return true;
            }
            var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            context.unwrap(org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext.class)
                    .addMessageParameter(
                            "max",
                            java.text.NumberFormat.getIntegerInstance(locale).format(limit));
            return false;
        }
    }
}
