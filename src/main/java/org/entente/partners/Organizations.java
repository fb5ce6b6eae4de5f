package org.entente.partners;

import java.util.List;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Labels;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording organizations and listing those a reader may see. */
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

    /** The organizations the reader may see, by nation, parents before their children. */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> visibleTo(Subject reader) {
        return sql.sql("select t.* from partners.organization t where %s order by t.nation, t.id"
                        .formatted(AccessPolicy.readableBy("t")))
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> new OrganizationSummary(
                        rs.getLong("id"),
                        rs.getString("nation"),
                        rs.getObject("parent_id", Long.class),
                        OrganizationKind.valueOf(rs.getString("kind")),
                        LocalizedText.fromJson(rs.getString("name")),
                        rs.getString("abbreviation"),
                        rs.getBoolean("illustrative"),
                        Labels.read(rs)))
                .list();
    }
}
