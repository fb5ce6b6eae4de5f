package org.entente.identity;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    @Transactional(readOnly = true)
    public Set<CommitteeRole> rolesOf(String username, long committeeId) {
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
