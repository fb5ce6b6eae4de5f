package org.entente.identity;

/** An administrative act the rules do not allow; the message is a message key. */
class AdministrationRefusedException extends RuntimeException {

    AdministrationRefusedException(String messageKey) {
        super(messageKey);
    }

    String messageKey() {
        return getMessage();
    }
}
