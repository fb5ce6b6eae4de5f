package org.entente.committees;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.Markings;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Recording committees and sessions, and listing what a reader may see of them. */
@Service
public class Committees {

    /** The audit trail's code for changing a committee's label. */
    static final String RELABEL = "committees.committee.relabel";

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Markings markings;
    private final CommitteeProfiles profiles;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    Committees(JdbcClient sql, AccessPolicy policy, AuditTrail audit, Markings markings, CommitteeProfiles profiles) {
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.markings = markings;
        this.profiles = profiles;
    }

    /**
     * Sets what a committee is made of: its parent, co-chairs, secretariat, cadence and whether its
     * sessions alternate between the parties' capitals (the demo; an edit page comes later).
     */
    @Transactional
    public void describe(
            long id,
            Long parentId,
            List<CoChair> coChairs,
            LocalizedText secretariat,
            Cadence cadence,
            boolean alternating,
            Label label) {
        var chairs = coChairs.stream()
                .map(c -> {
                    var chair = new java.util.LinkedHashMap<String, Object>();
                    chair.put("nation", c.nation());
                    chair.put("organization", c.organization().values());
                    chair.put("position", c.position().values());
                    if (c.personId() != null) {
                        chair.put("person", c.personId());
                    }
                    return chair;
                })
                .toList();
        sql.sql("""
                        update committees.committee
                           set parent_id = :parent, co_chairs = cast(:chairs as jsonb), secretariat = cast(:secretariat as jsonb),
                               cadence = :cadence, alternating = :alternating
                         where id = :id""")
                .param("parent", parentId)
                .param("chairs", JSON.writeValueAsString(chairs))
                .param("secretariat", secretariat.toJson())
                .param("cadence", cadence == null ? null : cadence.name())
                .param("alternating", alternating)
                .param("id", id)
                .update();
        audit.record(AuditEvent.success("committees.committee.describe", "committee", Long.toString(id), label));
    }

    /** Adds a person to a committee's members, labelled as the committee. */
    @Transactional
    public void addMember(long committeeId, long personId, String nation, Label label) {
        sql.sql("""
                        insert into committees.member (committee_id, person_id, nation, classification, owner_nation, releasable_to)
                        values (:committee, :person, :nation, :classification, :owner, cast(:releasableTo as char(3)[]))""")
                .param("committee", committeeId)
                .param("person", personId)
                .param("nation", nation)
                .params(Labels.params(label))
                .update();
        audit.record(AuditEvent.success("committees.member.create", "committee", Long.toString(committeeId), label)
                .with("person", Long.toString(personId)));
    }

    /** A committee's place in the tree and its make-up, as far as the reader may see them. */
    @Transactional(readOnly = true)
    public CommitteeProfile profile(Subject reader, CommitteeSummary committee) {
        return profiles.of(reader, committee);
    }

    /** A committee and the columns its profile is built from, read in one statement (its page). */
    record WithProfile(CommitteeSummary committee, CommitteeProfiles.Columns columns) {}

    /**
     * As {@link #find}, with the columns of the committee's profile from the same row: its page had
     * read the row three times (committee20h).
     */
    @Transactional(readOnly = true)
    Optional<WithProfile> findWithProfile(Subject reader, long id) {
        return find(sql, reader, id, (rs, n) -> new WithProfile(committee(rs, null), CommitteeProfiles.Columns.of(rs)));
    }

    /** The profile of a committee read by {@link #findWithProfile}. */
    @Transactional(readOnly = true)
    CommitteeProfile profile(Subject reader, WithProfile found) {
        return profiles.of(reader, found.committee(), found.columns());
    }

