package org.entente.access;

import org.entente.shared.Refused;

/**
 * A refusal of the access policy: a {@link Refused} that is a {@linkplain #denial() denial}, so the
 * exception handlers answer 403 (page or problem) and record it in the audit trail. Its message key
 * says why, in the user's language. A record the subject may not read at all is {@link
 * org.entente.shared.NotReadable} (404) instead.
 */
public class AccessDeniedException extends Refused {

    public AccessDeniedException(String messageKey) {
        super(messageKey);
    }

    @Override
    public boolean denial() {
        return true;
    }
}
