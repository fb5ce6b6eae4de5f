package org.entente.identity;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.entente.shared.Classification;
import org.entente.shared.NotReadable;
import org.entente.shared.PersonNames;
import org.entente.shared.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delegated administration: each nation's administrators manage that nation's accounts only, never
 * granting a clearance above their own. Every act, and every refusal, is published for the audit
 * trail; a refusal changes nothing.
 */
@Service
class Administration {

    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final JdbcClient sql;
    private final Accounts accounts;
    private final SessionRegistry sessions;
    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;
    private final AccountRules rules;
    private final PersonNames people;

    Administration(
            JdbcClient sql,
            Accounts accounts,
            SessionRegistry sessions,
            ApplicationEventPublisher events,
            SignInThrottle throttle,
            AccountRules rules,
            PersonNames people) {
        this.rules = rules;
        this.people = people;
        this.sql = sql;
        this.accounts = accounts;
        this.sessions = sessions;
        this.events = events;
        this.throttle = throttle;
    }

    @Transactional(readOnly = true)
    List<AccountSummary> accountsOf(SignedInUser administrator) {
        return sql.sql("select * from identity.account where nation = ? order by lower(username)")
                .param(administrator.nation())
                .query((rs, n) -> summary(rs))
                .list();
    }

    /** An account of the administrator's own nation; any other is answered as absent. */
    @Transactional(readOnly = true)
    Optional<AccountSummary> find(SignedInUser administrator, long id) {
        return sql.sql("select * from identity.account where id = ? and nation = ?")
                .params(id, administrator.nation())
                .query((rs, n) -> summary(rs))
                .optional();
    }

    /**
     * Opens an account of the administrator's nation, belonging to one of the nation's people the
     * administrator may read; returns its one-time password.
     */
    @Transactional(noRollbackFor = Refused.class)
    String create(
            SignedInUser administrator,
            String username,
            Classification clearance,
            String language,
            boolean admin,
            Long personId) {
        String name = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw AdministrationRefusedException.field("username", "admin.username.invalid");
        }
        if (accounts.exists(name)) {
            throw AdministrationRefusedException.field("username", "admin.username.taken");
        }
        requireWithinClearance(administrator, name, clearance);
        if (personId == null || !people.mayLink(administrator, personId)) {
            throw AdministrationRefusedException.field("person", "admin.person.unknown");
        }
        String password = oneTimePassword();
        accounts.create(new NewAccount(
                name,
                password,
                administrator.nation(),
                clearance,
                LanguageChoice.supported(language) == null ? LanguageChoice.DEFAULT : language,
                admin,
                false,
                true,
                personId));
        events.publishEvent(new AdministrationEvents.AccountCreated(
                administrator.username(), name, administrator.nation(), clearance));
        return password;
    }

    @Transactional(noRollbackFor = Refused.class)
    void changeClearance(SignedInUser administrator, long id, Classification clearance) {
        AccountSummary account = own(administrator, id);
        requireWithinClearance(administrator, account.username(), clearance);
        sql.sql("update identity.account set clearance = ? where id = ?")
                .params(clearance.ordinal(), id)
                .update();
        endSessions(account.username());
        events.publishEvent(new AdministrationEvents.ClearanceChanged(
                administrator.username(), account.username(), account.clearance(), clearance));
    }

    /** Disabling ends the account's sessions at once: its next request finds it signed out. */
    @Transactional(noRollbackFor = Refused.class)
    void setEnabled(SignedInUser administrator, long id, boolean enabled) {
        AccountSummary account = own(administrator, id);
        if (!enabled && account.id() == administrator.accountId()) {
            throw AdministrationRefusedException.denied(account.username(), "admin.disable.self");
        }
        sql.sql("update identity.account set enabled = ?, failed_sign_ins = 0, locked_until = null where id = ?")
                .params(enabled, id)
                .update();
        if (!enabled) {
            endSessions(account.username());
        }
        events.publishEvent(
                new AdministrationEvents.AccountEnabled(administrator.username(), account.username(), enabled));
    }

    /** A new one-time password, to be changed at the next sign-in; ends the account's sessions. */
    @Transactional(noRollbackFor = Refused.class)
    String resetPassword(SignedInUser administrator, long id) {
        AccountSummary account = own(administrator, id);
        String password = oneTimePassword();
        accounts.setOneTimePassword(id, password);
        endSessions(account.username());
        events.publishEvent(new AdministrationEvents.PasswordReset(administrator.username(), account.username()));
        return password;
    }

    /**
     * Lets an account held back by failed sign-ins (its own or a stranger's) sign in again at once.
     * Its client addresses keep their own delays: those are not the account's.
     */
    @Transactional(noRollbackFor = Refused.class)
    void unlock(SignedInUser administrator, long id) {
        AccountSummary account = own(administrator, id);
        accounts.unlock(id);
        throttle.unlock(account.username());
        events.publishEvent(new AdministrationEvents.AccountUnlocked(administrator.username(), account.username()));
    }

    /** An account of the administrator's nation; another nation's is answered as absent (404, audited). */
    /** The clearances the administrator may give: never above their own, lowest first. */
    List<Classification> grantable(SignedInUser administrator) {
        return Arrays.stream(Classification.values())
                .filter(level -> rules.withinClearance(administrator, level))
                .toList();
    }

    private AccountSummary own(SignedInUser administrator, long id) {
        return find(administrator, id).orElseThrow(() -> new NotReadable("account", id));
    }

    private void requireWithinClearance(SignedInUser administrator, String target, Classification clearance) {
        if (clearance == null) {
            events.publishEvent(new AdministrationEvents.AdministrationRefused(
                    administrator.username(), target, "admin.clearance.unknown"));
            throw AdministrationRefusedException.field("clearance", "admin.clearance.unknown");
        } else if (!rules.withinClearance(administrator, clearance)) {
            throw AdministrationRefusedException.denied(target, "admin.clearance.aboveOwn");
        }
    }

    private void endSessions(String username) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof SignedInUser user && user.username().equalsIgnoreCase(username)) {
                sessions.getAllSessions(principal, false).forEach(session -> session.expireNow());
            }
        }
    }

    private static AccountSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        var lockedUntil = rs.getObject("locked_until", java.time.OffsetDateTime.class);
        return new AccountSummary(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("nation"),
                Classification.values()[rs.getInt("clearance")],
                rs.getString("language"),
                rs.getBoolean("administrator"),
                rs.getBoolean("auditor"),
                rs.getBoolean("enabled"),
                lockedUntil != null && lockedUntil.toInstant().isAfter(java.time.Instant.now()),
                rs.getBoolean("must_change_password"),
                rs.getObject("created_at", java.time.OffsetDateTime.class));
    }

    static String oneTimePassword() {
        var random = new SecureRandom();
        var password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
