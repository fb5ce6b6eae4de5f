package org.entente.identity;

import java.util.Collection;
import org.springframework.context.ApplicationContext;

/** For the tests' support code outside this package: what only the identity module can reach. */
public final class SignInThrottles {

    private SignInThrottles() {}

    /** Clears the accounts' failure records, as an administrator's unlock does. */
    public static void unlock(ApplicationContext context, Collection<String> usernames) {
        SignInThrottle throttle = context.getBean(SignInThrottle.class);
        usernames.forEach(throttle::unlock);
    }
}
