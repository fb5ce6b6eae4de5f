package org.entente.support;

import java.util.function.Consumer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A step run once a demo test application is ready: after the demo's ApplicationRunners, before any
 * test of the class; for that application only (a child context's event is passed over). A class,
 * not a lambda: Spring Modulith's multicaster (the outbox) hands a lambda listener every event, and
 * it fails on the cast.
 */
final class OnDemoReady implements ApplicationListener<ApplicationReadyEvent> {

    private final ConfigurableApplicationContext context;
    private final Consumer<ConfigurableApplicationContext> step;

    OnDemoReady(ConfigurableApplicationContext context, Consumer<ConfigurableApplicationContext> step) {
        this.context = context;
        this.step = step;
    }

    /** Whether the application loads the demo ({@code entente.demo=true}). */
    static boolean demo(ConfigurableApplicationContext context) {
        return context.getEnvironment().getProperty("entente.demo", Boolean.class, false);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() == context && demo(context)) {
            step.accept(context);
        }
    }
}
