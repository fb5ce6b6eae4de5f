package org.entente.identity;

import org.entente.shared.Classification;
import org.entente.shared.Subject;

/**
 * The access policy's rules that accounts ask: who administers a nation's accounts, and never
 * above one's own clearance. {@code access.AccessPolicy} holds them; the access module implements
 * this interface with it, because access depends on identity and identity may not call it back.
 */
public interface AccountRules {

    /** Whether the subject administers their nation's accounts. */
    boolean administers(Subject subject);

    /** Never above one's own clearance: whether the subject may give or use this classification. */
    boolean withinClearance(Subject subject, Classification classification);
}
