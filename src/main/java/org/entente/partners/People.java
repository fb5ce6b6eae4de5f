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

/** Recording people and listing those a reader may see. */
@Service
public class People {

    /** One page of people and how many the reader may see in all. */
    public record Page(List<PersonSummary> items, int page, int size, long total) {}

    private final JdbcClient sql;
    private final AuditTrail audit;
    private final AccessPolicy policy;
    private final Organizations organizations;

    People(JdbcClient sql, AuditTrail audit, AccessPolicy policy, Organizations organizations) {
        this.sql = sql;
        this.audit = audit;
        this.policy = policy;
        this.organizations = organizations;
    }

    /**
     * Records a person as the subject submitted them, owned by the subject's nation.
     *
     * @throws org.entente.access.AccessDeniedException when the subject may not write their nation's records
     * @throws org.entente.shared.Refused naming each field refused; nothing is stored
     */
    @Transactional
    public long create(Subject subject, PersonDraft draft) {
        policy.mayWriteNationRecord(subject, Label.unclassified(subject.nation()))
                .orThrow();
        return add(check(subject, draft));
    }

    /**
     * Changes a person the subject may write; a label change is audited with what it was.
     *
     * @throws org.entente.shared.NotReadable when the subject may not read them
     * @throws org.entente.access.AccessDeniedException when they may read but not write them
     * @throws org.entente.shared.Refused naming each field refused; nothing is changed
     */
    @Transactional
    public void update(Subject subject, long id, PersonDraft draft) {
        PersonSummary before = find(subject, id).orElseThrow(() -> new NotReadable("person", id));
        policy.mayWriteNationRecord(subject, before.label()).orThrow();
        NewPerson after = check(subject, draft);
        sql.sql("""
                        update partners.person
                           set nation = :nation, organization_id = :organization, name = cast(:name as jsonb),
                               rank = cast(:rank as jsonb), position = cast(:position as jsonb),
                               illustrative = :illustrative, classification = :classification, owner_nation = :owner,
                               releasable_to = cast(:releasableTo as char(3)[])
                         where id = :id""")
                .param("id", id)
                .param("nation", after.nation())
                .param("organization", after.organizationId())
                .param("name", after.name().toJson())
                .param("rank", after.rank().toJson())
                .param("position", after.position().toJson())
                .param("illustrative", after.illustrative())
                .params(Labels.params(after.label()))
                .update();
        AuditEvent event = AuditEvent.success("partners.person.update", "person", Long.toString(id), after.label());
        if (!before.label().equals(after.label())) {
            event = event.with("labelBefore", before.label().banner())
                    .with("labelAfter", after.label().banner());
        }
        audit.record(event);
    }

    /** The person, if the reader may read them. */
    @Transactional(readOnly = true)
    public Optional<PersonSummary> find(Subject reader, long id) {
        return sql.sql("""
                        select t.*, o.name as organization_name, o.abbreviation as organization_abbreviation
                          from partners.person t
                          left join partners.organization o on o.id = t.organization_id and %s
                         where t.id = :id and %s""".formatted(AccessPolicy.readableBy("o"), AccessPolicy.readableBy("t")))
                .params(AccessPolicy.readerParams(reader))
                .param("id", id)
                .query((rs, n) -> person(rs))
                .optional();
    }

    /** Whether the subject may change this person (whom they may read). */
    public boolean mayWrite(Subject subject, PersonSummary person) {
        return policy.mayWriteNationRecord(subject, person.label()).allowed();
    }

    private NewPerson check(Subject subject, PersonDraft draft) {
        var errors = new LinkedHashMap<String, String>();
        LocalizedText name = Drafts.text(draft.name());
        if (name.values().isEmpty()) {
            errors.put("name", "partners.refused.name");
        }
        Limits.check("name", name, Limits.NAME, errors);
        Drafts.refuseOverrides("name", name, errors);
        Limits.check("rank", Drafts.text(draft.rank()), Limits.NAME, errors);
        Limits.check("position", Drafts.text(draft.position()), Limits.NAME, errors);
        Drafts.refuseOverrides("rank", Drafts.text(draft.rank()), errors);
        Drafts.refuseOverrides("position", Drafts.text(draft.position()), errors);
        String nation = Drafts.nation(draft.nation(), errors);
        if (draft.organizationId() != null) {
            Optional<OrganizationSummary> organization = organizations.find(subject, draft.organizationId());
            if (organization.isEmpty()
                    || (nation != null && !organization.get().nation().equals(nation))) {
                errors.put("organizationId", "partners.refused.organization");
            }
        }
        Classification classification = LabelFields.classification(subject, draft.classification(), errors);
        List<String> releasableTo = LabelFields.releasableTo(draft.releasableTo(), errors);
        if (!errors.isEmpty()) {
            throw Refused.fields(errors);
        }
        return new NewPerson(
                nation,
                draft.organizationId(),
                name,
                Drafts.text(draft.rank()),
                Drafts.text(draft.position()),
                draft.illustrative(),
                new Label(classification, subject.nation(), Set.copyOf(releasableTo)));
    }

