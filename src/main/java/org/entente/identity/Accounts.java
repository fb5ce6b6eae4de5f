package org.entente.identity;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.shared.AccountPeople;
import org.entente.shared.Classification;
import org.entente.shared.Nations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening accounts, changing passwords and language, and recording failed sign-ins. */
@Service
public class Accounts implements AccountPeople {

    private final JdbcClient sql;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final OwnName ownNames;

    Accounts(JdbcClient sql, PasswordEncoder passwords, PasswordPolicy policy, OwnName ownNames) {
        this.sql = sql;
        this.passwords = passwords;
        this.policy = policy;
        this.ownNames = ownNames;
    }

    @Transactional
    public long create(NewAccount account) {
        if (!Nations.isKnown(account.nation())) {
            throw new IllegalArgumentException("Unknown nation code: " + account.nation());
        }
        policy.violation(account.username(), account.password()).ifPresent(key -> {
            throw new PasswordRejectedException(key);
        });
        return sql.sql("""
                        insert into identity.account (username, password_hash, nation, clearance, language,
                                                      administrator, auditor, must_change_password, person_id)
                        values (:username, :hash, :nation, :clearance, :language, :administrator, :auditor, :mustChange,
                                :person)
                        returning id""")
                .param("username", account.username())
                .param("hash", passwords.encode(account.password()))
                .param("nation", account.nation())
                .param("clearance", account.clearance().ordinal())
                .param("language", account.language())
                .param("administrator", account.administrator())
                .param("auditor", account.auditor())
                .param("mustChange", account.mustChangePassword())
                .param("person", account.personId())
                .query(Long.class)
                .single();
    }

    @Transactional(readOnly = true)
    public boolean noneExist() {
        return sql.sql("select not exists (select 1 from identity.account)")
                .query(Boolean.class)
                .single();
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return sql.sql("select exists (select 1 from identity.account where lower(username) = lower(?))")
                .param(username)
                .query(Boolean.class)
                .single();
    }

    @Transactional
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        var row = sql.sql("select username, password_hash from identity.account where id = ?")
                .param(accountId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        if (currentPassword == null || !passwords.matches(currentPassword, row[1])) {
            throw new PasswordRejectedException("password.currentWrong");
        }
        if (newPassword.equals(currentPassword)) {
            throw new PasswordRejectedException("password.unchanged");
        }
        policy.violation(row[0], newPassword).ifPresent(key -> {
            throw new PasswordRejectedException(key);
        });
        sql.sql("""
                        update identity.account
                           set password_hash = ?, must_change_password = false, password_changed_at = now()
                         where id = ?""").params(passwords.encode(newPassword), accountId).update();
    }

    /** A password the account must change at its next sign-in (first administrator, reset). */
    @Transactional
    void setOneTimePassword(long accountId, String password) {
        sql.sql("""
                        update identity.account
                           set password_hash = ?, must_change_password = true, failed_sign_ins = 0, locked_until = null
                         where id = ?""").params(passwords.encode(password), accountId).update();
    }

    /** Links the account to the person it belongs to (an existing demo account, an administrator's choice). */
    @Transactional
    public void linkPerson(String username, long personId) {
        sql.sql("update identity.account set person_id = ? where lower(username) = lower(?)")
                .params(personId, username)
                .update();
        ownNames.changed();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Link> linksOf(Collection<String> usernames) {
        var byLowerCase = new HashMap<String, String>();
        usernames.forEach(u -> byLowerCase.put(u.toLowerCase(Locale.ROOT), u));
        var links = new HashMap<String, Link>();
        if (byLowerCase.isEmpty()) {
            return links;
        }
        sql.sql("""
                        select lower(username) as username, nation, person_id from identity.account
                         where lower(username) = any (cast(:usernames as text[]))""")
                .param("usernames", byLowerCase.keySet().toArray(String[]::new))
                .query((rs, n) -> {
                    long person = rs.getLong("person_id");
                    return Map.entry(
                            byLowerCase.get(rs.getString("username")),
                            new Link(rs.getString("nation"), rs.wasNull() ? null : person));
                })
                .list()
                .forEach(e -> links.put(e.getKey(), e.getValue()));
        return links;
    }

    @Transactional
    public void changeLanguage(long accountId, String language) {
        sql.sql("update identity.account set language = ? where id = ?")
                .params(language, accountId)
                .update();
    }

    /**
     * The account as it acts without a signed-in session (a calendar feed): only while it is
     * enabled, with its current nation, clearance and language.
     */
    @Transactional(readOnly = true)
    public Optional<SignedInUser> active(String username) {
        return load(username).filter(SignedInUser::isEnabled);
    }

    /**
     * Enabled accounts whose username starts with {@code prefix}, alphabetically, at most {@code
     * limit}: the people a comment may mention (collab18), before the access policy filters them.
     */
    @Transactional(readOnly = true)
    public java.util.List<SignedInUser> activeStartingWith(String prefix, int limit) {
        String escaped = (prefix == null ? "" : prefix.strip().toLowerCase(Locale.ROOT))
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return sql.sql("""
                        select username from identity.account
                         where enabled and lower(username) like :prefix || '%' order by lower(username) limit :limit""").param("prefix", escaped).param("limit", limit).query(String.class).list().stream()
                .flatMap(username -> active(username).stream())
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<SignedInUser> load(String username) {
        return sql.sql("""
                        select id, username, password_hash, nation, clearance, language, administrator, auditor,
                               must_change_password, enabled, locked_until
                          from identity.account where lower(username) = lower(?)""")
                .param(username)
                .query((rs, n) -> {
                    var lockedUntil = rs.getObject("locked_until", OffsetDateTime.class);
                    return new SignedInUser(
                            rs.getLong("id"),
                            rs.getString("username"),
                            rs.getString("password_hash"),
                            rs.getString("nation"),
                            Classification.values()[rs.getInt("clearance")],
                            rs.getString("language"),
                            rs.getBoolean("administrator"),
                            rs.getBoolean("auditor"),
                            rs.getBoolean("must_change_password"),
                            rs.getBoolean("enabled"),
                            lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now()));
                })
                .optional();
    }

    /**
     * Counts a failed sign-in and notes until when the account must wait ({@link SignInThrottle}
     * decides; the row shows it to administrators and keeps it across a restart).
     */
    @Transactional
    void recordFailedSignIn(String username, Instant waitUntil) {
        sql.sql("""
                        update identity.account
                           set failed_sign_ins = failed_sign_ins + 1,
                               locked_until = case when :until > now() then :until end
                         where lower(username) = lower(:username)""")
                .param("until", waitUntil.atOffset(ZoneOffset.UTC))
                .param("username", username == null ? "" : username.strip())
                .update();
    }

    /** Until when the account must wait before its next sign-in (the epoch if it need not). */
    @Transactional(readOnly = true)
    Instant lockedUntil(String username) {
        return sql.sql("select locked_until from identity.account where lower(username) = lower(?)")
                .param(username == null ? "" : username.strip())
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
                .optional()
                .filter(java.util.Objects::nonNull)
                .map(OffsetDateTime::toInstant)
                .orElse(Instant.EPOCH);
    }

    /** An administrator lets the account sign in again at once. */
    @Transactional
    void unlock(long accountId) {
        sql.sql("update identity.account set failed_sign_ins = 0, locked_until = null where id = ?")
                .param(accountId)
                .update();
    }

    @Transactional
    void recordSuccessfulSignIn(long accountId) {
        sql.sql("update identity.account set failed_sign_ins = 0, locked_until = null where id = ?")
                .param(accountId)
                .update();
    }
}
