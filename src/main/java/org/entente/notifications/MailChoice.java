package org.entente.notifications;

/** How often an account wants its notifications by e-mail; each has its key {@code notifications.mail.choice.<NAME>}. */
public enum MailChoice {
    IMMEDIATE,
    DAILY,
    NONE;

    public String messageKey() {
        return "notifications.mail.choice." + name();
    }
}
