package org.entente.committees;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.access.AccessPolicy;
import org.entente.agreements.AgreementStatus;
import org.entente.agreements.Agreements;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
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
import org.entente.shared.OptionalTexts;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session and its parts: planning the next one (numbered without gaps or repeats, never under a
 * suspended agreement), its minutes per language, numbered decisions, the co-chairs' signatures
 * that freeze the minutes, and the dated corrigenda that follow.
 */
@Service
public class Sessions {

    /** The languages minutes may be written in. */
    public static final List<String> LANGUAGES = List.of("ar", "fr", "en", "he");

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Committees committees;
    private final Agreements agreements;
    private final Clock clock;

    private final org.entente.shared.PersonNames people;

    Sessions(
            JdbcClient sql,
            AccessPolicy policy,
            AuditTrail audit,
            Committees committees,
            Agreements agreements,
            org.entente.shared.PersonNames people) {
        this.people = people;
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.committees = committees;
        this.agreements = agreements;
        this.clock = Clock.systemDefaultZone();
    }

    /** A session as typed in the planning form. */
    public record SessionDraft(
            Integer number,
            LocalDate startDate,
            LocalDate endDate,
            String hostNation,
            LocalizedText city,
            LocalizedText venue,
            SessionStatus status) {}

    /** What the planning form suggests: the next number and the host the alternation gives. */
    public record Suggestion(int number, String hostNation) {}

    /** A session found by its committee and number, with the committee's parties and agreement. */
    record Found(long id, long committeeId, int number, Label label, List<String> parties, Long agreementId) {}

    // ---- reading ----

    @Transactional(readOnly = true)
    public Optional<SessionDetail> find(Subject reader, long committeeId, int number) {
        return locate(reader, committeeId, number).map(found -> detail(reader, found));
    }

    /** The number and host the next session of this committee should have. */
    @Transactional(readOnly = true)
    public Suggestion suggestion(Subject reader, CommitteeSummary committee) {
        List<SessionSummary> sessions = committees.sessionsOf(reader, committee.id());
        int next = sessions.stream().mapToInt(SessionSummary::number).max().orElse(0) + 1;
        String lastHost = sessions.isEmpty() ? null : sessions.get(0).hostNation();
        return new Suggestion(next, nextHost(committee.parties(), lastHost));
    }

    /** Hosts alternate between the parties, in the order the committee lists them. */
    static String nextHost(List<String> parties, String lastHost) {
        if (parties.isEmpty()) {
            return null;
        }
        int at = lastHost == null ? -1 : parties.indexOf(lastHost);
        return parties.get((at + 1) % parties.size());
    }

    // ---- planning ----

    /**
     * Plans a committee's next session: the number must follow the last one (numbers continue across
     * suspensions and gaps), the end may not come before the start, the host must be a party, and
     * no session is planned under a suspended agreement. Any party's planner may plan it: labelled as
     * its committee, owned by the planner's nation (row-level security lets a nation write only the
     * rows it owns, so a partner's session recorded as the host's would be refused by the database).
     */
    @Transactional
    public int plan(Subject subject, long committeeId, SessionDraft draft) {
        CommitteeSummary committee =
                committees.find(subject, committeeId).orElseThrow(() -> new NotReadable("committee", committeeId));
        policy.mayWrite(subject, committee.label(), committeeId).orThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        Long agreementId = sql.sql("select agreement_id from committees.committee where id = ?")
                .param(committeeId)
                .query(Long.class)
                .optional()
                .orElse(null);
        if (agreementId != null
                && agreements
                        .find(subject, agreementId)
                        .map(a -> a.status() == AgreementStatus.SUSPENDED)
                        .orElse(false)) {
            errors.put("agreement", "session.refused.suspended");
        }
        Integer latest = sql.sql("select max(number) from committees.session where committee_id = ?")
                .param(committeeId)
                .query(Integer.class)
                .optional()
                .orElse(null);
        int expected = (latest == null ? 0 : latest) + 1;
        if (draft.number() == null) {
            errors.put("number", "session.refused.numberMissing");
        } else if (draft.number() < expected) {
            errors.put("number", "session.refused.numberRepeats");
        } else if (draft.number() > expected) {
            errors.put("number", "session.refused.numberSkips");
        }
        if (draft.startDate() == null) {
            errors.put("startDate", "session.refused.startMissing");
        }
        if (draft.endDate() == null) {
            errors.put("endDate", "session.refused.endMissing");
        } else if (draft.startDate() != null && draft.endDate().isBefore(draft.startDate())) {
            errors.put("endDate", "session.refused.endBeforeStart");
        }
        if (draft.hostNation() == null || !committee.parties().contains(draft.hostNation())) {
            errors.put("hostNation", "session.refused.hostNotParty");
        }
        if (draft.city() == null || draft.city().values().values().stream().allMatch(String::isBlank)) {
            errors.put("city", "session.refused.cityMissing");
        }
        Limits.PLAN_DATES.check("startDate", draft.startDate(), errors);
        Limits.PLAN_DATES.check("endDate", draft.endDate(), errors);
        Limits.check("city", draft.city(), Limits.NAME, errors);
        Limits.check("venue", draft.venue(), Limits.NAME, errors);
        if (!errors.isEmpty()) {
            throw new CommitteeRefusedException(errors);
        }
        long id = committees.addSession(new NewSession(
                committeeId,
                draft.number(),
                draft.startDate(),
                draft.endDate(),
                draft.hostNation(),
                draft.city(),
                draft.status() == null ? SessionStatus.PLANNED : draft.status(),
                false,
                // A partner plans a session too (the host alternates between the parties): its
                // session is owned by its nation, for the committee's audience, as its agenda items.
                committee.label().recordedBy(subject.nation())));
        if (draft.venue() != null) {
            sql.sql("update committees.session set venue = cast(:venue as jsonb) where id = :id")
                    .param("venue", draft.venue().toJson())
                    .param("id", id)
                    .update();
        }
        return draft.number();
    }

