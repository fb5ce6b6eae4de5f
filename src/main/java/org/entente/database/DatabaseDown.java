package org.entente.database;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Map;
import org.entente.shared.Translator;
import org.entente.shared.api.ApiProblems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database cannot be reached, every request answers 503 at once with {@code
 * Retry-After}: a page saying so in the reader's language ({@code database/unavailable.jte}), or
 * under {@code /api} a problem. It catches the failure wherever it surfaces: in a controller (as a
 * {@link HandlerExceptionResolver} ahead of every {@code @ExceptionHandler}) and in a filter (as
 * the outermost filter). The pools give up on a connection after {@code
 * spring.datasource.hikari.connection-timeout}, so nobody waits long for this answer.
 */
@Component
class DatabaseDown extends OncePerRequestFilter implements HandlerExceptionResolver, ErrorViewResolver, Ordered {

    static final String RETRY_AFTER_SECONDS = "5";
    static final String VIEW = "database/unavailable";

    private static final Logger log = LoggerFactory.getLogger(DatabaseDown.class);

    /** The words of the outage's line; one line when it begins, one when a request is served again. */
    static final String OUTAGE = "the database cannot be reached, requests are answered 503";

    private final ChangeLog outage = new ChangeLog(log, "Database outage", "The database serves requests again");

    /** A request attribute: this request's 503 is already in the log. */
    private static final String REPORTED = DatabaseDown.class.getName() + ".reported";

    private final ApiProblems problems;
    private final LocaleResolver locales;
    private final Translator messages;

    DatabaseDown(ApiProblems problems, LocaleResolver localeResolver, Translator messages) {
        this.problems = problems;
        this.locales = localeResolver;
        this.messages = messages;
    }

    /** Whether the failure, or one of its causes, says the database could not be reached. */
    static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CannotGetJdbcConnectionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
            // A rollback that failed on the connection just lost hides the failure that caused it:
            // "Connection is closed" from the pool has no SQL state (seen in the failover drill).
            if (cause instanceof TransactionSystemException tx
                    && tx.getApplicationException() != null
                    && isCause(tx.getApplicationException())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Class 08 (connection exception) and 57P01–57P03 (the server shutting down or starting). */
    private static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.matches("57P0[123]"));
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!isCause(failure) || response.isCommitted()) {
            return null;
        }
        try {
            answer(request, response, failure);
            return new ModelAndView();
        } catch (IOException cannotAnswer) {
            return null;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean nested = DatabaseDownLog.serving();
        try {
            chain.doFilter(request, response);
            if (response.getStatus() < 500) {
                outage.cleared();
            }
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!isCause(failure)) {
                throw failure;
            }
            if (request.getDispatcherType() == DispatcherType.ERROR && !response.isCommitted()) {
                plainPage(request, response, failure);
                return;
            }
            if (response.isCommitted()) {
                // Already answered 503 by the handler's resolver, then the database failed again on
                // the way out (the session saved after the request): that answer stands. Thrown on,
                // Tomcat would replace it with a 500 (seen in the failover drill, bench/ha).
                if (response.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
                    report(request, failure);
                    return;
                }
                throw failure;
            }
            answer(request, response, failure);
        } finally {
            DatabaseDownLog.served(nested);
        }
    }

    /**
     * Also the error pages: the 503 page's own request passes the security filters again, which read
     * the session, which needs the database. Failing there, the answer is this page without the
     * layout (which needs the reader), instead of Tomcat's report of the exception.
     */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    private void plainPage(HttpServletRequest request, HttpServletResponse response, Exception failure)
            throws IOException {
        report(request, failure);
        Locale locale;
        try {
            locale = locales.resolveLocale(request);
        } catch (RuntimeException readerUnknown) {
            locale = request.getLocale(); // the reader is in the session that could not be read
        }
        String title = HtmlUtils.htmlEscape(messages.t(locale, "unavailable.title"));
        String text = HtmlUtils.htmlEscape(messages.t(locale, "unavailable.text"));
        boolean rightToLeft = "ar".equals(locale.getLanguage()) || "he".equals(locale.getLanguage());
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream()
                .write("""
                        <!doctype html>
                        <html lang="%s" dir="%s"><meta charset="utf-8"><title>%s</title>
                        <main><h1>%s</h1><p>%s</p></main></html>
                        """.formatted(locale.getLanguage(), rightToLeft ? "rtl" : "ltr", title, title, text)
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return status == HttpStatus.SERVICE_UNAVAILABLE ? new ModelAndView(VIEW, model, status) : null;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, Exception failure)
            throws IOException {
        report(request, failure);
        response.resetBuffer();
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        if (ApiProblems.isApi(request.getRequestURI())) {
            problems.write(
                    response,
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "api.database.unavailable",
                    locales.resolveLocale(request));
        } else {
            response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
        }
    }

    /**
     * Counts the request's 503 in the outage, once, though its error page (a second dispatch of the
     * same request) or its session's save may meet the database's absence again: the log has one
     * line when the outage begins, naming the first request and its cause, and one when it ends,
     * with the number of requests answered 503 (the failover drill's 20 s without a primary were
     * some 200 lines, one per request).
     */
    private void report(HttpServletRequest request, Exception failure) {
        if (request.getAttribute(REPORTED) != null) {
            return;
        }
        request.setAttribute(REPORTED, Boolean.TRUE);
        outage.met(
                OUTAGE, "first: " + request.getMethod() + " " + request.getRequestURI() + ", " + rootMessage(failure));
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** First in the filter chain, and first among the exception resolvers. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
