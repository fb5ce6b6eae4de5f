package org.entente.identity;

import org.entente.shared.Classification;
import org.entente.shared.EntenteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a first start without the demo, an empty database gets one administrator of the host nation,
 * named {@value #USERNAME}. Their password comes from {@code ENTENTE_ADMIN_PASSWORD}, or is a one-time
 * password printed once on the console (never to the log) that must be changed at first sign-in.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    static final String USERNAME = "admin";
    static final String PASSWORD_VARIABLE = "ENTENTE_ADMIN_PASSWORD";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final Accounts accounts;
    private final EntenteProperties properties;

    FirstAdministrator(Accounts accounts, EntenteProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.demo() || !accounts.noneExist()) {
            return;
        }
        String given = System.getenv(PASSWORD_VARIABLE);
        boolean oneTime = given == null || given.isBlank();
        String password = oneTime ? Administration.oneTimePassword() : given;
        accounts.create(new NewAccount(
                USERNAME, password, properties.hostNation(), Classification.SECRET, "en", true, false, oneTime));
        if (oneTime) {
            log.warn("Created the first administrator '{}'; the one-time password is on the console", USERNAME);
            System.out.printf(
                    "%n  First administrator: %s   one-time password: %s   (change it at first sign-in)%n%n",
                    USERNAME, password);
        } else {
            log.info("Created the first administrator '{}' with the password from {}", USERNAME, PASSWORD_VARIABLE);
        }
    }
}
