package org.entente.demo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the demo where it is and how to sign in. */
@Component
@ConditionalOnBooleanProperty("entente.demo")
class DemoSignIns {

    private final Environment environment;

    DemoSignIns(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void print() {
        var out = new StringBuilder();
        out.append("%n  Entente is ready: http://localhost:%s/%n%n"
                .formatted(environment.getProperty("local.server.port")));
        out.append("  Demo sign-ins (password for all: %s)%n".formatted(DemoScenario.PASSWORD));
        for (var account : DemoScenario.ACCOUNTS) {
            out.append("    %-12s %s  %-12s %s%n"
                    .formatted(account.username(), account.nation(), account.clearance(), account.role()));
        }
        System.out.println(out);
    }
}
