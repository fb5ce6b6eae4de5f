package org.entente.audit;

import org.entente.identity.SignInEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every sign-in, refused sign-in and sign-out. The listeners run synchronously, in the
 * request, in a transaction of their own: a sign-in the trail cannot record fails.
 */
@Component
class SignInAuditor {

    static final String SIGN_IN = "identity.sign-in";
    static final String SIGN_OUT = "identity.sign-out";
    static final String ACCOUNT = "account";

    /** A username as typed can be anything; this much of it, in these characters, is kept. */
    static final int MAX_TYPED_LENGTH = 64;

    private final AuditTrail trail;

    SignInAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    @Transactional
    void signedIn(SignInEvents.SignedIn event) {
        trail.recordAs(
                event.username(),
                event.nation(),
                event.address(),
                AuditEvent.success(SIGN_IN, ACCOUNT, event.username(), null));
    }

    @EventListener
    @Transactional
    void refused(SignInEvents.SignInRefused event) {
        String typed = asTyped(event.username());
        trail.recordAs(
                typed,
                null,
                event.address(),
                AuditEvent.failure(SIGN_IN, ACCOUNT, typed, null).with("reason", event.reason()));
    }

    @EventListener
    @Transactional
    void signedOut(SignInEvents.SignedOut event) {
        trail.recordAs(
                event.username(),
                event.nation(),
                event.address(),
                AuditEvent.success(SIGN_OUT, ACCOUNT, event.username(), null));
    }

    /**
     * A username as typed, made harmless to show: letters, digits and {@code ._@-} kept, anything
     * else (spaces, markup, control characters) a {@code ?}, and at most {@value #MAX_TYPED_LENGTH}
     * characters.
     */
    static String asTyped(String username) {
        if (username == null || username.isBlank()) {
            return "-";
        }
        String kept = username.strip().replaceAll("[^\\p{L}\\p{N}._@-]", "?");
        int end = kept.offsetByCodePoints(0, Math.min(MAX_TYPED_LENGTH, kept.codePointCount(0, kept.length())));
        return end < kept.length() ? kept.substring(0, end) + "…" : kept;
    }
}
