package org.entente.partners;

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
 * Organizations as other modules point at them. An organization belongs to a nation, not to a
 * committee: its owner nation's administrators and planners write to it.
 */
@Component
class OrganizationRecords implements LabelledRecords {

    private final JdbcClient sql;
    private final AccessPolicy policy;

    OrganizationRecords(JdbcClient sql, AccessPolicy policy) {
        this.sql = sql;
        this.policy = policy;
    }

    @Override
    public RecordType recordType() {
        return RecordType.ORGANIZATION;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Label> labelFor(Subject reader, long id) {
        return sql.sql("select t.classification, t.owner_nation, t.releasable_to from partners.organization t"
                        + " where t.id = :id and " + AccessPolicy.readableBy("t"))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> Labels.read(rs))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayWrite(Subject subject, long id) {
        return labelFor(subject, id)
                .map(label -> policy.mayWriteNationRecord(subject, label).allowed())
                .orElse(false);
    }

    @Override
    public String pagePath(long id) {
        return "/organizations/" + id;
    }
}
