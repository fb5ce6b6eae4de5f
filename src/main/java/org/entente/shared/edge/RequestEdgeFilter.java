package org.entente.shared.edge;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.shared.api.ApiProblems;
import org.entente.shared.api.ApiRequestInvalid;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first thing every request meets, before sign-in and before any controller: what no route
 * accepts is refused here, once, so that no handler, filter or database ever sees it.
 *
 * <ul>
 *   <li>A body larger than its limit ({@link RequestLimits}) gets <b>413</b>: at once when its
 *       {@code Content-Length} says so, else when the reading goes past it (chunked bodies).
 *   <li>A control character ({@link ControlCharacters}) in the path, a parameter's name or value
 *       (query string and form alike), a header's value, a multipart part's name or file name gets
 *       <b>400</b>: a problem naming the field under {@code /api}, the error page in the user's
 *       language elsewhere.
 * </ul>
 *
 * JSON bodies are checked as they are read ({@link StrictJson}).
 */
public class RequestEdgeFilter extends OncePerRequestFilter {

    /** What a refused request names as its field when the fault is in the address itself. */
    static final String PATH_FIELD = "path";

    private final RequestLimits limits;
    private final ApiProblems problems;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public RequestEdgeFilter(RequestLimits limits, ApiProblems problems, LocaleResolver locales, JsonMapper json) {
        this.limits = limits;
        this.problems = problems;
        this.locales = locales;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limits.limitFor(request.getContentType());
        long length = request.getContentLengthLong();
        if (length > limit) {
            refuseTooLarge(request, response, limit);
            return;
        }
        String bad;
        try {
            bad = firstBadField(request);
        } catch (RuntimeException | IOException | ServletException unreadable) {
            if (BodyTooLarge.isCauseOf(unreadable)) {
                refuseTooLarge(request, response, limit);
            } else {
                refuse(request, response, HttpStatus.BAD_REQUEST, List.of(field("body", "api.body.unreadable")));
            }
            return;
        }
        if (bad != null) {
            refuse(request, response, HttpStatus.BAD_REQUEST, List.of(field(bad, "api.value.control", bad)));
            return;
        }
        HttpServletRequest limited = length < 0 ? new Limited(request, limit) : request;
        try {
            chain.doFilter(limited, response);
        } catch (IOException | ServletException | RuntimeException error) {
            // A page whose body went over its limit while a handler read it: 413, not a 500.
            if (!response.isCommitted() && (BodyTooLarge.wasRaisedFor(request) || BodyTooLarge.isCauseOf(error))) {
                refuseTooLarge(request, response, limit);
                return;
            }
            throw error;
        }
    }

    /** The name of the first field carrying a refused character, or null when the request is clean. */
    static String firstBadField(HttpServletRequest request) throws IOException, ServletException {
        String raw = request.getRequestURI();
        String path;
        try {
            // Most paths carry no escape: nothing to decode (and nothing to allocate) for them.
            path = raw == null || !wellEscaped(raw)
                    ? null
                    : raw.indexOf('%') < 0 ? raw : UriUtils.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            path = null;
        }
        if (path == null) {
            return PATH_FIELD;
        }
        if (!ControlCharacters.isCleanIdentifier(path)) {
            return PATH_FIELD;
        }
        for (Enumeration<String> headers = request.getHeaderNames(); headers.hasMoreElements(); ) {
            String header = headers.nextElement();
            for (Enumeration<String> values = request.getHeaders(header); values.hasMoreElements(); ) {
                if (!ControlCharacters.isCleanText(values.nextElement())) {
                    return header;
                }
            }
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!ControlCharacters.isCleanIdentifier(parameter.getKey())) {
                return ControlCharacters.printable(parameter.getKey());
            }
            for (String value : parameter.getValue()) {
                if (!ControlCharacters.isCleanText(value)) {
                    return parameter.getKey();
                }
            }
        }
        return firstBadPart(request);
    }

    /** Every {@code %} starts an escape of two hexadecimal digits. */
    static boolean wellEscaped(String raw) {
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length()
                    || Character.digit(raw.charAt(i + 1), 16) < 0
                    || Character.digit(raw.charAt(i + 2), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static String firstBadPart(HttpServletRequest request) throws IOException, ServletException {
        if (request instanceof MultipartHttpServletRequest multipart) {
            for (Map.Entry<String, List<MultipartFile>> files :
                    multipart.getMultiFileMap().entrySet()) {
                if (!ControlCharacters.isCleanIdentifier(files.getKey())) {
                    return ControlCharacters.printable(files.getKey());
                }
                for (MultipartFile file : files.getValue()) {
                    if (!ControlCharacters.isCleanIdentifier(file.getOriginalFilename())) {
                        return files.getKey();
                    }
                }
            }
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            return null;
        }
        for (Part part : request.getParts()) {
            if (!ControlCharacters.isCleanIdentifier(part.getName())) {
                return ControlCharacters.printable(part.getName());
            }
            if (!ControlCharacters.isCleanIdentifier(part.getSubmittedFileName())) {
                return part.getName();
            }
        }
        return null;
    }

    private void refuseTooLarge(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        refuse(
                request,
                response,
                HttpStatus.CONTENT_TOO_LARGE,
                List.of(field("body", "api.body.tooLarge", RequestLimits.describe(limit))));
    }

    private void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatusCode status,
            List<ApiRequestInvalid.FieldError> errors)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        // The connection may still hold the rest of a large body: let Tomcat close it rather than read it.
        if (status.value() == 413) {
            response.setHeader("Connection", "close");
        }
        if (!ApiProblems.isApi(request.getRequestURI())) {
            response.sendError(status.value());
            return;
        }
        Locale locale = locale(request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        ProblemDetail problem = problems.invalid(status, errors, locale);
        var body = new LinkedHashMap<String, Object>();
        body.put("type", "about:blank");
        body.put("title", problem.getTitle());
        body.put("status", status.value());
        body.put("detail", problem.getDetail());
        body.putAll(problem.getProperties() == null ? Map.of() : problem.getProperties());
        response.getWriter().write(json.writeValueAsString(body));
    }

    /** The caller's language, from a clean cookie or Accept-Language (the request may be anything here). */
    private Locale locale(HttpServletRequest request) {
        try {
            return locales.resolveLocale(request);
        } catch (RuntimeException unreadable) {
            return Locale.ENGLISH;
        }
    }

    private static ApiRequestInvalid.FieldError field(String name, String key, Object... args) {
        return new ApiRequestInvalid.FieldError(name, key, args.length == 0 ? new Object[] {name} : args);
    }

    /** A request whose body, of unknown length, may be read only up to the limit. */
    static final class Limited extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit, getRequest());
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long limit;
        private final jakarta.servlet.ServletRequest request;
        private long read;

        CountingStream(ServletInputStream in, long limit, jakarta.servlet.ServletRequest request) {
            this.in = in;
            this.limit = limit;
            this.request = request;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLarge {
            read += n;
            if (read > limit) {
                var tooLarge = new BodyTooLarge(limit);
                tooLarge.markOn(request);
                throw tooLarge;
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
