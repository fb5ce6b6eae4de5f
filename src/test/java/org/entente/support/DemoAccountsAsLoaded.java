package org.entente.support;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.entente.identity.SignInThrottles;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * The demo accounts of a test application put back after every test class as they were once the
 * demo was loaded. Test classes share one application and its eight demo accounts, and using an
 * account changes it: signing in with a language chosen saves that language to the account (issue
 * 16: the choice made before signing in wins and is remembered), a wrong password counts a failure
 * and can make the account wait, a test may lock, disable or re-password it. Without this, a later
 * class saw whatever an earlier one left (a page in Hebrew where it expected English), and tests
 * protected themselves by sending the language cookie. Every column of {@code identity.account} is
 * restored (a column added later is too), and the sign-in throttle forgets the accounts' failures.
 *
 * <p>The rows are read once the demo is loaded ({@link CheapDemoPasswords} calls {@link
 * #remember}); {@link Restore}, registered for every Spring test class ({@code
 * META-INF/spring.factories}), writes them back after each class. {@code DemoAccountsIsolationIT}
 * proves it with two classes in a fixed order.
 */
public final class DemoAccountsAsLoaded {

    private static final List<String> DEMO_ACCOUNTS = Arrays.stream(Personas.Persona.values())
            .map(Personas.Persona::username)
            .toList();

    /** Per test application: the demo accounts' rows as loaded. */
    private static final Map<ApplicationContext, List<Map<String, Object>>> LOADED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private DemoAccountsAsLoaded() {}

    /** Reads the demo accounts' rows of a freshly loaded demo application. */
    static void remember(ApplicationContext context) {
        List<Map<String, Object>> rows = context.getBean(JdbcClient.class)
                .sql("select * from identity.account where username in (:usernames) order by id")
                .param("usernames", DEMO_ACCOUNTS)
                .query()
                .listOfRows();
        LOADED.put(context, rows);
    }

    /** Writes the demo accounts' rows back as they were loaded, and clears their throttle records. */
    static void restore(ApplicationContext context) {
        List<Map<String, Object>> rows = LOADED.get(context);
        if (rows == null) {
            return;
        }
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        for (Map<String, Object> row : rows) {
            List<String> columns = new ArrayList<>(row.keySet());
            columns.remove("id");
            List<Object> values = new ArrayList<>();
            columns.forEach(column -> values.add(row.get(column)));
            values.add(row.get("id"));
            jdbc.sql("update identity.account set " + String.join(" = ?, ", columns) + " = ? where id = ?")
                    .params(values)
                    .update();
        }
        SignInThrottles.unlock(context, DEMO_ACCOUNTS);
    }

    /**
     * After each Spring test class whose application is running. Its default order is the lowest
     * precedence, and listeners run backwards after a class: this runs before {@code @DirtiesContext}
     * closes an application.
     */
    public static final class Restore implements TestExecutionListener {

        @Override
        public void afterTestClass(TestContext testContext) {
            if (testContext.hasApplicationContext()) {
                restore(testContext.getApplicationContext());
            }
        }
    }
}
