package org.entente.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.entente.shared.OncePerCluster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The throttle's failures in {@code identity.sign_in_failure}, one statement per call, each in its
 * own transaction (autocommit, no reader settings: the table has no row-level security), on the
 * database's clock so that nodes whose clocks differ count the same waits. Rows past the memory are
 * pruned once per cluster every hour.
 */
@Component
class DatabaseFailureCounts implements FailureCounts {

    /** Longer keys (a username pasted whole from somewhere) are kept as their SHA-256. */
    static final int LONGEST_KEY = 256;

    private final JdbcClient sql;
    private final Duration memory;

    DatabaseFailureCounts(JdbcClient sql, SignInProperties settings) {
        this.sql = sql;
        this.memory = settings.memory();
    }

    @Override
    public Counts read(String account, String address) {
        return counts(sql.sql("""
                        select kind, failures, extract(epoch from now() - last_failure) as since
                          from identity.sign_in_failure
                         where ((kind = 'account' and key = :account) or (kind = 'address' and key = :address))
                           and last_failure > now() - make_interval(secs => :memory)""")
                .param("account", stored(account))
                .param("address", stored(address))
                .param("memory", (double) memory.toSeconds())
                .query((rs, n) -> new Keyed(rs.getString(1), rs.getInt(2), rs.getDouble(3)))
                .list());
    }

    @Override
    public Counts fail(String account, String address) {
        return counts(sql.sql("""
                        insert into identity.sign_in_failure as f (kind, key, failures, last_failure)
                        values ('account', :account, 1, now()), ('address', :address, 1, now())
                        on conflict (kind, key) do update
                           set failures = case when f.last_failure > now() - make_interval(secs => :memory)
                                               then f.failures + 1 else 1 end,
                               last_failure = now()
                        returning kind, failures, 0.0""")
                .param("account", stored(account))
                .param("address", stored(address))
                .param("memory", (double) memory.toSeconds())
                .query((rs, n) -> new Keyed(rs.getString(1), rs.getInt(2), rs.getDouble(3)))
                .list());
    }

    @Override
    public void clear(String account) {
        sql.sql("delete from identity.sign_in_failure where kind = 'account' and key = :account")
                .param("account", stored(account))
                .update();
    }

    /** Forgets what the throttle no longer remembers, on one node of the cluster. */
    @Scheduled(fixedDelayString = "${entente.sign-in.prune-every:PT1H}", initialDelayString = "PT5M")
    @OncePerCluster(name = "sign-in-failures-prune", atLeast = "PT30M")
    void prune() {
        sql.sql("delete from identity.sign_in_failure where last_failure < now() - make_interval(secs => :memory)")
                .param("memory", (double) memory.toSeconds())
                .update();
    }

    static String stored(String key) {
        if (key.length() <= LONGEST_KEY) {
            return key;
        }
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(
                                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private record Keyed(String kind, int failures, double since) {

        Count count() {
            return new Count(failures, Duration.ofNanos((long) (Math.max(0, since) * 1e9)));
        }
    }

    private static Counts counts(List<Keyed> rows) {
        Count account = Count.NONE;
        Count address = Count.NONE;
        for (Keyed row : rows) {
            if (row.kind().equals("account")) {
                account = row.count();
            } else {
                address = row.count();
            }
        }
        return new Counts(account, address);
    }
}
