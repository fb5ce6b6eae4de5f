package org.entente.committees;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.access.AccessPolicy;
import org.entente.committees.SessionParts.AgendaItem;
import org.entente.committees.SessionParts.Corrigendum;
import org.entente.committees.SessionParts.Decision;
import org.entente.committees.SessionParts.Delegate;
import org.entente.committees.SessionParts.Minutes;
import org.entente.committees.SessionParts.ProgrammeItem;
import org.entente.committees.SessionParts.Signature;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finding a session by its committee and number as the reader may see it, with all its parts, and
 * the checks the writes share: may the subject write to it, are its minutes frozen.
 */
@Component
class SessionReads {

    /** A session found by its committee and number, with the committee's parties and agreement. */
    record Found(long id, long committeeId, int number, Label label, List<String> parties, Long agreementId) {}

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final org.entente.shared.PersonNames people;

    SessionReads(JdbcClient sql, AccessPolicy policy, org.entente.shared.PersonNames people) {
        this.sql = sql;
        this.policy = policy;
        this.people = people;
    }

    Found writable(Subject subject, long committeeId, int number) {
        Found session = locate(subject, committeeId, number)
                .orElseThrow(() -> new NotReadable("session", committeeId + "/" + number));
        policy.mayWrite(subject, session.label(), committeeId).orThrow();
        return session;
    }

    void refuseWhenFrozen(Found session) {
        int signed = sql.sql("select count(distinct nation) from committees.signature where session_id = :session"
                        + " and nation = any(cast(:parties as char(3)[]))")
                .param("session", session.id())
                .param("parties", session.parties().toArray(String[]::new))
                .query(Integer.class)
                .single();
        if (signed >= session.parties().size()) {
            throw CommitteeRefusedException.of("minutes", "minutes.refused.frozen");
        }
    }

    Optional<Found> locate(Subject reader, long committeeId, int number) {
        return sql.sql("""
                        select t.id, t.committee_id, t.number, t.classification, t.owner_nation, t.releasable_to,
                               c.parties, c.agreement_id
                          from committees.session t
                          join committees.committee c on c.id = t.committee_id
                         where t.committee_id = :committee and t.number = :number and %s and %s""".formatted(AccessPolicy.readableBy("t"), AccessPolicy.readableBy("c")))
                .param("committee", committeeId)
                .param("number", number)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> new Found(
                        rs.getLong("id"),
                        rs.getLong("committee_id"),
                        rs.getInt("number"),
                        Labels.read(rs),
                        List.of((String[]) rs.getArray("parties").getArray()),
                        (Long) rs.getObject("agreement_id")))
                .optional();
    }

    SessionDetail detail(Subject reader, Found found) {
        Map<String, Object> params = new LinkedHashMap<>(AccessPolicy.readerParams(reader));
        params.put("session", found.id());
        SessionSummary summary = sql.sql("""
                        select t.*, c.name as committee_name
                          from committees.session t
                          join committees.committee c on c.id = t.committee_id
                         where t.id = :session""")
                .params(params)
                .query((rs, n) -> Committees.session(rs))
                .single();
        // The venue and the version of the details in one statement (the page's statement count).
        Map.Entry<LocalizedText, Integer> own = sql.sql(
                        "select venue, version from committees.session where id = :session")
                .params(params)
                .query((rs, n) -> Map.entry(LocalizedText.fromJson(rs.getString(1)), rs.getInt(2)))
                .single();
        LocalizedText venue = own.getKey();
        var delegates = parts(
                        "delegate",
                        "t.nation, case t.role when 'HEAD' then 0 when 'MEMBER' then 1"
                                + " when 'EXPERT' then 2 else 3 end, t.id",
                        params)
                .query((rs, n) -> new Delegate(
                        rs.getLong("id"),
                        rs.getString("nation"),
                        (Long) rs.getObject("person_id"),
                        LocalizedText.fromJson(rs.getString("name")),
                        DelegateRole.valueOf(rs.getString("role")),
                        Labels.read(rs)))
                .list();
        var agenda = parts("agenda_item", "t.position", params)
                .query((rs, n) ->
                        new AgendaItem(rs.getLong("id"), rs.getInt("position"), text(rs, "title"), Labels.read(rs)))
                .list();
        var programme = parts("programme_item", "t.day, t.id", params)
                .query((rs, n) -> new ProgrammeItem(
                        rs.getLong("id"),
                        Limits.read(rs.getObject("day", LocalDate.class)),
                        ProgrammeKind.valueOf(rs.getString("kind")),
                        text(rs, "title"),
                        Labels.read(rs)))
                .list();
        Map<String, Minutes> minutes = new LinkedHashMap<>();
        parts("minutes", "t.language", params)
                .query((rs, n) -> new Minutes(rs.getString("language"), rs.getString("body"), Labels.read(rs)))
                .list()
                .forEach(m -> minutes.put(m.language(), m));
        var decisions = parts("decision", "t.number", params)
                .query((rs, n) ->
                        new Decision(rs.getLong("id"), rs.getInt("number"), text(rs, "text"), Labels.read(rs)))
                .list();
        var signed = parts("signature", "t.signed_at", params)
                .query((rs, n) -> new Signature(
                        rs.getString("nation"),
                        rs.getString("signed_by"),
                        rs.getTimestamp("signed_at").toInstant(),
                        Labels.read(rs)))
                .list();
        var signatories = people.ofAccounts(
                reader, signed.stream().map(Signature::signedBy).toList());
        var signatures = signed.stream()
                .map(s ->
                        new Signature(s.nation(), s.signedBy(), s.signedAt(), s.label(), signatories.get(s.signedBy())))
                .toList();
        var corrigenda = parts("corrigendum", "t.number", params)
                .query((rs, n) -> new Corrigendum(
                        rs.getInt("number"),
                        Limits.read(rs.getObject("dated", LocalDate.class)),
                        text(rs, "text"),
                        rs.getString("recorded_by"),
                        Labels.read(rs)))
                .list();
        return new SessionDetail(
                found.id(),
                summary,
                venue,
                found.parties(),
                delegates,
                agenda,
                programme,
                minutes,
                decisions,
                signatures,
                corrigenda,
                own.getValue());
    }

    private JdbcClient.StatementSpec parts(String table, String order, Map<String, Object> params) {
        return sql.sql("select t.* from committees.%s t where t.session_id = :session and %s order by %s"
                        .formatted(table, AccessPolicy.readableBy("t"), order))
                .params(params);
    }

    private static LocalizedText text(ResultSet rs, String column) throws SQLException {
        return LocalizedText.fromJson(rs.getString(column));
    }
}