    // ---- minutes, decisions, signatures, corrigenda ----

    /**
     * Writes the minutes in one language; refused once both co-chairs have signed, and for a
     * language version another nation wrote (each version is owned by the nation that wrote it).
     */
    @Transactional
    public void writeMinutes(Subject subject, long committeeId, int number, String language, String body) {
        Found session = writable(subject, committeeId, number);
        refuseWhenFrozen(session);
        if (!LANGUAGES.contains(language)) {
            throw CommitteeRefusedException.of("language", "minutes.refused.language");
        }
        // Each language version belongs to the nation that wrote it: another party writes its own.
        sql.sql("select owner_nation from committees.minutes where session_id = :session and language = :language")
                .param("session", session.id())
                .param("language", language)
                .query(String.class)
                .optional()
                .filter(writer -> !writer.equals(subject.nation()))
                .ifPresent(writer -> {
                    throw CommitteeRefusedException.of("minutes", "minutes.refused.otherParty");
                });
        if (!Limits.fits(body, Limits.TEXT)) {
            throw CommitteeRefusedException.of("minutes", Limits.messageKey(Limits.TEXT));
        }
        sql.sql("""
                        insert into committees.minutes (session_id, language, body, classification, owner_nation, releasable_to)
                        values (:session, :language, :body, :classification, :owner, cast(:releasableTo as char(3)[]))
                        on conflict (session_id, language) do update set body = excluded.body""")
                .param("session", session.id())
                .param("language", language)
                .param("body", body == null ? "" : body.strip())
                .params(Labels.params(session.label().recordedBy(subject.nation())))
                .update();
        audit.record(
                AuditEvent.success("committees.minutes.write", "session", Long.toString(session.id()), session.label())
                        .with("language", language));
    }

    /** Adds the next numbered decision; refused once the minutes are frozen. */
    @Transactional
    public int decide(Subject subject, long committeeId, int number, LocalizedText text) {
        Found session = writable(subject, committeeId, number);
        refuseWhenFrozen(session);
        if (text.values().values().stream().allMatch(String::isBlank)) {
            throw CommitteeRefusedException.of("decision", "decision.refused.empty");
        }
        if (!Limits.fits(text, Limits.TEXT)) {
            throw CommitteeRefusedException.of("decision", Limits.messageKey(Limits.TEXT));
        }
        return addDecision(session.id(), text, session.label().recordedBy(subject.nation()));
    }

    /**
     * Signs the minutes for the subject's own nation, as its co-chair's side: only a planner of that
     * nation in this committee, once per nation.
     */
    @Transactional
    public void sign(Subject subject, long committeeId, int number) {
        Found session = locate(subject, committeeId, number)
                .orElseThrow(() -> new NotReadable("session", committeeId + "/" + number));
        policy.mayApproveFor(subject, subject.nation(), session.label(), committeeId)
                .orThrow();
        if (!session.parties().contains(subject.nation())) {
            throw CommitteeRefusedException.of("signature", "minutes.refused.notParty");
        }
        SessionDetail detail = detail(subject, session);
        if (detail.signatureOf(subject.nation()).isPresent()) {
            throw CommitteeRefusedException.of("signature", "minutes.refused.alreadySigned");
        }
        if (detail.minutes().isEmpty() && detail.decisions().isEmpty()) {
            throw CommitteeRefusedException.of("signature", "minutes.refused.nothingToSign");
        }
        addSignature(session.id(), subject.nation(), subject.username(), Instant.now(clock), session.label());
    }

