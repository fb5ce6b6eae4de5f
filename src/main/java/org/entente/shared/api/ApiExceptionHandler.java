package org.entente.shared.api;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.shared.NotReadable;
import org.entente.shared.Refused;
import org.entente.shared.edge.BodyTooLarge;
import org.entente.shared.edge.JsonRefusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Every error under {@code /api} answers {@code application/problem+json} in the caller's language:
 * unknown routes and methods, unsupported media types, unreadable JSON, parameters of the wrong
 * type or missing, refusals of method security, precondition failures, and anything unexpected (a
 * 500 that says nothing of its cause; the cause goes to the log). Errors of pages are left to
 * Spring as before: the handlers rethrow them.
 *
 * <p>Refusals ({@link Refused}, {@link NotReadable}) and failed Bean Validation come through the one
 * refusal path, {@code shared.web.PageExceptionHandler}, which audits denials and calls {@link
 * #refused}, {@link #notReadable} or {@link #invalid(BindException, HttpServletRequest)} for the API.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiProblems problems;

    ApiExceptionHandler(ApiProblems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ApiRequestInvalid.class)
    ResponseEntity<ProblemDetail> invalid(ApiRequestInvalid invalid, HttpServletRequest request) {
        HttpStatusCode status = HttpStatusCode.valueOf(invalid.status());
        return send(status, problems.invalid(status, invalid.errors(), locale(request)));
    }

    @ExceptionHandler(ETags.PreconditionFailed.class)
    ResponseEntity<ProblemDetail> precondition(ETags.PreconditionFailed failed, HttpServletRequest request) {
        return send(failed.status(), problems.problem(failed.status(), failed.messageKey(), locale(request)));
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(TypeMismatchException mismatch, HttpServletRequest request)
            throws TypeMismatchException {
        requireApi(request, mismatch);
        String field = mismatch.getPropertyName() == null ? "" : mismatch.getPropertyName();
        return field(request, field, "api.value.invalid");
    }

    /**
     * A request name the binder cannot place ({@code quarter[0]} on a number, {@code version[MAR]}):
     * 400 naming it. Called by the page handler, which sees it first.
     */
    public ResponseEntity<ProblemDetail> badName(InvalidPropertyException bad, HttpServletRequest request) {
        return field(request, bad.getPropertyName(), "api.value.invalid");
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> missing(Exception missing, HttpServletRequest request) throws Exception {
        requireApi(request, missing);
        String field = missing instanceof MissingServletRequestParameterException parameter
                ? parameter.getParameterName()
                : ((MissingServletRequestPartException) missing).getRequestPartName();
        return field(request, field, "api.value.required");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request)
            throws HttpMessageNotReadableException {
        requireApi(request, unreadable);
        if (BodyTooLarge.wasRaisedFor(request) || BodyTooLarge.isCauseOf(unreadable)) {
            return send(HttpStatus.CONTENT_TOO_LARGE, "api.body.tooLargeUnknown", request);
        }
        ApiRequestInvalid field = JsonRefusals.of(unreadable);
        if (field != null) {
            return invalid(field, request);
        }
        return send(HttpStatus.BAD_REQUEST, "api.body.unreadable", request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> validation(HandlerMethodValidationException invalid, HttpServletRequest request)
            throws HandlerMethodValidationException {
        requireApi(request, invalid);
        return send(HttpStatus.BAD_REQUEST, "api.invalid", request);
    }

    /**
     * A refusal: 403 for a denial (already audited), else 422; {@code errors[]} names each field.
     */
    public ResponseEntity<ProblemDetail> refused(Refused refused, HttpServletRequest request) {
        HttpStatusCode status = HttpStatusCode.valueOf(refused.status());
        List<Map<String, String>> named = refused.namedErrors(problems.messages(), locale(request));
        if (!named.isEmpty()) {
            ProblemDetail problem = problems.problem(status, refused.messageKey(), locale(request), refused.args());
            problem.setProperty("errors", named);
            return send(status, problem);
        }
        if (refused.fields().isEmpty()) {
            return send(status, problems.problem(status, refused.messageKey(), locale(request), refused.args()));
        }
        var errors = refused.fields().stream()
                .map(e -> new ApiRequestInvalid.FieldError(e.field(), e.messageKey(), e.args()))
                .toList();
        return send(status, problems.invalid(status, errors, refused.fieldLabelPrefix(), locale(request)));
    }

    /** A record the caller may not read, answered as one that does not exist. */
    public ResponseEntity<ProblemDetail> notReadable(HttpServletRequest request) {
        return send(HttpStatus.NOT_FOUND, "api.notFound", request);
    }

    /**
     * Bean Validation's errors: 422 with each constraint's message (already in the caller's language);
     * a value that cannot even be converted (letters for a number) is a 400, as before.
     */
    public ResponseEntity<ProblemDetail> invalid(BindException invalid, HttpServletRequest request) {
        Locale locale = locale(request);
        boolean conversionOnly = invalid.getFieldErrors().stream().allMatch(e -> e.isBindingFailure());
        HttpStatusCode status = conversionOnly ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = problems.problem(status, "api.invalid", locale);
        problem.setProperty(
                "errors",
                invalid.getFieldErrors().stream()
                        .map(e -> Map.of(
                                "field",
                                e.getField(),
                                "message",
                                e.isBindingFailure() || e.getDefaultMessage() == null
                                        ? problems.message(locale, "api.value.invalid", e.getField())
                                        : e.getDefaultMessage()))
                        .toList());
        return send(status, problem);
    }

    /** A multipart file above the limit (the attachments' upload): 413, nothing stored. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException tooLarge, HttpServletRequest request)
            throws MaxUploadSizeExceededException {
        requireApi(request, tooLarge);
        return send(HttpStatus.CONTENT_TOO_LARGE, "api.body.tooLargeUnknown", request);
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(
            org.springframework.security.access.AccessDeniedException denied, HttpServletRequest request)
            throws org.springframework.security.access.AccessDeniedException {
        requireApi(request, denied);
        return send(HttpStatus.FORBIDDEN, "api.forbidden", request);
    }

    /** Spring's own errors (404 of an unknown route, 405, 415, a ResponseStatusException…). */
    @ExceptionHandler({ServletException.class, ErrorResponseException.class})
    ResponseEntity<ProblemDetail> spring(Exception error, HttpServletRequest request) throws Exception {
        requireApi(request, error);
        if (!(error instanceof ErrorResponse response)) {
            return unexpected(error, request);
        }
        HttpStatusCode status = response.getStatusCode();
        String key;
        if (error instanceof NoResourceFoundException) {
            key = "api.route.unknown";
        } else if (error instanceof HttpRequestMethodNotSupportedException) {
            key = "api.method.unsupported";
        } else if (error instanceof HttpMediaTypeNotSupportedException) {
            key = "api.media.unsupported";
        } else if (error instanceof MissingRequestValueException) {
            key = "api.invalid";
        } else if (status.value() == 404) {
            key = "api.notFound";
        } else {
            key = status.is4xxClientError() ? "api.request.refused" : "api.unexpected";
        }
        return ResponseEntity.status(status)
                .headers(response.getHeaders())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(status, key, locale(request)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception unexpected, HttpServletRequest request) throws Exception {
        requireApi(request, unexpected);
        if (BodyTooLarge.wasRaisedFor(request) || BodyTooLarge.isCauseOf(unexpected)) {
            return send(HttpStatus.CONTENT_TOO_LARGE, "api.body.tooLargeUnknown", request);
        }
        log.error("{} {} failed", request.getMethod(), request.getRequestURI(), unexpected);
        return send(HttpStatus.INTERNAL_SERVER_ERROR, "api.unexpected", request);
    }

    private ResponseEntity<ProblemDetail> field(HttpServletRequest request, String field, String key) {
        return invalid(new ApiRequestInvalid(List.of(new ApiRequestInvalid.FieldError(field, key, field))), request);
    }

    private ResponseEntity<ProblemDetail> send(HttpStatusCode status, String key, HttpServletRequest request) {
        return send(status, problems.problem(status, key, locale(request)));
    }

    private static ResponseEntity<ProblemDetail> send(HttpStatusCode status, ProblemDetail problem) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A page's error is not ours: rethrown, Spring goes on with its usual handling. */
    private static <E extends Exception> void requireApi(HttpServletRequest request, E error) throws E {
        if (!ApiProblems.isApi(request.getRequestURI())) {
            throw error;
        }
    }

    private static Locale locale(HttpServletRequest request) {
        return RequestContextUtils.getLocale(request);
    }
}
