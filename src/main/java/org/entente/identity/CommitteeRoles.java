package org.entente.identity;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Who holds which role in which committee. Read on every decision, so a change counts at once. */
@Service
public class CommitteeRoles {

    private final JdbcClient sql;

    CommitteeRoles(JdbcClient sql) {
        this.sql = sql;
    }

    @Transactional
    public void grant(String username, long committeeId, CommitteeRole role) {
        int granted = sql.sql("""
                        insert into identity.committee_role (account_id, committee_id, role)
                        select id, :committee, :role from identity.account where lower(username) = lower(:username)
                        on conflict do nothing""")
                .param("username", username)
                .param("committee", committeeId)
                .param("role", role.name())
                .update();
        if (granted == 0 && rolesOf(username, committeeId).isEmpty()) {
            throw new IllegalArgumentException("No account named " + username);
        }
    }

    /**
     * The account's roles in the committee. A read-only transaction reads them once per account and
     * committee (a page asks the access policy several questions of one committee: the committee
     * page asked three times per view); a transaction that writes reads them at every call, so that
     * a role it has just granted or revoked counts at once.
     */
    @Transactional(readOnly = true)
    public Set<CommitteeRole> rolesOf(String username, long committeeId) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return read(username, committeeId);
        }
        return Set.copyOf(ReadOnlyMemo.current()
                .computeIfAbsent(
                        username.toLowerCase(Locale.ROOT) + "\n" + committeeId, key -> read(username, committeeId)));
    }

    private Set<CommitteeRole> read(String username, long committeeId) {
        var roles = EnumSet.noneOf(CommitteeRole.class);
        sql.sql("""
                        select r.role from identity.committee_role r
                          join identity.account a on a.id = r.account_id
                         where lower(a.username) = lower(?) and r.committee_id = ? and a.enabled""")
                .params(username, committeeId)
                .query(String.class)
                .list()
                .forEach(role -> roles.add(CommitteeRole.valueOf(role)));
        return roles;
    }

    /**
     * The roles read in the current read-only transaction, bound to it and dropped when it ends; put
     * aside while a transaction of its own runs inside it (an audit entry), and back when it resumes.
     */
    private static final class ReadOnlyMemo implements TransactionSynchronization {

        private final Map<String, Set<CommitteeRole>> roles = new HashMap<>();

        static Map<String, Set<CommitteeRole>> current() {
            if (TransactionSynchronizationManager.getResource(ReadOnlyMemo.class) instanceof ReadOnlyMemo memo) {
                return memo.roles;
            }
            var memo = new ReadOnlyMemo();
            TransactionSynchronizationManager.bindResource(ReadOnlyMemo.class, memo);
            TransactionSynchronizationManager.registerSynchronization(memo);
            return memo.roles;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResourceIfPossible(ReadOnlyMemo.class);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(ReadOnlyMemo.class, this);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(ReadOnlyMemo.class);
        }
    }

    /**
     * The committees where the account holds this role, in one query: a list that asks the same
     * question of many committees (the to-do list's approvals) reads them once, not once per row.
     */
    @Transactional(readOnly = true)
    public Set<Long> committeesWith(String username, CommitteeRole role) {
        return Set.copyOf(
                sql.sql("""
                        select r.committee_id from identity.committee_role r
                          join identity.account a on a.id = r.account_id
                         where lower(a.username) = lower(?) and r.role = ? and a.enabled""").params(username, role.name()).query(Long.class).list());
    }

    /** Whether the account holds this role in at least one committee. */
    @Transactional(readOnly = true)
    public boolean holdsAnywhere(String username, CommitteeRole role) {
        return sql.sql("""
                        select exists (select 1 from identity.committee_role r
                                         join identity.account a on a.id = r.account_id
                                        where lower(a.username) = lower(?) and r.role = ?)""").params(username, role.name()).query(Boolean.class).single();
    }
}
