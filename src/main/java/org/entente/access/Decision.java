package org.entente.access;

/**
 * The answer of the access policy: allowed, or refused with the message key that tells the user
 * why (in their language).
 */
public record Decision(boolean allowed, String reason) {

    static final Decision ALLOW = new Decision(true, null);

    static Decision deny(String reason) {
        return new Decision(false, reason);
    }

    /** Throws {@link AccessDeniedException} when refused. */
    public void orThrow() {
        if (!allowed) {
            throw new AccessDeniedException(reason);
        }
    }

    /**
     * Throws {@link AccessDeniedException} when refused, naming what was refused for the audit
     * entry the exception handler writes.
     */
    public void orThrow(String action, String objectType, Object objectId, org.entente.shared.Label label) {
        if (!allowed) {
            throw (AccessDeniedException) new AccessDeniedException(reason).on(action, objectType, objectId, label);
        }
    }
}