    /** Records a dated corrigendum to frozen minutes. */
    @Transactional
    public int correct(Subject subject, long committeeId, int number, LocalizedText text) {
        Found session = writable(subject, committeeId, number);
        if (!detail(subject, session).frozen()) {
            throw CommitteeRefusedException.of("corrigendum", "corrigendum.refused.notFrozen");
        }
        if (text.values().values().stream().allMatch(String::isBlank)) {
            throw CommitteeRefusedException.of("corrigendum", "corrigendum.refused.empty");
        }
        if (!Limits.fits(text, Limits.TEXT)) {
            throw CommitteeRefusedException.of("corrigendum", Limits.messageKey(Limits.TEXT));
        }
        int next = sql.sql("select coalesce(max(number), 0) + 1 from committees.corrigendum where session_id = ?")
                .param(session.id())
                .query(Integer.class)
                .single();
        sql.sql("""
                        insert into committees.corrigendum (session_id, number, dated, text, recorded_by,
                                                            classification, owner_nation, releasable_to)
                        values (:session, :number, :dated, cast(:text as jsonb), :by,
                                :classification, :owner, cast(:releasableTo as char(3)[]))""")
                .param("session", session.id())
                .param("number", next)
                .param("dated", LocalDate.now(clock))
                .param("text", text.toJson())
                .param("by", subject.username())
                .params(Labels.params(session.label().recordedBy(subject.nation())))
                .update();
        audit.record(AuditEvent.success(
                        "committees.corrigendum.create", "session", Long.toString(session.id()), session.label())
                .with("number", Integer.toString(next)));
        return next;
    }

    // ---- delegations, agenda, programme ----

    /** Adds a delegate: a person of one of the parties, with their role in the delegation. */
    @Transactional
    public void delegate(
            Subject subject, long committeeId, int number, String nation, LocalizedText name, DelegateRole role) {
        Found session = writable(subject, committeeId, number);
        // Signed minutes record who came, what was on the agenda and the programme: no longer changed.
        refuseWhenFrozen(session);
        var errors = new LinkedHashMap<String, String>();
        if (nation == null || !session.parties().contains(nation)) {
            errors.put("nation", "delegate.refused.notParty");
        } else if (!nation.equals(subject.nation())
                && !subject.nation().equals(session.label().owner())) {
            // In another nation's session a party adds its own delegates only.
            errors.put("nation", "delegate.refused.ownNation");
        }
        if (name == null) {
            errors.put("name", "delegate.refused.name");
        }
        OptionalTexts.check("name", name, Limits.NAME, errors);
        if (role == null) {
            errors.put("role", "delegate.refused.role");
        }
        if (!errors.isEmpty()) {
            throw new CommitteeRefusedException(errors);
        }
        addDelegate(session.id(), nation, null, name, role, session.label());
    }

    /** Adds the next agenda item. */
    @Transactional
    public void addToAgenda(Subject subject, long committeeId, int number, LocalizedText title) {
        Found session = writable(subject, committeeId, number);
        // Signed minutes record who came, what was on the agenda and the programme: no longer changed.
        refuseWhenFrozen(session);
        if (title.values().values().stream().allMatch(String::isBlank)) {
            throw CommitteeRefusedException.of("title", "agenda.refused.title");
        }
        if (!Limits.fits(title, Limits.TITLE)) {
            throw CommitteeRefusedException.of("title", Limits.messageKey(Limits.TITLE));
        }
        addAgendaItem(session.id(), title, session.label().recordedBy(subject.nation()));
    }

    /** Adds a slot to the day-by-day programme, on one of the session's days. */
    @Transactional
    public void schedule(
            Subject subject, long committeeId, int number, LocalDate day, ProgrammeKind kind, LocalizedText title) {
        Found session = writable(subject, committeeId, number);
        // Signed minutes record who came, what was on the agenda and the programme: no longer changed.
        refuseWhenFrozen(session);
        SessionSummary summary = detail(subject, session).summary();
        var errors = new LinkedHashMap<String, String>();
        if (day == null || day.isBefore(summary.startDate()) || day.isAfter(summary.endDate())) {
            errors.put("day", "programme.refused.day");
        }
        if (kind == null) {
            errors.put("kind", "programme.refused.kind");
        }
        if (title.values().values().stream().allMatch(String::isBlank)) {
            errors.put("title", "programme.refused.title");
        }
        Limits.check("title", title, Limits.TITLE, errors);
        if (!errors.isEmpty()) {
            throw new CommitteeRefusedException(errors);
        }
        addProgrammeItem(session.id(), day, kind, title, session.label().recordedBy(subject.nation()));
    }

    // ---- recording (the demo and the rules above) ----