    @Transactional
    public long add(NewPerson person) {
        long id = sql.sql("""
                        insert into partners.person (nation, organization_id, name, rank, position,
                                                     illustrative, classification, owner_nation, releasable_to)
                        values (:nation, :organization, cast(:name as jsonb), cast(:rank as jsonb), cast(:position as jsonb),
                                :illustrative, :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("nation", person.nation())
                .param("organization", person.organizationId())
                .param("name", person.name().toJson())
                .param("rank", person.rank().toJson())
                .param("position", person.position().toJson())
                .param("illustrative", person.illustrative())
                .params(Labels.params(person.label()))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success("partners.person.create", "person", Long.toString(id), person.label()));
        return id;
    }

    /** The people the reader may see, by nation then Latin name; {@code page} counts from 0. */
    @Transactional(readOnly = true)
    public Page visibleTo(Subject reader, int page, int size) {
        long total = sql.sql("select count(*) from partners.person t where " + AccessPolicy.readableBy("t"))
                .params(AccessPolicy.readerParams(reader))
                .query(Long.class)
                .single();
        List<PersonSummary> items = sql.sql("""
                        select t.*, o.name as organization_name, o.abbreviation as organization_abbreviation
                          from partners.person t
                          left join partners.organization o on o.id = t.organization_id and %s
                         where %s
                         order by t.nation, lower(coalesce(t.name ->> 'en', t.name ->> 'fr', t.name ->> 'ar', t.name ->> 'he')), t.id
                         limit :limit offset :offset""".formatted(AccessPolicy.readableBy("o"), AccessPolicy.readableBy("t")))
                .params(AccessPolicy.readerParams(reader))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> person(rs))
                .list();
        return new Page(items, page, size, total);
    }

    /**
     * In one query, the people a session's delegation form needs: those of {@code ids} (the delegates
     * already named) and, when {@code nations} is not empty, every person of those nations, as far as
     * the reader may read them; by nation then Latin name.
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> delegatesOrOf(
            Subject reader, java.util.Collection<Long> ids, java.util.Collection<String> nations) {
        if (ids.isEmpty() && nations.isEmpty()) {
            return List.of();
        }
        return sql.sql("""
                        select t.*, o.name as organization_name, o.abbreviation as organization_abbreviation
                          from partners.person t
                          left join partners.organization o on o.id = t.organization_id and %s
                         where (t.id = any(cast(:ids as bigint[])) or t.nation = any(cast(:nations as char(3)[]))) and %s
                         order by t.nation, lower(coalesce(t.name ->> 'en', t.name ->> 'fr', t.name ->> 'ar', t.name ->> 'he')), t.id""".formatted(AccessPolicy.readableBy("o"), AccessPolicy.readableBy("t")))
                .params(AccessPolicy.readerParams(reader))
                .param("ids", ids.toArray(Long[]::new))
                .param("nations", nations.toArray(String[]::new))
                .query((rs, n) -> person(rs))
                .list();
    }

    private static PersonSummary person(ResultSet rs) throws SQLException {
        String organizationName = rs.getString("organization_name");
        return new PersonSummary(
                rs.getLong("id"),
                rs.getString("nation"),
                organizationName == null ? null : rs.getLong("organization_id"),
                organizationName == null ? null : LocalizedText.fromJson(organizationName),
                organizationName == null ? null : rs.getString("organization_abbreviation"),
                LocalizedText.fromJson(rs.getString("name")),
                LocalizedText.fromJson(rs.getString("rank")),
                LocalizedText.fromJson(rs.getString("position")),
                rs.getBoolean("illustrative"),
                Labels.read(rs));
    }
}
