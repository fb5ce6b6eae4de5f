package org.entente.committees;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.shared.Classification;
import org.entente.shared.Labels;
import org.entente.shared.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Recording committees and sessions, and listing what a reader may see of them. */
@Service
public class Committees {

    /** The need-to-know rule in SQL, over a table aliased {@code t}. */
    private static final String READABLE =
            "t.classification <= :clearance and (t.owner_nation = :nation or :nation = any(t.releasable_to))";

    private final JdbcClient sql;

    Committees(JdbcClient sql) {
        this.sql = sql;
    }

    @Transactional
    public long add(NewCommittee committee) {
        return sql.sql("""
                        insert into committees.committee (code, kind, name, parties, illustrative,
                                                          classification, owner_nation, releasable_to)
                        values (:code, :kind, cast(:name as jsonb), cast(:parties as char(3)[]), :illustrative,
                                :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("code", committee.code())
                .param("kind", committee.kind().name())
                .param("name", committee.name().toJson())
                .param("parties", committee.parties().toArray(String[]::new))
                .param("illustrative", committee.illustrative())
                .params(Labels.params(committee.label()))
                .query(Long.class)
                .single();
    }

    @Transactional
    public long addSession(NewSession session) {
        return sql.sql("""
                        insert into committees.session (committee_id, number, start_date, end_date, host_nation, city,
                                                        status, illustrative, classification, owner_nation, releasable_to)
                        values (:committee, :number, :start, :end, :host, cast(:city as jsonb), :status, :illustrative,
                                :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("committee", session.committeeId())
                .param("number", session.number())
                .param("start", session.startDate())
                .param("end", session.endDate())
                .param("host", session.hostNation())
                .param("city", session.city().toJson())
                .param("status", session.status().name())
                .param("illustrative", session.illustrative())
                .params(Labels.params(session.label()))
                .query(Long.class)
                .single();
    }

    /** The committees the reader may see, each with its latest held session the reader may see. */
    @Transactional(readOnly = true)
    public List<CommitteeSummary> visibleTo(String nation, Classification clearance) {
        Map<Long, SessionSummary> lastHeld = sql
                .sql("""
                        select distinct on (t.committee_id) t.*, c.name as committee_name
                          from committees.session t
                          join committees.committee c on c.id = t.committee_id
                         where t.status = 'HELD' and %s
                         order by t.committee_id, t.number desc""".formatted(READABLE))
                .param("nation", nation)
                .param("clearance", clearance.ordinal())
                .query((rs, n) -> session(rs))
                .stream()
                .collect(Collectors.toMap(SessionSummary::committeeId, s -> s));
        return sql.sql("select t.* from committees.committee t where %s order by t.code".formatted(READABLE))
                .param("nation", nation)
                .param("clearance", clearance.ordinal())
                .query((rs, n) -> new CommitteeSummary(
                        rs.getLong("id"),
                        rs.getString("code"),
                        CommitteeKind.valueOf(rs.getString("kind")),
                        LocalizedText.fromJson(rs.getString("name")),
                        List.of((String[]) rs.getArray("parties").getArray()),
                        rs.getBoolean("illustrative"),
                        Labels.read(rs),
                        lastHeld.get(rs.getLong("id"))))
                .list();
    }

    /** Sessions the reader may see that start on or after the given day, soonest first. */
    @Transactional(readOnly = true)
    public List<SessionSummary> upcomingFor(String nation, Classification clearance, LocalDate from, int limit) {
        return sql.sql("""
                        select t.*, c.name as committee_name
                          from committees.session t
                          join committees.committee c on c.id = t.committee_id
                         where t.start_date >= :from and t.status in ('PLANNED', 'POSTPONED') and %s
                           and c.classification <= :clearance
                           and (c.owner_nation = :nation or :nation = any(c.releasable_to))
                         order by t.start_date, t.id
                         limit :limit""".formatted(READABLE))
                .param("nation", nation)
                .param("clearance", clearance.ordinal())
                .param("from", from)
                .param("limit", limit)
                .query((rs, n) -> session(rs))
                .list();
    }

    private static SessionSummary session(ResultSet rs) throws SQLException {
        return new SessionSummary(
                rs.getLong("committee_id"),
                LocalizedText.fromJson(rs.getString("committee_name")),
                rs.getInt("number"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getString("host_nation"),
                LocalizedText.fromJson(rs.getString("city")),
                SessionStatus.valueOf(rs.getString("status")),
                rs.getBoolean("illustrative"),
                Labels.read(rs));
    }
}
