package org.entente.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.entente.shared.EntenteProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor: an authenticator app's time-based codes, or a single-use recovery code.
 * Required of administrators and planners (unless switched off, and never in the demo); anyone who
 * enrolled uses it. {@value #MAX_FAILURES} wrong codes in a row lock the account like wrong
 * passwords do.
 */
@Service
class SecondFactor {

    static final int MAX_FAILURES = 5;

    /** How long an account waits after too many wrong codes (its next sign-in answers 429). */
    static final java.time.Duration LOCK_TIME = java.time.Duration.ofMinutes(15);

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    enum Outcome {
        ACCEPTED,
        REFUSED,
        LOCKED
    }

    private final JdbcClient sql;
    private final CommitteeRoles roles;
    private final EntenteProperties properties;
    private final ApplicationEventPublisher events;
    private final AccountRules rules;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    SecondFactor(
            JdbcClient sql,
            CommitteeRoles roles,
            EntenteProperties properties,
            ApplicationEventPublisher events,
            AccountRules rules) {
        this.rules = rules;
        this.sql = sql;
        this.roles = roles;
        this.properties = properties;
        this.events = events;
        this.clock = Clock.systemUTC();
    }

    boolean requiredFor(SignedInUser user) {
        if (!properties.secondFactorRequired()) {
            return false;
        }
        return rules.administers(user) || roles.holdsAnywhere(user.username(), CommitteeRole.PLANNER);
    }

    @Transactional(readOnly = true)
    boolean enrolled(long accountId) {
        return sql.sql("select totp_confirmed from identity.account where id = ?")
                .param(accountId)
                .query(Boolean.class)
                .single();
    }

    /** A fresh secret: kept in the session, not stored until a first code from it is confirmed. */
    byte[] newSecret() {
        byte[] secret = new byte[20];
        random.nextBytes(secret);
        return secret;
    }

    SecondFactorEnrollment enrollment(SignedInUser user, byte[] secret) {
        String key = Totp.base32(secret);
        String uri = "otpauth://totp/Entente:%s?secret=%s&issuer=Entente&algorithm=SHA1&digits=6&period=30"
                .formatted(user.username(), key);
        return new SecondFactorEnrollment(key.replaceAll("(.{4})(?!$)", "$1 "), QrCode.svg(uri));
    }

    /**
     * Stores the secret once a first code from it proves the app has it; replaces any earlier one.
     * Returns the recovery codes, shown once.
     */
    @Transactional
    Optional<List<String>> confirm(SignedInUser user, byte[] secret, String code) {
        if (secret == null) {
            return Optional.empty();
        }
        long step = Totp.matchingStep(secret, normalise(code), clock.instant(), 0);
        if (step < 0) {
            return Optional.empty();
        }
        sql.sql("""
                        update identity.account
                           set totp_secret = ?, totp_confirmed = true, totp_last_step = ?, second_factor_failures = 0
                         where id = ?""").params(secret, step, user.accountId()).update();
        sql.sql("delete from identity.recovery_code where account_id = ?")
                .param(user.accountId())
                .update();
        var codes = new ArrayList<String>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String recovery = recoveryCode();
            codes.add(recovery);
            sql.sql("insert into identity.recovery_code (account_id, code_hash) values (?, ?)")
                    .params(user.accountId(), hash(recovery))
                    .update();
        }
        events.publishEvent(new SecondFactorEvents.Enrolled(user.username(), user.nation()));
        return Optional.of(codes);
    }

    /** Checks a code from the app, or a recovery code (used up by this). */
    @Transactional
    Outcome verify(SignedInUser user, String typed) {
        String code = normalise(typed);
        var account = sql.sql(
                        "select totp_secret, totp_last_step from identity.account where id = ? and totp_confirmed")
                .param(user.accountId())
                .query((rs, n) -> new Object[] {rs.getBytes(1), rs.getLong(2)})
                .optional();
        if (account.isPresent()) {
            long step = Totp.matchingStep((byte[]) account.get()[0], code, clock.instant(), (long) account.get()[1]);
            if (step >= 0) {
                sql.sql("update identity.account set totp_last_step = ?, second_factor_failures = 0 where id = ?")
                        .params(step, user.accountId())
                        .update();
                events.publishEvent(new SecondFactorEvents.Passed(user.username(), user.nation(), "totp"));
                return Outcome.ACCEPTED;
            }
            int used = sql.sql("""
                            update identity.recovery_code set used_at = now()
                             where account_id = ? and code_hash = ? and used_at is null""").params(user.accountId(), hash(code)).update();
            if (used == 1) {
                sql.sql("update identity.account set second_factor_failures = 0 where id = ?")
                        .param(user.accountId())
                        .update();
                events.publishEvent(new SecondFactorEvents.Passed(user.username(), user.nation(), "recovery-code"));
                return Outcome.ACCEPTED;
            }
        }
        int failures = sql.sql("""
                        update identity.account set second_factor_failures = second_factor_failures + 1
                         where id = ? returning second_factor_failures""").param(user.accountId()).query(Integer.class).single();
        events.publishEvent(new SecondFactorEvents.Failed(user.username(), user.nation(), failures));
        if (failures >= MAX_FAILURES) {
            sql.sql("update identity.account set locked_until = ?, second_factor_failures = 0 where id = ?")
                    .params(OffsetDateTime.now(ZoneOffset.UTC).plus(LOCK_TIME), user.accountId())
                    .update();
            return Outcome.LOCKED;
        }
        return Outcome.REFUSED;
    }

    private static String normalise(String code) {
        return code == null ? "" : code.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    private String recoveryCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    private static byte[] hash(String code) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
