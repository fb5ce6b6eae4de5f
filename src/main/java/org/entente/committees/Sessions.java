package org.entente.committees;

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
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session: reading it with its parts, planning the next one (numbered without gaps or repeats,
 * never under a suspended agreement), and recording its parts once checked. The minutes and what
 * freezes them are {@link SessionMinutes}'; the delegations, agenda and programme
 * {@link SessionPreparation}'s.
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
    private final SessionReads reads;

    Sessions(
            JdbcClient sql,
            AccessPolicy policy,
            AuditTrail audit,
            Committees committees,
            Agreements agreements,
            SessionReads reads) {
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.committees = committees;
        this.agreements = agreements;
        this.reads = reads;
    }

    /** A session as typed in the planning form. */
    public record SessionDraft(
            Integer number,
            LocalDate startDate,
            LocalDate endDate,
            String hostNation,
            LocalizedText city,
            LocalizedText venue,
            SessionStatus status) {

        SessionDetails details() {
            return new SessionDetails(startDate, endDate, hostNation, city, venue, status);
        }
    }

    /** What the planning form suggests: the next number and the host the alternation gives. */
    public record Suggestion(int number, String hostNation) {}

    // ---- reading ----

    @Transactional(readOnly = true)
    public Optional<SessionDetail> find(Subject reader, long committeeId, int number) {
        return reads.locate(reader, committeeId, number).map(found -> reads.detail(reader, found));
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
        errors.putAll(draft.details().errors(committee.parties()));
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

    // ---- changing ----

    /**
     * Changes a session's own details (days, host, city, venue, status) as the rules allow
     * ({@link SessionDetails#replacing}): a writer of the committee of the nation that planned it
     * (the database lets a nation change only the rows it owns), not once the session is held with
     * signed minutes, and only at the version the writer read ({@code seenVersion}; null: not
     * checked). The row is written at the version read here, so that of two writers who read the same
     * version only the first is stored: the second finds no row at that version and is refused as
     * stale ({@link SessionChangedMeanwhile}, 409), nothing changed. The change is audited with the
     * fields it changed and moves the version on by one.
     */
    @Transactional
    public void change(Subject subject, long committeeId, int number, SessionDetails details, Integer seenVersion) {
        SessionReads.Found found = reads.locate(subject, committeeId, number)
                .orElseThrow(() -> new NotReadable("session", committeeId + "/" + number));
        policy.mayChange(subject, found.label(), committeeId)
                .orThrow("committees.session.update", "session", found.id(), found.label());
        SessionDetail current = reads.detail(subject, found);
        List<String> changed = details.replacing(
                SessionDetails.of(current), current.version(), seenVersion, found.parties(), current.frozen());
        if (changed.isEmpty()) {
            return;
        }
        int written = sql.sql("""
                        update committees.session
                           set start_date = :start, end_date = :end, host_nation = :host,
                               city = cast(:city as jsonb), venue = cast(:venue as jsonb), status = :status,
                               version = version + 1
                         where id = :id and version = :version""")
                .param("start", details.startDate())
                .param("end", details.endDate())
                .param("host", details.hostNation())
                .param("city", details.city().toJson())
                .param("venue", details.venue().toJson())
                .param("status", details.status().name())
                .param("id", found.id())
                .param("version", current.version())
                .update();
        if (written == 0) {
            // Another writer stored its change between our read and this write.
            throw new SessionChangedMeanwhile();
        }
        audit.record(
                AuditEvent.success("committees.session.update", "session", Long.toString(found.id()), found.label())
                        .with("fields", String.join(",", changed)));
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

    /** A session by its committee and number, if the reader may see it. */
    Optional<SessionReads.Found> locate(Subject reader, long committeeId, int number) {
        return reads.locate(reader, committeeId, number);
    }
}
