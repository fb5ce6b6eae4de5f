package org.entente.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.entente.access.AccessPolicy;
import org.entente.access.LabelFields;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.Refused;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording organizations and listing those a reader may see. */
@Service
public class Organizations {

    private final JdbcClient sql;
    private final AuditTrail audit;
    private final AccessPolicy policy;

    Organizations(JdbcClient sql, AuditTrail audit, AccessPolicy policy) {
        this.sql = sql;
        this.audit = audit;
        this.policy = policy;
    }

    /**
     * Records an organization as the subject submitted it, owned by the subject's nation: the
     * owner nation's administrators and planners may.
     *
     * @throws org.entente.access.AccessDeniedException when the subject may not write their nation's records
     * @throws org.entente.shared.Refused naming each field refused; nothing is stored
     */
    @Transactional
    public long create(Subject subject, OrganizationDraft draft) {
        // Decided on the mildest label of the subject's nation, so that a refused classification
        // is reported as a field to correct rather than as a refusal of the person.
        policy.mayWriteNationRecord(subject, Label.unclassified(subject.nation()))
                .orThrow();
        return add(check(subject, null, draft));
    }

    /**
     * Changes an organization the subject may write; a label change is audited with what it was.
     *
     * @throws org.entente.shared.NotReadable when the subject may not read it
     * @throws org.entente.access.AccessDeniedException when they may read it but not write it
     * @throws org.entente.shared.Refused naming each field refused; nothing is changed
     */
    @Transactional
    public void update(Subject subject, long id, OrganizationDraft draft) {
        OrganizationSummary before = writable(subject, id);
        NewOrganization after = check(subject, id, draft);
        sql.sql("""
                        update partners.organization
                           set nation = :nation, parent_id = :parent, kind = :kind, name = cast(:name as jsonb),
                               abbreviation = :abbreviation, illustrative = :illustrative,
                               classification = :classification, owner_nation = :owner,
                               releasable_to = cast(:releasableTo as char(3)[])
                         where id = :id""")
                .param("id", id)
                .param("nation", after.nation())
                .param("parent", after.parentId())
                .param("kind", after.kind().name())
                .param("name", after.name().toJson())
                .param("abbreviation", after.abbreviation())
                .param("illustrative", after.illustrative())
                .params(Labels.params(after.label()))
                .update();
        AuditEvent event =
                AuditEvent.success("partners.organization.update", "organization", Long.toString(id), after.label());
        if (!before.label().equals(after.label())) {
            event = event.with("labelBefore", before.label().banner())
                    .with("labelAfter", after.label().banner());
        }
        audit.record(event);
    }

    /** The organization, if the reader may read it. */
    @Transactional(readOnly = true)
    public Optional<OrganizationSummary> find(Subject reader, long id) {
        return sql.sql("select t.* from partners.organization t where t.id = :id and " + AccessPolicy.readableBy("t"))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> summary(rs))
                .optional();
    }

    /** Whether the subject may change this organization (which they may read). */
    public boolean mayWrite(Subject subject, OrganizationSummary organization) {
        return policy.mayWriteNationRecord(subject, organization.label()).allowed();
    }

    private OrganizationSummary writable(Subject subject, long id) {
        OrganizationSummary found = find(subject, id).orElseThrow(() -> new NotReadable("organization", id));
        policy.mayWriteNationRecord(subject, found.label()).orThrow();
        return found;
    }

    private NewOrganization check(Subject subject, Long self, OrganizationDraft draft) {
        var errors = new LinkedHashMap<String, String>();
        String nation = Drafts.nation(draft.nation(), errors);
        if (draft.parentId() != null) {
            Optional<OrganizationSummary> parent = find(subject, draft.parentId());
            if (parent.isEmpty()
                    || (nation != null && !parent.get().nation().equals(nation))
                    || (self != null && isWithin(draft.parentId(), self))) {
                errors.put("parentId", "partners.refused.parent");
            }
        }
        OrganizationKind kind = null;
        try {
            kind = OrganizationKind.valueOf(
                    draft.kind() == null ? "" : draft.kind().strip());
        } catch (IllegalArgumentException unknown) {
            errors.put("kind", "partners.refused.kind");
        }
        LocalizedText name = Drafts.text(draft.name());
        if (name.values().isEmpty()) {
            errors.put("name", "partners.refused.name");
        }
        Limits.check("name", name, Limits.NAME, errors);
        Drafts.refuseOverrides("name", name, errors);
        Limits.check("abbreviation", draft.abbreviation(), Limits.CODE, errors);
        Classification classification = LabelFields.classification(subject, draft.classification(), errors);
        List<String> releasableTo = LabelFields.releasableTo(draft.releasableTo(), errors);
        if (!errors.isEmpty()) {
            throw Refused.fields(errors);
        }
        return new NewOrganization(
                nation,
                draft.parentId(),
                kind,
                name,
                Drafts.optional(draft.abbreviation()),
                draft.illustrative(),
                new Label(classification, subject.nation(), Set.copyOf(releasableTo)));
    }

    /** Whether {@code candidate} is {@code organization} or one of its descendants (a parent there would loop). */
    private boolean isWithin(long candidate, long organization) {
        return sql.sql("""
                        with recursive up (id, parent_id) as (
                            select id, parent_id from partners.organization where id = :candidate
                            union
                            select o.id, o.parent_id from partners.organization o join up on o.id = up.parent_id)
                        select count(*) from up where id = :organization""")
                        .param("candidate", candidate)
                        .param("organization", organization)
                        .query(Long.class)
                        .single()
                > 0;
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
                .query((rs, n) -> summary(rs))
                .list();
    }

    private static OrganizationSummary summary(ResultSet rs) throws SQLException {
        return new OrganizationSummary(
                rs.getLong("id"),
                rs.getString("nation"),
                rs.getObject("parent_id", Long.class),
                OrganizationKind.valueOf(rs.getString("kind")),
                LocalizedText.fromJson(rs.getString("name")),
                rs.getString("abbreviation"),
                rs.getBoolean("illustrative"),
                Labels.read(rs));
    }
}
