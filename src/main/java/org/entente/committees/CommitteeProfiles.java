package org.entente.committees;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.access.AccessPolicy;
import org.entente.partners.People;
import org.entente.partners.PersonSummary;
import org.entente.shared.Labels;
import org.entente.shared.LocalizedText;
import org.entente.shared.PersonName;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * A committee's place in the tree and its make-up, as far as the reader may see them: built from
 * the columns of the committee's own row, which its page reads with the committee itself
 * (committee20h), and the rows that hang from it.
 */
@Component
class CommitteeProfiles {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The columns of a committee's row its profile is built from. */
    record Columns(
            Long parentId, String chairs, String secretariat, String cadence, boolean alternating, Long agreementId) {

        /** From a row holding these columns by name (the committee's whole row will do). */
        static Columns of(ResultSet rs) throws SQLException {
            return new Columns(
                    (Long) rs.getObject("parent_id"),
                    rs.getString("co_chairs"),
                    rs.getString("secretariat"),
                    rs.getString("cadence"),
                    rs.getBoolean("alternating"),
                    (Long) rs.getObject("agreement_id"));
        }
    }

    private final JdbcClient sql;
    private final People people;

    CommitteeProfiles(JdbcClient sql, People people) {
        this.sql = sql;
        this.people = people;
    }

    /** The profile of a committee the reader has read, its columns read again. */
    CommitteeProfile of(Subject reader, CommitteeSummary committee) {
        Columns row = sql.sql("select parent_id, co_chairs, secretariat, cadence, alternating, agreement_id"
                        + " from committees.committee where id = ?")
                .param(committee.id())
                .query((rs, n) -> Columns.of(rs))
                .single();
        return of(reader, committee, row);
    }

    /** The agreement a committee is established under, named only when the reader may read it (issue 16). */
    private CommitteeProfile.Agreement agreement(Subject reader, Long agreementId) {
        if (agreementId == null) {
            return null;
        }
        return sql.sql("select a.title, a.classification, a.owner_nation, a.releasable_to"
                        + " from agreements.agreement a where a.id = :id and " + AccessPolicy.readableBy("a"))
                .param("id", agreementId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) ->
                        new CommitteeProfile.Agreement(LocalizedText.fromJson(rs.getString("title")), Labels.read(rs)))
                .optional()
                .orElse(null);
    }

    /** The profile of a committee the reader has read, from the columns read with it. */
    @SuppressWarnings("unchecked")
    CommitteeProfile of(Subject reader, CommitteeSummary committee, Columns row) {
        CommitteeSummary parent = row.parentId() == null
                ? null
                : Committees.find(sql, reader, row.parentId(), (rs, n) -> Committees.committee(rs, null))
                        .orElse(null);
        List<CommitteeSummary> children = sql.sql(
                        "select t.* from committees.committee t where t.parent_id = :id and %s order by t.code"
                                .formatted(AccessPolicy.readableBy("t")))
                .param("id", committee.id())
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> Committees.committee(rs, null))
                .list();
        List<CoChair> chairs = new ArrayList<>();
        for (Map<String, Object> chair : (List<Map<String, Object>>) JSON.readValue(row.chairs(), List.class)) {
            chairs.add(new CoChair(
                    (String) chair.get("nation"),
                    new LocalizedText((Map<String, String>) chair.get("organization")),
                    new LocalizedText((Map<String, String>) chair.get("position")),
                    chair.get("person") instanceof Number person ? person.longValue() : null));
        }
        List<Long> memberIds = sql.sql("select t.person_id from committees.member t where t.committee_id = :id and "
                        + AccessPolicy.readableBy("t") + " order by t.nation, t.id")
                .param("id", committee.id())
                .params(AccessPolicy.readerParams(reader))
                .query(Long.class)
                .list();
        // The members and the chairs' holders in one query, as far as the reader may read them.
        var ids = new LinkedHashSet<Long>(memberIds);
        chairs.stream().map(CoChair::personId).filter(Objects::nonNull).forEach(ids::add);
        Map<Long, PersonSummary> known = new HashMap<>();
        people.delegatesOrOf(reader, ids, List.of()).forEach(p -> known.put(p.id(), p));
        List<CommitteeProfile.Member> members = memberIds.stream()
                .map(known::get)
                .filter(Objects::nonNull)
                .map(p -> new CommitteeProfile.Member(p.id(), p.nation(), p.name()))
                .toList();
        Map<Long, PersonName> holders = new HashMap<>();
        chairs.stream()
                .map(CoChair::personId)
                .filter(known::containsKey)
                .forEach(id -> holders.put(id, DelegatePeople.name(known.get(id))));
        return new CommitteeProfile(
                parent,
                children,
                chairs,
                LocalizedText.fromJson(row.secretariat()),
                row.cadence() == null ? null : Cadence.valueOf(row.cadence()),
                row.alternating(),
                row.agreementId(),
                agreement(reader, row.agreementId()),
                members,
                holders);
    }
}
