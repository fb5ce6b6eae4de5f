package org.entente.shared.api;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;

/**
 * Entity tags for the API (api.md): a record's {@code ETag} on reading it, {@code If-None-Match}
 * answered 304 when the caller's copy is current, and {@code If-Match} on a write refused with a 412
 * problem when the caller's copy is stale.
 *
 * <pre>{@code
 * return ETags.ok(request, json);                        // GET one
 * ETags.requireIfMatch(request, ETags.of(currentJson));  // before a write
 * }</pre>
 */
public final class ETags {

    private ETags() {}

    /** A strong tag of a record's content: a hash of its parts' text (records' {@code toString}). */
    public static String of(Object... parts) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(Arrays.deepToString(parts).getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A strong tag of a record's version number, for tables that keep one. */
    public static String ofVersion(long version) {
        return "\"v" + version + "\"";
    }

    /** 200 with the body and its tag, or 304 without a body when {@code If-None-Match} holds that tag. */
    public static <T> ResponseEntity<T> ok(HttpServletRequest request, T body) {
        String tag = of(body);
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), tag, true)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tag).build();
        }
        return ResponseEntity.ok().eTag(tag).body(body);
    }

    /**
     * Goes on when the request has no {@code If-Match} or one naming the current tag (or {@code *});
     * throws {@link PreconditionFailed} (a 412 problem) otherwise.
     */
    public static void requireIfMatch(HttpServletRequest request, String current) {
        String ifMatch = request.getHeader(HttpHeaders.IF_MATCH);
        if (ifMatch != null && !matches(ifMatch, current, false)) {
            throw new PreconditionFailed();
        }
    }

    /** Whether a list of tags names {@code tag}; weak comparison ignores the {@code W/} prefix. */
    static boolean matches(String header, String tag, boolean weak) {
        if (header == null || header.isBlank()) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String one = candidate.strip();
            if (one.equals("*")) {
                return true;
            }
            if (weak && one.startsWith("W/")) {
                one = one.substring(2);
            }
            if (one.equals(tag)) {
                return true;
            }
        }
        return false;
    }

    /** The caller's copy is stale: 412 Precondition Failed. */
    public static class PreconditionFailed extends RuntimeException {

        public PreconditionFailed() {
            super("If-Match does not name the current version");
        }

        HttpStatusCode status() {
            return HttpStatus.PRECONDITION_FAILED;
        }

        String messageKey() {
            return "api.precondition.failed";
        }
    }
}
