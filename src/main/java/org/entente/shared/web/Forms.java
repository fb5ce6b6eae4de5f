package org.entente.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.entente.shared.Refused;
import org.entente.shared.Translator;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How a page handler submits a form. The handler takes the form as a validated record and its
 * {@link BindingResult}, and says what to do when the form is valid and how to show it again:
 *
 * <pre>{@code
 * @PostMapping(CREATE)
 * String create(@AuthenticationPrincipal Subject subject, @Valid AgreementForm form, BindingResult binding, Model model) {
 *     return forms.submit(binding, model, "agreement.new.field.",
 *             () -> "redirect:/agreements/" + agreements.create(subject, form.draft()),
 *             () -> show(subject, model, form));
 * }
 * }</pre>
 *
 * When Bean Validation found errors, or the service throws {@link Refused}, the answer is 422 with
 * the same view again and {@code errors} ({@link FormErrors}) in the model: the summary at the top
 * links to each field. A {@linkplain Refused#denial() denial} is not the form's business: it goes on
 * to the exception handler (403, audited). See {@code docs/refusals.md}.
 */
@Component
public class Forms {

    /** The model attribute the form templates read their errors from. */
    public static final String ERRORS = "errors";

    /** The flash attribute of the message a page shows at its top after a write: what it did. */
    public static final String NOTICE = "notice";

    private final Translator messages;

    Forms(Translator messages) {
        this.messages = messages;
    }

    /**
     * A form page's usual shape: {@code write} stores the form, then the browser goes to {@code next}
     * (a path); invalid or refused, the page again with the errors (422), as {@link #submit(BindingResult,
     * Model, String, Supplier, Supplier)} says.
     */
    public String submit(
            BindingResult binding,
            Model model,
            String labelPrefix,
            Runnable write,
            String next,
            Supplier<String> formAgain) {
        return submit(new Names(ERRORS, labelPrefix, ""), binding, model, write, next, formAgain);
    }

    /** As {@link #submit(BindingResult, Model, String, Runnable, String, Supplier)}, for a form with its own names. */
    public String submit(
            Names names, BindingResult binding, Model model, Runnable write, String next, Supplier<String> formAgain) {
        return submit(
                names,
                binding,
                model,
                () -> {
                    write.run();
                    return "redirect:" + next;
                },
                formAgain);
    }

    /** Says on the next page, at its top and in the reader's language, what the write did. */
    public void notice(RedirectAttributes redirect, String key, Object... args) {
        // ICU formatting: notices count things ("{0,plural,…}"), which the plain MessageSource cannot.
        redirect.addFlashAttribute(NOTICE, messages.t(LocaleContextHolder.getLocale(), key, args));
    }

    /**
     * @param binding the result of binding and validating the form
     * @param model the page's model, where the errors go
     * @param labelPrefix the message key prefix of the form's field names ({@code agreement.new.field.})
     * @param submission stores the form and answers the view to go to (usually a redirect)
     * @param formAgain fills the model with the form as typed and answers its view
     */
    public String submit(
            BindingResult binding,
            Model model,
            String labelPrefix,
            Supplier<String> submission,
            Supplier<String> formAgain) {
        return submit(new Names(ERRORS, labelPrefix, ""), binding, model, submission, formAgain);
    }

    /**
     * The names of a form that shares its page with another (the timeline's context event form): the
     * model attribute of its errors, the message key prefix of its labels, and the prefix of its
     * fields' element ids ({@code context-} for {@code context-date}).
     */
    public record Names(String errors, String labels, String anchors) {}

    /** As {@link #submit(BindingResult, Model, String, Supplier, Supplier)}, for a form with its own names. */
    public String submit(
            Names names, BindingResult binding, Model model, Supplier<String> submission, Supplier<String> formAgain) {
        FormErrors errors;
        int status = HttpStatus.UNPROCESSABLE_CONTENT.value();
        if (binding.hasErrors()) {
            errors = errors(binding, names.labels());
        } else {
            try {
                return submission.get();
            } catch (Refused refused) {
                if (refused.denial()) {
                    throw refused;
                }
                errors = errors(refused, names.labels());
                status = refused.status(); // 422, or 409 for a record changed meanwhile
            }
        }
        model.addAttribute(names.errors(), errors.anchoredAt(names.anchors()));
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                && request.getResponse() != null) {
            HttpServletResponse response = request.getResponse();
            response.setStatus(status);
        }
        return formAgain.get();
    }

    /** Puts empty errors in the model unless a refusal put some there: for the form's first showing. */
    public static void noErrorsYet(Model model) {
        noErrorsYet(model, ERRORS);
    }

    /** As {@link #noErrorsYet(Model)}, for errors under another attribute name. */
    public static void noErrorsYet(Model model, String attribute) {
        if (!model.containsAttribute(attribute)) {
            model.addAttribute(attribute, FormErrors.NONE);
        }
    }

    /** The errors of a refusal: one per field, or the refusal's message for the whole form. */
    public FormErrors errors(Refused refused, String labelPrefix) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FormErrors.Entry> entries = new ArrayList<>();
        for (Refused.FieldError field : refused.fields()) {
            entries.add(entry(field.field(), messages.t(locale, field.messageKey(), field.args()), labelPrefix));
        }
        if (entries.isEmpty()) {
            entries.add(entry("", messages.t(locale, refused.messageKey(), refused.args()), labelPrefix));
        }
        return new FormErrors(entries);
    }

    /**
     * The errors Bean Validation found. A constraint's message is already in the user's language (the
     * validator reads {@code {key}} messages from the bundles); a value that could not even be
     * converted (letters for a number) says so.
     */
    public FormErrors errors(BindingResult binding, String labelPrefix) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FormErrors.Entry> entries = new ArrayList<>();
        for (ObjectError error : binding.getAllErrors()) {
            String field = error instanceof FieldError f ? f.getField() : "";
            String message = error instanceof FieldError f && f.isBindingFailure()
                    ? messages.t(locale, "validation.value.invalid")
                    : error.getDefaultMessage();
            entries.add(entry(field, message, labelPrefix));
        }
        return new FormErrors(entries);
    }

    private FormErrors.Entry entry(String field, String message, String labelPrefix) {
        return new FormErrors.Entry(field, FormErrors.anchorOf(field), label(field, labelPrefix), message);
    }

    /** {@code title.en} → the label of {@code title}, else of {@code title.en}; empty when none. */
    private String label(String field, String labelPrefix) {
        if (field.isEmpty() || labelPrefix == null) {
            return "";
        }
        Locale locale = LocaleContextHolder.getLocale();
        String base = field.contains(".") ? field.substring(0, field.indexOf('.')) : field;
        for (String key : List.of(labelPrefix + field, labelPrefix + base)) {
            try {
                return messages.t(locale, key);
            } catch (NoSuchMessageException noLabel) {
                // try the next
            }
        }
        return "";
    }
}