    /**
     * Changes a committee's label: only the owner nation's planners and administrators of the
     * committee may, never above their own clearance. Nothing changes when refused.
     *
     * @return the label before the change
     */
    @Transactional
    public Label relabel(Subject subject, long id, Label proposed) {
        CommitteeSummary current = find(subject, id).orElseThrow(() -> new NotReadable("committee", id));
        policy.mayRelabel(subject, current.label(), proposed, id).orThrow();
        sql.sql("""
                        update committees.committee
                           set classification = :classification, owner_nation = :owner,
                               releasable_to = cast(:releasableTo as char(3)[])
                         where id = :id""").param("id", id).params(Labels.params(proposed)).update();
        audit.record(AuditEvent.success(RELABEL, "committee", Long.toString(id), proposed)
                .with("before", markings.banner(current.label()))
                .with("after", markings.banner(proposed)));
        return current.label();
    }

    @Transactional
    public long add(NewCommittee committee) {
        long id = sql.sql("""
                        insert into committees.committee (code, kind, name, parties, agreement_id, illustrative,
                                                          classification, owner_nation, releasable_to)
                        values (:code, :kind, cast(:name as jsonb), cast(:parties as char(3)[]), :agreement, :illustrative,
                                :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("code", committee.code())
                .param("kind", committee.kind().name())
                .param("name", committee.name().toJson())
                .param("parties", committee.parties().toArray(String[]::new))
                .param("agreement", committee.agreementId())
                .param("illustrative", committee.illustrative())
                .params(Labels.params(committee.label()))
                .query(Long.class)
                .single();
        audit.record(
                AuditEvent.success("committees.committee.create", "committee", Long.toString(id), committee.label()));
        return id;
    }

    @Transactional
    public long addSession(NewSession session) {
        long id = sql.sql("""
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
        audit.record(AuditEvent.success("committees.session.create", "session", Long.toString(id), session.label())
                .with("committee", Long.toString(session.committeeId()))
                .with("number", Integer.toString(session.number())));
        return id;
    }

    /**
     * Records that a list showed these committees: those above UNCLASSIFIED count as read, in one
     * audit entry per page, marked with the page's high-water mark.
     */
    public void recordListing(List<CommitteeSummary> shown, Label page) {
        String ids = shown.stream()
                .filter(c -> c.label().classification() != Classification.UNCLASSIFIED)
                .map(c -> Long.toString(c.id()))
                .collect(Collectors.joining(","));
        if (!ids.isEmpty()) {
            audit.recordSeparately(AuditEvent.read("committees.committee.list", "committee", null, page)
                    .with("ids", ids));
        }
    }

    /** The committees the reader may see, each with its latest held session the reader may see. */
    @Transactional(readOnly = true)
    public List<CommitteeSummary> visibleTo(Subject reader) {
        // The last held session of each committee, read alone (nego33): the home page's cards show
        // only that one, and reading every held session to keep the last (distinct on) built and
        // dropped six rows in seven on the 80,000-activity set (a quarter of the page's allocation).
        // The backward scan of (committee_id, number) stops at the first readable held session.
        Map<Long, SessionSummary> lastHeld = sql
                .sql("""
                        select t.*, c.name as committee_name
                          from committees.committee c
                          cross join lateral (
                                select s.* from committees.session s
                                 where s.committee_id = c.id and s.status = 'HELD' and %s
                                 order by s.number desc
                                 limit 1) t""".formatted(AccessPolicy.readableBy("s")))
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> session(rs))
                .stream()
                .collect(Collectors.toMap(SessionSummary::committeeId, s -> s));
        return sql.sql("select t.* from committees.committee t where %s order by t.code"
                        .formatted(AccessPolicy.readableBy("t")))
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> committee(rs, lastHeld.get(rs.getLong("id"))))
                .list();
    }

    /** One committee, if it exists and the reader may see it: otherwise nothing, whichever the case. */
    @Transactional(readOnly = true)
    public Optional<CommitteeSummary> find(Subject reader, long id) {
        return find(sql, reader, id, (rs, n) -> committee(rs, null));
    }

    /** The committee's row, if it exists and the reader may see it, as the mapper reads it. */
    static <T> Optional<T> find(JdbcClient sql, Subject reader, long id, RowMapper<T> mapper) {
        return sql.sql("select t.* from committees.committee t where t.id = :id and %s"
                        .formatted(AccessPolicy.readableBy("t")))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query(mapper)
                .optional();
    }

    /** A committee's sessions the reader may see, latest first. */
    @Transactional(readOnly = true)
    public List<SessionSummary> sessionsOf(Subject reader, long committeeId) {
        return sql.sql("""
                        select t.*, c.name as committee_name
                          from committees.session t
                          join committees.committee c on c.id = t.committee_id
                         where t.committee_id = :committee and %s and %s
                         order by t.number desc""".formatted(AccessPolicy.readableBy("t"), AccessPolicy.readableBy("c")))
                .param("committee", committeeId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> session(rs))
                .list();
    }

    /** Sessions the reader may see that start on or after the given day, soonest first. */
    @Transactional(readOnly = true)
    public List<SessionSummary> upcomingFor(Subject reader, LocalDate from, int limit) {
        return sql.sql("""
                        select t.*, c.name as committee_name
                          from committees.session t
                          join committees.committee c on c.id = t.committee_id
                         where t.start_date >= :from and t.status in ('PLANNED', 'POSTPONED') and %s and %s
                         order by t.start_date, t.id
                         limit :limit""".formatted(AccessPolicy.readableBy("t"), AccessPolicy.readableBy("c")))
                .params(AccessPolicy.readerParams(reader))
                .param("from", from)
                .param("limit", limit)
                .query((rs, n) -> session(rs))
                .list();
    }

    /**
     * The sessions the reader may see of committees whose parties include every one of these
     * nations, oldest first: what a relationship's timeline shows of the committees.
     */
    @Transactional(readOnly = true)
    public List<SessionSummary> sessionsBetween(Subject reader, List<String> nations) {
        return sql.sql("""
                        select t.*, c.name as committee_name
                          from committees.session t
                          join committees.committee c on c.id = t.committee_id
                         where c.parties @> cast(:nations as char(3)[]) and %s and %s
                         order by t.start_date, t.id""".formatted(AccessPolicy.readableBy("t"), AccessPolicy.readableBy("c")))
                .param("nations", nations.toArray(String[]::new))
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> session(rs))
                .list();
    }

    /** The agreement a committee the reader may see is established under, if any. */
    @Transactional(readOnly = true)
    public Optional<Long> agreementOf(Subject reader, long committeeId) {
        return sql.sql("select t.agreement_id from committees.committee t where t.id = :id and %s"
                        .formatted(AccessPolicy.readableBy("t")))
                .param("id", committeeId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> Optional.ofNullable((Long) rs.getObject(1)))
                .optional()
                .flatMap(a -> a);
    }

    static CommitteeSummary committee(ResultSet rs, SessionSummary lastHeld) throws SQLException {
        return new CommitteeSummary(
                rs.getLong("id"),
                rs.getString("code"),
                CommitteeKind.valueOf(rs.getString("kind")),
                LocalizedText.fromJson(rs.getString("name")),
                List.of((String[]) rs.getArray("parties").getArray()),
                rs.getBoolean("illustrative"),
                Labels.read(rs),
                lastHeld);
    }

    static SessionSummary session(ResultSet rs) throws SQLException {
        return new SessionSummary(
                rs.getLong("committee_id"),
                LocalizedText.fromJson(rs.getString("committee_name")),
                rs.getInt("number"),
                Limits.read(rs.getObject("start_date", LocalDate.class)),
                Limits.read(rs.getObject("end_date", LocalDate.class)),
                rs.getString("host_nation"),
                LocalizedText.fromJson(rs.getString("city")),
                SessionStatus.valueOf(rs.getString("status")),
                rs.getBoolean("illustrative"),
                Labels.read(rs),
                rs.getLong("id"));
    }
}
