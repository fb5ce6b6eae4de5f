package org.entente.committees;

import java.util.Optional;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.LabelledRecords;
import org.entente.shared.Labels;
import org.entente.shared.RecordType;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions as other modules point at them, by the session's own id. A session is readable only
 * with its committee, as on the committee page; writing to it is writing to its committee.
 */
@Component
class SessionRecords implements LabelledRecords {

    /** A session's label and its committee. */
    private record Found(long committeeId, Label label) {}

    private final JdbcClient sql;
    private final AccessPolicy policy;

    SessionRecords(JdbcClient sql, AccessPolicy policy) {
        this.sql = sql;
        this.policy = policy;
    }

    @Override
    public RecordType recordType() {
        return RecordType.SESSION;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Label> labelFor(Subject reader, long id) {
        return find(reader, id).map(Found::label);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayWrite(Subject subject, long id) {
        return find(subject, id)
                .map(s -> policy.mayWrite(subject, s.label(), s.committeeId()).allowed())
                .orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public String pagePath(long id) {
        Long committee = sql.sql("select committee_id from committees.session where id = ?")
                .param(id)
                .query(Long.class)
                .optional()
                .orElse(null);
        return committee == null ? "/committees" : "/committees/" + committee;
    }

    private Optional<Found> find(Subject reader, long id) {
        return sql.sql("""
                        select t.committee_id, t.classification, t.owner_nation, t.releasable_to
                          from committees.session t
                          join committees.committee c on c.id = t.committee_id
                         where t.id = :id and %s and %s""".formatted(AccessPolicy.readableBy("t"), AccessPolicy.readableBy("c")))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> new Found(rs.getLong("committee_id"), Labels.read(rs)))
                .optional();
    }
}
