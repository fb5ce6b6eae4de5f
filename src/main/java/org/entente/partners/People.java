package org.entente.partners;

import java.sql.ResultSet;
import java.sql.SQLException;
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

/** Recording people and listing those a reader may see. */
@Service
public class People {

    /** One page of people and how many the reader may see in all. */
    public record Page(List<PersonSummary> items, int page, int size, long total) {}

    private final JdbcClient sql;
    private final AuditTrail audit;

    People(JdbcClient sql, AuditTrail audit) {
        this.sql = sql;
        this.audit = audit;
    }

    @Transactional
    public long add(NewPerson person) {
        long id = sql.sql("""
                        insert into partners.person (nation, organization_id, name_latin, name_native, rank, position,
                                                     illustrative, classification, owner_nation, releasable_to)
                        values (:nation, :organization, :latin, :native, cast(:rank as jsonb), cast(:position as jsonb),
                                :illustrative, :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("nation", person.nation())
                .param("organization", person.organizationId())
                .param("latin", person.nameLatin())
                .param("native", person.nameNative())
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
                         order by t.nation, lower(t.name_latin), t.id
                         limit :limit offset :offset""".formatted(AccessPolicy.readableBy("o"), AccessPolicy.readableBy("t")))
                .params(AccessPolicy.readerParams(reader))
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> person(rs))
                .list();
        return new Page(items, page, size, total);
    }

    private static PersonSummary person(ResultSet rs) throws SQLException {
        String organizationName = rs.getString("organization_name");
        return new PersonSummary(
                rs.getLong("id"),
                rs.getString("nation"),
                organizationName == null ? null : rs.getLong("organization_id"),
                organizationName == null ? null : LocalizedText.fromJson(organizationName),
                organizationName == null ? null : rs.getString("organization_abbreviation"),
                rs.getString("name_latin"),
                rs.getString("name_native"),
                LocalizedText.fromJson(rs.getString("rank")),
                LocalizedText.fromJson(rs.getString("position")),
                rs.getBoolean("illustrative"),
                Labels.read(rs));
    }
}
