package org.entente.identity;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The password encoder, run a few at a time. Each Argon2 check holds about 16 MiB for tens of
 * milliseconds: unbounded, a flood of sign-ins exhausts the heap. A check waits at most {@code
 * wait} for a place, and only {@code queue} checks wait at once; any other is refused at once with
 * {@link Busy} (the sign-in answers 429), keeping the server's threads free for signed-in users.
 * Hashing a new password (an administrator opening an account) waits for a place however long.
 */
final class PasswordChecks implements PasswordEncoder {

    /** No place to check a password now; try again after {@link #retryAfter()}. */
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    static final class Busy extends RuntimeException {
        private final Duration retryAfter;

        Busy(Duration retryAfter) {
            super("Too many password checks at once", null, false, false);
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    private final PasswordEncoder encoder;
    private final Semaphore places;
    private final int queue;
    private final Duration wait;
    private final AtomicInteger waiting = new AtomicInteger();

    PasswordChecks(PasswordEncoder encoder, int concurrent, int queue, Duration wait) {
        if (concurrent < 1 || queue < 0 || wait.isNegative()) {
            throw new IllegalArgumentException("At least one password check at a time, waiting forwards");
        }
        this.encoder = encoder;
        this.places = new Semaphore(concurrent, true);
        this.queue = queue;
        this.wait = wait;
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (!enter()) {
            throw new Busy(Duration.ofSeconds(Math.max(1, wait.toSeconds())));
        }
        try {
            return encoder.matches(rawPassword, encodedPassword);
        } finally {
            places.release();
        }
    }

    @Override
    public String encode(CharSequence rawPassword) {
        places.acquireUninterruptibly();
        try {
            return encoder.encode(rawPassword);
        } finally {
            places.release();
        }
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    /** The places themselves, for a test to take them all. */
    Semaphore places() {
        return places;
    }

    private boolean enter() {
        if (places.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > queue) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return places.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            waiting.decrementAndGet();
        }
    }
}
