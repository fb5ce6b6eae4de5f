package org.entente.identity;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The password encoder, run a few at a time. Each Argon2 check holds about 16 MiB for tens of
 * milliseconds: unbounded, a flood of sign-ins exhausts the heap. A check waits at most {@code
 * wait} for a place, and only {@code queue} checks wait at once; any other is refused at once with
 * {@link Busy} (the sign-in answers 429), keeping the server's threads free for signed-in users.
 * A sign-in takes its place before it even looks the account up ({@link #withPlace}).
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

    /** Whether this thread holds a place taken by {@link #withPlace}. */
    private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> Boolean.FALSE);

    PasswordChecks(PasswordEncoder encoder, int concurrent, int queue, Duration wait) {
        if (concurrent < 1 || queue < 0 || wait.isNegative()) {
            throw new IllegalArgumentException("At least one password check at a time, waiting forwards");
        }
        this.encoder = encoder;
        this.places = new Semaphore(concurrent, true);
        this.queue = queue;
        this.wait = wait;
    }

    /**
     * Runs a whole sign-in in one place, from looking the account up to checking its password: a
     * refused attempt then costs no database query either.
     */
    <T> T withPlace(Supplier<T> signIn) {
        if (holding.get()) {
            return signIn.get();
        }
        if (!enter()) {
            throw new Busy(retryAfter());
        }
        holding.set(Boolean.TRUE);
        try {
            return signIn.get();
        } finally {
            holding.remove();
            places.release();
        }
    }

    /** Whether a sign-in arriving now would certainly be refused: no place free and the queue full. */
    boolean full() {
        return places.availablePermits() == 0 && waiting.get() >= queue;
    }

    Duration retryAfter() {
        return Duration.ofSeconds(Math.max(1, wait.toSeconds()));
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        return withPlace(() -> encoder.matches(rawPassword, encodedPassword));
    }

    @Override
    public String encode(CharSequence rawPassword) {
        if (holding.get()) {
            return encoder.encode(rawPassword);
        }
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
