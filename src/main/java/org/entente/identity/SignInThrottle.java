package org.entente.identity;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Progressive delays for sign-in attempts, per account (the username as typed, whether or not an
 * account has it) and per client address. A few failures are free; after them each failure makes
 * the next attempt wait twice as long as the one before, up to a ceiling — never a permanent lock.
 * Attempts refused while waiting are not counted, so a stranger who keeps trying holds an account
 * back by at most the ceiling after their last counted failure; a successful sign-in or an
 * administrator clears an account (not an address: a thief with one account of their own must not
 * wipe their address's record by signing into it). docs/sign-in.md explains the trade-off.
 *
 * <p>An attempt is admitted <em>before</em> its password is checked and holds a place until its
 * outcome is known: of fifty attempts at once on one node, exactly as many are checked as the rules
 * allow.
 *
 * <p>The failures are the cluster's ({@link FailureCounts}, in PostgreSQL): an admission reads both
 * counts in one statement, a failure writes both in one, so that attempts spread over several nodes
 * are counted together (issue 19). What this node holds is the places taken by its attempts under
 * way, and the counts it last read, which {@link #waiting} trusts for {@link #TRUSTED} to turn a
 * flood away before any statement; after that the next admission reads them again (an unlock on
 * another node is seen within that time).
 */
final class SignInThrottle {

    /**
     * @param freeAccountFailures failures of one account before delays begin
     * @param freeAddressFailures failures from one address before delays begin (more: an office
     *     behind one address has many people typing)
     * @param firstDelay the wait after the first failure past the free ones; each further one doubles it
     * @param ceiling the longest wait
     * @param memory how long a record is kept after its last failure
     */
    record Rules(
            int freeAccountFailures, int freeAddressFailures, Duration firstDelay, Duration ceiling, Duration memory) {

        static final Rules DEFAULT =
                new Rules(5, 20, Duration.ofSeconds(30), Duration.ofMinutes(15), Duration.ofHours(24));

        Rules {
            if (freeAccountFailures < 1 || freeAddressFailures < 1 || firstDelay.isNegative() || ceiling.isNegative()) {
                throw new IllegalArgumentException("Sign-in throttle rules must allow one failure and wait forwards");
            }
        }

        /** The wait after the {@code failures}-th failure in a row, when {@code free} are free. */
        Duration delayAfter(int failures, int free) {
            if (failures < free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free, 30);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(ceiling) > 0 ? ceiling : delay;
        }
    }

    /** What an attempt gets: a place to have its password checked, or a wait. */
    sealed interface Admission permits Admitted, Deferred {}

    /** The attempt may check its password; its outcome must be reported with this. */
    record Admitted(String account, String address) implements Admission {}

    /** The attempt is refused unchecked; try again after this long. */
    record Deferred(Duration retryAfter) implements Admission {}

    /** Past this many records, those not holding anyone back are forgotten. */
    static final int MAX_RECORDS = 100_000;

    /** How long a wait read from the shared counts turns attempts away without reading them again. */
    static final Duration TRUSTED = Duration.ofSeconds(10);

    /** What this node knows of a key: the shared count as last read (when), its places taken. */
    private record Record(int failures, int inFlight, Instant waitUntil, Instant readAt) {
        static final Record NONE = new Record(0, 0, Instant.EPOCH, Instant.EPOCH);

        /** The shared count read now, this node's places kept. */
        Record read(FailureCounts.Count count, Rules rules, int free, Instant now) {
            Duration wait = rules.delayAfter(count.failures(), free).minus(count.sinceLast());
            return new Record(count.failures(), inFlight, now.plus(wait.isNegative() ? Duration.ZERO : wait), now);
        }
    }

    private final Map<String, Record> accounts = new ConcurrentHashMap<>();
    private final Map<String, Record> addresses = new ConcurrentHashMap<>();
    private final Rules rules;
    private final Clock clock;
    private final FailureCounts counts;

    SignInThrottle(Rules rules, Clock clock, FailureCounts counts) {
        this.rules = rules;
        this.clock = clock;
        this.counts = counts;
    }

    /** Admits the attempt or defers it; an admitted attempt must be followed by one outcome. */
    Admission admit(String username, String address) {
        String account = accountKey(username);
        String from = addressKey(address);
        Instant asked = clock.instant();
        FailureCounts.Counts shared = counts.read(account, from);
        Instant now = clock.instant();
        Duration wait = reserve(accounts, account, rules.freeAccountFailures(), asked, now, shared.account());
        if (wait != null) {
            return new Deferred(wait);
        }
        wait = reserve(addresses, from, rules.freeAddressFailures(), asked, now, shared.address());
        if (wait != null) {
            release(accounts, account);
            return new Deferred(wait);
        }
        return new Admitted(account, from);
    }

    /** The password was wrong (or the account unknown): counts against both; the account's wait ends then. */
    Instant failed(Admitted attempt) {
        FailureCounts.Counts counted = counts.fail(attempt.account(), attempt.address());
        Instant now = clock.instant();
        countFailure(addresses, attempt.address(), rules.freeAddressFailures(), now, counted.address());
        Instant until = countFailure(accounts, attempt.account(), rules.freeAccountFailures(), now, counted.account());
        if (accounts.size() + addresses.size() > MAX_RECORDS) {
            accounts.values().removeIf(r -> r.inFlight() == 0 && !now.isBefore(r.waitUntil()));
            addresses.values().removeIf(r -> r.inFlight() == 0 && !now.isBefore(r.waitUntil()));
        }
        return until;
    }

    /** Signed in: the account starts afresh; the address keeps its record. */
    void succeeded(Admitted attempt) {
        counts.clear(attempt.account());
        accounts.remove(attempt.account());
        release(addresses, attempt.address());
    }

    /** The attempt ended without an answer about the password (too busy, an error): not counted. */
    void abandoned(Admitted attempt) {
        release(accounts, attempt.account());
        release(addresses, attempt.address());
    }

    /** An administrator lets the account try again at once. */
    void unlock(String username) {
        counts.clear(accountKey(username));
        accounts.remove(accountKey(username));
    }

    /**
     * How long an attempt now would wait, as this node last read the counts within {@link #TRUSTED}
     * (null: it goes on to be admitted, or deferred, by {@link #admit}).
     */
    Duration waiting(String username, String address) {
        Instant now = clock.instant();
        Duration account = waiting(accounts.get(accountKey(username)), now);
        return account != null ? account : waiting(addresses.get(addressKey(address)), now);
    }

    private Duration waiting(Record record, Instant now) {
        return record != null
                        && now.isBefore(record.waitUntil())
                        && now.isBefore(record.readAt().plus(TRUSTED))
                ? atLeastOneSecond(Duration.between(now, record.waitUntil()))
                : null;
    }

    /** Until when the account must wait, if it must. */
    Instant waitingUntil(String username) {
        Record record = accounts.get(accountKey(username));
        return record == null ? Instant.EPOCH : record.waitUntil();
    }

    /**
     * Takes a place for an attempt, or says how long to wait; null when admitted. The shared count
     * was read from {@code asked} on: if this node counted a failure since then (or in that same
     * instant), the count it read
     * may miss that failure, and this node's record is the newer (without this, fifty attempts at
     * once let a sixth check a password: SignInFloodIT).
     */
    private Duration reserve(
            Map<String, Record> records, String key, int free, Instant asked, Instant now, FailureCounts.Count shared) {
        Duration[] wait = {null};
        records.compute(key, (k, found) -> {
            Record known = found == null ? Record.NONE : found;
            Record record = known.readAt().isBefore(asked) ? known.read(shared, rules, free, now) : known;
            if (now.isBefore(record.waitUntil())) {
                wait[0] = Duration.between(now, record.waitUntil());
                return record;
            }
            int allowed = record.failures() < free ? free - record.failures() : 1;
            if (record.inFlight() >= allowed) {
                // Those in flight decide: if they fail, this is how long the next one waits.
                wait[0] = rules.delayAfter(record.failures() + record.inFlight(), free);
                return record;
            }
            return new Record(record.failures(), record.inFlight() + 1, record.waitUntil(), record.readAt());
        });
        return wait[0] == null ? null : atLeastOneSecond(wait[0]);
    }

    private Instant countFailure(
            Map<String, Record> records, String key, int free, Instant now, FailureCounts.Count counted) {
        Record record = records.compute(key, (k, found) -> {
            Record read = (found == null ? Record.NONE : found).read(counted, rules, free, now);
            return new Record(read.failures(), Math.max(0, read.inFlight() - 1), read.waitUntil(), now);
        });
        return record.waitUntil();
    }

    private static void release(Map<String, Record> records, String key) {
        records.computeIfPresent(
                key, (k, r) -> new Record(r.failures(), Math.max(0, r.inFlight() - 1), r.waitUntil(), r.readAt()));
    }

    private static Duration atLeastOneSecond(Duration wait) {
        return wait.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : wait;
    }

    static String accountKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** IPv4 addresses as they are; IPv6 by their /64 network, which one subscriber usually holds whole. */
    static String addressKey(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return address == null ? "" : address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            var prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }
}
