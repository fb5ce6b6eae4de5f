package org.entente.support;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * The demo accounts of a test application, given a cheap Argon2 hash of the same demo password
 * once the demo is loaded. The tests sign in hundreds of times; at the production parameters
 * (16 MiB, 2 passes: about 50 ms of a core) that is tens of seconds of a build. Argon2 reads its
 * parameters from the stored hash, so each sign-in still checks the real password through the
 * application's real encoder, throttle and places, only on 64 KiB and one pass. Everything else is
 * as in production: the demo accounts are created, and every account a test opens or password it
 * changes is hashed, at the production parameters ({@code identity.SignInIT}).
 */
public final class CheapDemoPasswords {

    /** Far below any production setting: for test accounts only. */
    private static final Argon2PasswordEncoder CHEAP = new Argon2PasswordEncoder(16, 32, 1, 64, 1);

    private static final List<String> DEMO_ACCOUNTS = Arrays.stream(Personas.Persona.values())
            .map(Personas.Persona::username)
            .toList();

    private CheapDemoPasswords() {}

    /** Registered for every Spring test context ({@code META-INF/spring.factories}); splits none. */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(
                Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    private static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.addApplicationListener(new OnDemoReady(context, CheapDemoPasswords::cheapen));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }

    /** After the demo's ApplicationRunners, before any test of the class: the cheap hashes. */
    private static void cheapen(ConfigurableApplicationContext context) {
        context.getBean(JdbcClient.class)
                .sql("update identity.account set password_hash = :hash where username in (:usernames)")
                .param("hash", CHEAP.encode(Personas.DEMO_PASSWORD))
                .param("usernames", DEMO_ACCOUNTS)
                .update();
        DemoAccountsAsLoaded.remember(context);
    }
}
