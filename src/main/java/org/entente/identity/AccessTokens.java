package org.entente.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: issued by their owner (or by an administrator to an account of their
 * nation, such as a service account), scoped to reading or to reading and writing, expiring within
 * a year, revocable. A token is {@value #PREFIX} followed by 256 random bits; only its SHA-256 is
 * kept. Every issue and revocation is published for the audit trail in the same transaction.
 */
@Service
public class AccessTokens {

    static final String PREFIX = "ent_";
    static final int MAX_DAYS = 366;
    static final int SHOWN_PREFIX = PREFIX.length() + 6;

    /** A token just issued: the only time its secret exists outside the caller's hands. */
    record Issued(long id, String secret) {}

    /** Who a valid token signs in, and whether it may write. */
    record Bearer(long tokenId, SignedInUser user, boolean mayWrite) {}

    private final JdbcClient sql;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final AccountRules rules;
    private final Clock clock = Clock.systemUTC();
    private final SecureRandom random = new SecureRandom();

    AccessTokens(JdbcClient sql, Accounts accounts, ApplicationEventPublisher events, AccountRules rules) {
        this.rules = rules;
        this.sql = sql;
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * Issues a token. {@code forUsername} empty or the issuer's own name: the issuer's token;
     * otherwise only an administrator may issue it, to an account of their own nation.
     */
    @Transactional
    Issued issue(SignedInUser issuer, String forUsername, String name, String scope, LocalDate expires) {
        Map<String, String> errors = new LinkedHashMap<>();
        String tokenName = name == null ? "" : name.strip();
        if (tokenName.isEmpty() || tokenName.length() > 80) {
            errors.put("name", "tokens.refused.name");
        }
        String tokenScope = scope == null ? "" : scope.strip().toUpperCase(Locale.ROOT);
        if (!tokenScope.equals("READ") && !tokenScope.equals("WRITE")) {
            errors.put("scope", "tokens.refused.scope");
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (expires == null || !expires.isAfter(today) || expires.isAfter(today.plusYears(1))) {
            errors.put("expires", "tokens.refused.expires");
        }
        long accountId = issuer.accountId();
        String username = issuer.username();
        String target = forUsername == null ? "" : forUsername.strip();
        if (!target.isEmpty() && !target.equalsIgnoreCase(issuer.username())) {
            if (!rules.administers(issuer)) {
                errors.put("account", "tokens.refused.notAdministrator");
            } else {
                Optional<SignedInUser> account =
                        accounts.load(target).filter(a -> a.nation().equals(issuer.nation()));
                if (account.isEmpty()) {
                    errors.put("account", "tokens.refused.account");
                } else {
                    accountId = account.get().accountId();
                    username = account.get().username();
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new AccessTokenRefusedException(errors);
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long id = sql.sql("""
                        insert into identity.access_token
                               (account_id, name, prefix, token_hash, scope, created_by, expires_at)
                        values (:account, :name, :prefix, :hash, :scope, :creator, :expires)
                        returning id""")
                .param("account", accountId)
                .param("name", tokenName)
                .param("prefix", secret.substring(0, SHOWN_PREFIX))
                .param("hash", sha256(secret))
                .param("scope", tokenScope)
                .param("creator", issuer.username())
                .param("expires", expires.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC))
                .query(Long.class)
                .single();
        events.publishEvent(new AccessTokenEvents.Issued(
                issuer.username(), username, issuer.nation(), id, tokenName, tokenScope, expires));
        return new Issued(id, secret);
    }

    /** The tokens of the user's account, and those the user issued to others. */
    @Transactional(readOnly = true)
    List<AccessTokenSummary> of(SignedInUser user) {
        return sql.sql("""
                        select t.*, a.username from identity.access_token t join identity.account a on a.id = t.account_id
                         where t.account_id = :account or t.created_by = :username
                         order by t.revoked_at nulls first, t.created_at desc""")
                .param("account", user.accountId())
                .param("username", user.username())
                .query((rs, n) -> summary(rs))
                .list();
    }

    /** Revokes one of the user's tokens (or one they issued); false when there is no such token. */
    @Transactional
    boolean revoke(SignedInUser user, long id) {
        Optional<AccessTokenSummary> token =
                of(user).stream().filter(t -> t.id() == id).findFirst();
        if (token.isEmpty()) {
            return false;
        }
        if (token.get().revokedAt() == null) {
            sql.sql("update identity.access_token set revoked_at = now() where id = ?")
                    .param(id)
                    .update();
            events.publishEvent(
                    new AccessTokenEvents.Revoked(user.username(), token.get().username(), id));
        }
        return true;
    }

    /**
     * The account a token signs in, when the token is known, neither expired nor revoked, and its
     * account enabled; notes its use. Otherwise the reason ({@code unknown}, {@code expired}, …).
     */
    @Transactional
    Result authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 100) {
            return Result.refused("malformed", null);
        }
        var row = sql.sql("""
                        select t.id, t.scope, t.expires_at, t.revoked_at, a.username
                          from identity.access_token t join identity.account a on a.id = t.account_id
                         where t.token_hash = ?""")
                .param(sha256(secret))
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, OffsetDateTime.class).toInstant(),
                    rs.getObject(4, OffsetDateTime.class),
                    rs.getString(5)
                })
                .optional();
        if (row.isEmpty()) {
            return Result.refused("unknown", null);
        }
        Object[] token = row.get();
        String username = (String) token[4];
        if (token[3] != null) {
            return Result.refused("revoked", username);
        }
        if (!((Instant) token[2]).isAfter(clock.instant())) {
            return Result.refused("expired", username);
        }
        Optional<SignedInUser> user = accounts.load(username);
        if (user.isEmpty() || !user.get().isEnabled() || !user.get().isAccountNonLocked()) {
            return Result.refused("accountDisabled", username);
        }
        sql.sql("update identity.access_token set last_used_at = now() where id = ?")
                .param(token[0])
                .update();
        user.get().eraseCredentials();
        return new Result(new Bearer((Long) token[0], user.get(), "WRITE".equals(token[1])), null, username);
    }

    /** A token's owner and scope, or why it was refused (and whose it was, when known). */
    record Result(Bearer bearer, String refusal, String username) {

        static Result refused(String reason, String username) {
            return new Result(null, reason, username);
        }
    }

    /** The first characters of a token as presented, safe to record. */
    static String shownPrefix(String secret) {
        if (secret == null) {
            return "-";
        }
        String kept = secret.replaceAll("[^A-Za-z0-9_-]", "?");
        return kept.substring(0, Math.min(SHOWN_PREFIX, kept.length()));
    }

    static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static AccessTokenSummary summary(ResultSet rs) throws SQLException {
        return new AccessTokenSummary(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("name"),
                rs.getString("prefix"),
                rs.getString("scope"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "expires_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
