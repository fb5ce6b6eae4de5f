package org.entente.notifications;

/** An account's e-mail: where to (null: none given, no mail), and how often. */
public record MailSetting(String address, MailChoice choice) {

    static final MailSetting NONE = new MailSetting(null, MailChoice.IMMEDIATE);
}
