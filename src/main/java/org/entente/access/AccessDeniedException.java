package org.entente.access;

/**
 * A refusal of the access policy. Its message is a message key, translated where it is shown;
 * the web layer answers 403 (or 404 for a record the user may not even know exists).
 */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String messageKey) {
        super(messageKey);
    }

    public String messageKey() {
        return getMessage();
    }
}
