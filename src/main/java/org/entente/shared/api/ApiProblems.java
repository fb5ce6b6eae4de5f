package org.entente.shared.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.shared.Translator;
import org.springframework.context.NoSuchMessageException;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The API's errors (RFC 9457 {@code application/problem+json}, api.md): {@code status}, a {@code
 * title} naming the status and a {@code detail} saying what went wrong, both in the caller's
 * language, and for invalid input {@code errors: [{field, message}]}. Controllers, the exception
 * handler and the security filters all build them here.
 */
@Component
public class ApiProblems {

    public static final String PREFIX = "/api/";

    private final Translator messages;

    ApiProblems(Translator messages) {
        this.messages = messages;
    }

    /** Whether a request path is the API's (its errors are problems, never pages). */
    public static boolean isApi(String requestUri) {
        return requestUri != null && requestUri.startsWith(PREFIX);
    }

    /** A problem of this status whose detail is the message {@code detailKey}. */
    public ProblemDetail problem(HttpStatusCode status, String detailKey, Locale locale, Object... args) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.t(locale, detailKey, args));
        problem.setTitle(title(status, locale));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    /** The bundles the problems are written from. */
    public Translator messages() {
        return messages;
    }

    /** A message in the caller's language. */
    public String message(Locale locale, String key, Object... args) {
        return messages.t(locale, key, args);
    }

    /** A problem naming each refused field. */
    public ProblemDetail invalid(HttpStatusCode status, List<ApiRequestInvalid.FieldError> errors, Locale locale) {
        return invalid(status, errors, null, locale);
    }

    /**
     * As {@link #invalid(HttpStatusCode, List, Locale)}, each message led by its field's name in the
     * reader's language ("Titre : 300 caractères au plus.") where {@code labelPrefix} names one.
     */
    public ProblemDetail invalid(
            HttpStatusCode status, List<ApiRequestInvalid.FieldError> errors, String labelPrefix, Locale locale) {
        ProblemDetail problem = problem(status, "api.invalid", locale);
        problem.setProperty(
                "errors",
                errors.stream()
                        .map(e -> Map.of(
                                "field",
                                e.field(),
                                "message",
                                labelled(labelPrefix, e.field(), messages.t(locale, e.messageKey(), e.args()), locale)))
                        .toList());
        return problem;
    }

    private String labelled(String labelPrefix, String field, String message, Locale locale) {
        if (labelPrefix == null || field == null || field.isEmpty()) {
            return message;
        }
        try {
            return messages.t(locale, "validation.labelled", messages.t(locale, labelPrefix + field), message);
        } catch (NoSuchMessageException unlabelled) {
            return message;
        }
    }

    public ResponseEntity<ProblemDetail> response(
            HttpStatusCode status, String detailKey, Locale locale, Object... args) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, detailKey, locale, args));
    }

    /** Writes a problem straight to the response, for the filters that answer before any controller. */
    public void write(HttpServletResponse response, HttpStatusCode status, String detailKey, Locale locale)
            throws IOException {
        ProblemDetail problem = problem(status, detailKey, locale);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":\"about:blank\",\"title\":%s,\"status\":%d,\"detail\":%s}"
                        .formatted(quoted(problem.getTitle()), status.value(), quoted(problem.getDetail())));
    }

    /** The status's name in the caller's language ({@code api.status.<code>}, else the general one). */
    String title(HttpStatusCode status, Locale locale) {
        try {
            return messages.t(locale, "api.status." + status.value());
        } catch (NoSuchMessageException notOneOfOurs) {
            return messages.t(locale, status.is4xxClientError() ? "api.status.400" : "api.status.500");
        }
    }

    private static String quoted(String text) {
        var json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u%04x".formatted((int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
