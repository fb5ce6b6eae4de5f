package org.entente.shared.edge;

import jakarta.servlet.ServletRequest;
import java.io.IOException;

/**
 * A request body longer than its limit, found while it was read (a chunked body says no length
 * up front). The request remembers it, so that whoever answers — the API's exception handler, the
 * edge filter for pages — answers 413 however the reader wrapped this exception.
 */
public class BodyTooLarge extends IOException {

    private static final String ATTRIBUTE = BodyTooLarge.class.getName();

    private final long limit;

    BodyTooLarge(long limit) {
        super("request body over " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    void markOn(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, this);
    }

    /** The body of this request went over its limit while being read (whatever exception followed). */
    public static boolean wasRaisedFor(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }

    /** Whether this throwable or one of its causes is a size refusal (ours, or the multipart parser's). */
    public static boolean isCauseOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLarge
                    || t instanceof org.springframework.web.multipart.MaxUploadSizeExceededException
                    || t.getClass().getName().endsWith("SizeLimitExceededException")
                    || t.getClass().getName().endsWith("SizeException")) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
