package org.entente.agreements;

/**
 * A change the agreement's rules refuse (resuming what is not suspended, an event dated before the
 * previous one, anything after termination). Its message is a message key shown in the user's
 * language; {@link #field()} names the form field the user should correct.
 */
public class AgreementRefusedException extends RuntimeException {

    private final String field;

    AgreementRefusedException(String field, String messageKey) {
        super(messageKey);
        this.field = field;
    }

    public String messageKey() {
        return getMessage();
    }

    public String field() {
        return field;
    }
}
