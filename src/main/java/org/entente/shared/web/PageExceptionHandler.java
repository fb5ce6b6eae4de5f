package org.entente.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.entente.shared.Denials;
import org.entente.shared.NotReadable;
import org.entente.shared.Refused;
import org.entente.shared.Translator;
import org.entente.shared.api.ApiExceptionHandler;
import org.entente.shared.api.ApiProblems;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one refusal path: every {@link Refused}, {@link NotReadable} and failed Bean Validation that a
 * handler lets through ends here, for pages and API alike, so that no controller catches them.
 *
 * <ul>
 *   <li>a denial ({@link Refused#denial()}) is audited and answers 403;
 *   <li>{@link NotReadable} is audited as a denial and answers 404, as for a record that does not
 *       exist;
 *   <li>any other refusal, or invalid input, answers 422.
 * </ul>
 *
 * Pages get the error page (through {@code sendError}, as every other page error); a form shows
 * its own errors beside its fields through {@link Forms} before anything reaches here. Requests
 * under {@code /api} get the problem from {@link ApiExceptionHandler} instead. It comes before the
 * API's handler, which handles everything else under {@code /api}.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageExceptionHandler {

    private final Denials denials;
    private final ApiExceptionHandler api;
    private final Translator messages;

    PageExceptionHandler(Denials denials, ApiExceptionHandler api, Translator messages) {
        this.denials = denials;
        this.api = api;
        this.messages = messages;
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ProblemDetail> refused(
            Refused refused, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (refused.denial()) {
            Refused.Target target = refused.target();
            DeniedAs named = handler == null ? null : handler.getMethodAnnotation(DeniedAs.class);
            if (target == null && named != null) {
                denials.record(named.action(), named.objectType(), pathId(request), null, refused.messageKey());
            } else if (target == null) {
                denials.record(route(request), "route", pathId(request), null, refused.messageKey());
            } else {
                denials.record(
                        target.action(), target.objectType(), target.objectId(), target.label(), refused.messageKey());
            }
        }
        if (ApiProblems.isApi(request.getRequestURI())) {
            return api.refused(refused, request);
        }
        // The error page says why (Spring's error attributes carry it there).
        String reason = messages.t(RequestContextUtils.getLocale(request), refused.messageKey(), refused.args());
        request.setAttribute(RefusalErrorAttributes.REASON, reason);
        response.sendError(refused.status(), reason);
        return null;
    }

    @ExceptionHandler(NotReadable.class)
    ResponseEntity<ProblemDetail> notReadable(
            NotReadable notReadable, HandlerMethod handler, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        DeniedAs named = handler == null ? null : handler.getMethodAnnotation(DeniedAs.class);
        denials.record(
                named == null ? route(request) : named.action(),
                notReadable.objectType(),
                notReadable.objectId(),
                null,
                "access.notReadable");
        if (ApiProblems.isApi(request.getRequestURI())) {
            return api.notReadable(request);
        }
        response.sendError(404);
        return null;
    }

    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalid(
            BindException invalid, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ApiProblems.isApi(request.getRequestURI())) {
            return api.invalid(invalid, request);
        }
        response.sendError(422);
        return null;
    }

    /**
     * A request name that walks into a value that has no parts ({@code quarter[0]=1} for a number):
     * the binder throws instead of passing it over, and it is the client's mistake, a 400.
     */
    @ExceptionHandler(InvalidPropertyException.class)
    ResponseEntity<ProblemDetail> badName(
            InvalidPropertyException bad, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ApiProblems.isApi(request.getRequestURI())) {
            return api.badName(bad, request);
        }
        response.sendError(400);
        return null;
    }

    /** {@code POST /agreements/{id}/events}: what was tried, when the thrower did not name it. */
    private static String route(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return request.getMethod() + " " + (pattern == null ? request.getRequestURI() : pattern);
    }

    private static String pathId(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                        && variables.get("id") != null
                ? variables.get("id").toString()
                : null;
    }
}
