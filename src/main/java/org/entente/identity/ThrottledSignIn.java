package org.entente.identity;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Every password sign-in goes through here, whatever path reached it: the throttle admits or defers
 * the attempt before its password is checked, and hears the outcome. The password check itself is
 * {@link DaoAuthenticationProvider}'s, with {@link PasswordChecks} as its encoder.
 */
class ThrottledSignIn implements AuthenticationProvider {

    /** The attempt must wait: too many failures, or too many checks at once. Nothing was checked. */
    static final class Deferred extends AuthenticationException {
        private final Duration retryAfter;

        Deferred(Duration retryAfter) {
            super("Sign-in deferred");
            this.retryAfter = retryAfter;
        }

        /** Whole seconds, at least one, for {@code Retry-After}. */
        long retryAfterSeconds() {
            return seconds(retryAfter);
        }

        static long seconds(Duration wait) {
            return Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0));
        }
    }

    private final DaoAuthenticationProvider passwords;
    private final PasswordChecks places;
    private final SignInThrottle throttle;
    private final Accounts accounts;

    ThrottledSignIn(
            DaoAuthenticationProvider passwords, PasswordChecks places, SignInThrottle throttle, Accounts accounts) {
        this.passwords = passwords;
        this.places = places;
        this.throttle = throttle;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address =
                attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "";
        var admission = throttle.admit(username, address);
        if (admission instanceof SignInThrottle.Deferred deferred) {
            throw new Deferred(deferred.retryAfter());
        }
        var admitted = (SignInThrottle.Admitted) admission;
        try {
            Authentication result = places.withPlace(() -> passwords.authenticate(attempt));
            throttle.succeeded(admitted);
            return result;
        } catch (PasswordChecks.Busy busy) {
            throttle.abandoned(admitted);
            throw new Deferred(busy.retryAfter());
        } catch (LockedException locked) {
            // Locked in the database before a restart emptied the throttle: still wait, uncounted.
            throttle.abandoned(admitted);
            throw new Deferred(Duration.between(Instant.now(), accounts.lockedUntil(username)));
        } catch (AuthenticationException failed) {
            Instant until = throttle.failed(admitted);
            accounts.recordFailedSignIn(username, until);
            throw failed;
        } catch (RuntimeException | Error unexpected) {
            throttle.abandoned(admitted);
            throw unexpected;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
