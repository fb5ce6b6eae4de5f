package org.entente.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing from one address across many usernames (the per-account lock in
 * {@link Accounts} cannot see those): after {@value #MAX_FAILURES} failures within the window, sign-in
 * attempts from that address are refused, with the same generic message, until the window ends.
 */
@Component
class SignInThrottle {

    static final int MAX_FAILURES = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private record Failures(Instant windowStart, int count) {}

    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();
    private final Clock clock;

    SignInThrottle() {
        this(Clock.systemUTC());
    }

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    void recordFailure(String address) {
        Instant now = clock.instant();
        byAddress.merge(
                address,
                new Failures(now, 1),
                (old, one) -> expired(old, now) ? one : new Failures(old.windowStart(), old.count() + 1));
        if (byAddress.size() > 100_000) {
            byAddress.values().removeIf(f -> expired(f, now));
        }
    }

    boolean blocked(String address) {
        Failures failures = byAddress.get(address);
        return failures != null && !expired(failures, clock.instant()) && failures.count() >= MAX_FAILURES;
    }

    private static boolean expired(Failures failures, Instant now) {
        return failures.windowStart().plus(WINDOW).isBefore(now);
    }

    /** Refuses a sign-in attempt from a blocked address before the password is even checked. */
    static class Filter extends OncePerRequestFilter {

        private final SignInThrottle throttle;

        Filter(SignInThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !("POST".equals(request.getMethod())
                    && SecurityConfiguration.LOGIN.equals(SessionRules.pathWithinApplication(request)));
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (throttle.blocked(request.getRemoteAddr())) {
                response.sendRedirect(request.getContextPath() + SecurityConfiguration.LOGIN + "?error");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
