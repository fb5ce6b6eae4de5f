package org.entente.partners;

import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Labels;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class Organizations {

    private final JdbcClient sql;
    private final AuditTrail audit;

    Organizations(JdbcClient sql, AuditTrail audit) {
        this.sql = sql;
        this.audit = audit;
    }

    @Transactional
    public long add(NewOrganization organization) {
        long id = sql.sql("""
                        insert into partners.organization (nation, parent_id, kind, name, abbreviation, illustrative,
                                                           classification, owner_nation, releasable_to)
                        values (:nation, :parent, :kind, cast(:name as jsonb), :abbreviation, :illustrative,
                                :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("nation", organization.nation())
                .param("parent", organization.parentId())
                .param("kind", organization.kind().name())
                .param("name", organization.name().toJson())
                .param("abbreviation", organization.abbreviation())
                .param("illustrative", organization.illustrative())
                .params(Labels.params(organization.label()))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success(
                "partners.organization.create", "organization", Long.toString(id), organization.label()));
        return id;
    }
}