    public int addDecision(long sessionId, LocalizedText text, Label label) {
        int next = sql.sql("select coalesce(max(number), 0) + 1 from committees.decision where session_id = ?")
                .param(sessionId)
                .query(Integer.class)
                .single();
        sql.sql("""
                        insert into committees.decision (session_id, number, text, classification, owner_nation, releasable_to)
                        values (:session, :number, cast(:text as jsonb), :classification, :owner, cast(:releasableTo as char(3)[]))""")
                .param("session", sessionId)
                .param("number", next)
                .param("text", text.toJson())
                .params(Labels.params(label))
                .update();
        audit.record(AuditEvent.success("committees.decision.create", "session", Long.toString(sessionId), label)
                .with("number", Integer.toString(next)));
        return next;
    }

    public void addSignature(long sessionId, String nation, String by, Instant at, Label label) {
        sql.sql("""
                        insert into committees.signature (session_id, nation, signed_by, signed_at,
                                                          classification, owner_nation, releasable_to)
                        values (:session, :nation, :by, :at, :classification, :owner, cast(:releasableTo as char(3)[]))""")
                .param("session", sessionId)
                .param("nation", nation)
                .param("by", by)
                .param("at", java.sql.Timestamp.from(at))
                .params(Labels.params(label))
                .update();
        audit.record(AuditEvent.success("committees.minutes.sign", "session", Long.toString(sessionId), label)
                .with("nation", nation));
    }

    public void addMinutes(long sessionId, String language, String body, Label label) {
        sql.sql("""
                        insert into committees.minutes (session_id, language, body, classification, owner_nation, releasable_to)
                        values (:session, :language, :body, :classification, :owner, cast(:releasableTo as char(3)[]))""")
                .param("session", sessionId)
                .param("language", language)
                .param("body", body)
                .params(Labels.params(label))
                .update();
        audit.record(AuditEvent.success("committees.minutes.write", "session", Long.toString(sessionId), label)
                .with("language", language));
    }

    public void addDelegate(
            long sessionId, String nation, Long personId, LocalizedText name, DelegateRole role, Label label) {
        sql.sql("""
                        insert into committees.delegate (session_id, nation, person_id, name, role,
                                                         classification, owner_nation, releasable_to)
                        values (:session, :nation, :person, cast(:name as jsonb), :role, :classification, :owner, cast(:releasableTo as char(3)[]))""")
                .param("session", sessionId)
                .param("nation", nation)
                .param("person", personId)
                .param("name", name.toJson())
                .param("role", role.name())
                .params(Labels.params(label))
                .update();
        audit.record(AuditEvent.success("committees.delegate.create", "session", Long.toString(sessionId), label));
    }

    public void addAgendaItem(long sessionId, LocalizedText title, Label label) {
        sql.sql("""
                        insert into committees.agenda_item (session_id, position, title, classification, owner_nation, releasable_to)
                        values (:session, (select coalesce(max(position), 0) + 1 from committees.agenda_item where session_id = :session),
                                cast(:title as jsonb), :classification, :owner, cast(:releasableTo as char(3)[]))""")
                .param("session", sessionId)
                .param("title", title.toJson())
                .params(Labels.params(label))
                .update();
        audit.record(AuditEvent.success("committees.agenda.create", "session", Long.toString(sessionId), label));
    }

    public void addProgrammeItem(long sessionId, LocalDate day, ProgrammeKind kind, LocalizedText title, Label label) {
        sql.sql("""
                        insert into committees.programme_item (session_id, day, kind, title, classification, owner_nation, releasable_to)
                        values (:session, :day, :kind, cast(:title as jsonb), :classification, :owner, cast(:releasableTo as char(3)[]))""")
                .param("session", sessionId)
                .param("day", day)
                .param("kind", kind.name())
                .param("title", title.toJson())
                .params(Labels.params(label))
                .update();
        audit.record(AuditEvent.success("committees.programme.create", "session", Long.toString(sessionId), label));
    }

    /** A decision's id by its session and number (the demo's action items), or null. */
    public Long decisionId(long sessionId, int number) {
        return sql.sql("select id from committees.decision where session_id = :session and number = :number")
                .param("session", sessionId)
                .param("number", number)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /** A session's id by committee and number, for the demo (run as a subject who may read it). */
    public long idOf(Subject reader, long committeeId, int number) {
        return locate(reader, committeeId, number).orElseThrow().id();
    }

    // ---- internals ----

    private Found writable(Subject subject, long committeeId, int number) {
        Found session = locate(subject, committeeId, number)
                .orElseThrow(() -> new NotReadable("session", committeeId + "/" + number));
        policy.mayWrite(subject, session.label(), committeeId).orThrow();
        return session;
    }

    private void refuseWhenFrozen(Found session) {
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

    private SessionDetail detail(Subject reader, Found found) {
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
        LocalizedText venue = sql.sql("select venue from committees.session where id = :session")
                .params(params)
                .query((rs, n) -> LocalizedText.fromJson(rs.getString(1)))
                .single();
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
                corrigenda);
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
