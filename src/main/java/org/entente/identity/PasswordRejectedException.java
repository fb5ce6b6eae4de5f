package org.entente.identity;

/** A password that breaks a rule; the message key says which, in the user's language. */
public class PasswordRejectedException extends RuntimeException {

    private final String messageKey;

    PasswordRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
