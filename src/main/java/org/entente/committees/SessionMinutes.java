package org.entente.committees;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's minutes and what freezes them: the minutes per language (each version its writer
 * nation's), the numbered decisions, the co-chairs' signatures, and the dated corrigenda that
 * follow signed minutes. Loads the session, asks whether it is frozen, stores, audits.
 */
@Service
class SessionMinutes {

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final SessionReads reads;
    private final Sessions sessions;
    private final Clock clock = Clock.systemDefaultZone();

    SessionMinutes(JdbcClient sql, AccessPolicy policy, AuditTrail audit, SessionReads reads, Sessions sessions) {
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.reads = reads;
        this.sessions = sessions;
    }

    // ---- minutes, decisions, signatures, corrigenda ----

    /**
     * Writes the minutes in one language; refused once both co-chairs have signed, and for a
     * language version another nation wrote (each version is owned by the nation that wrote it).
     */
    @Transactional
    public void writeMinutes(Subject subject, long committeeId, int number, String language, String body) {
        SessionReads.Found session = reads.writable(subject, committeeId, number);
        reads.refuseWhenFrozen(session);
        if (!Sessions.LANGUAGES.contains(language)) {
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
        SessionReads.Found session = reads.writable(subject, committeeId, number);
        reads.refuseWhenFrozen(session);
        if (text.values().values().stream().allMatch(String::isBlank)) {
            throw CommitteeRefusedException.of("decision", "decision.refused.empty");
        }
        if (!Limits.fits(text, Limits.TEXT)) {
            throw CommitteeRefusedException.of("decision", Limits.messageKey(Limits.TEXT));
        }
        return sessions.addDecision(session.id(), text, session.label().recordedBy(subject.nation()));
    }

    /**
     * Signs the minutes for the subject's own nation, as its co-chair's side: only a planner of that
     * nation in this committee, once per nation.
     */
    @Transactional
    public void sign(Subject subject, long committeeId, int number) {
        SessionReads.Found session = reads.locate(subject, committeeId, number)
                .orElseThrow(() -> new NotReadable("session", committeeId + "/" + number));
        policy.mayApproveFor(subject, subject.nation(), session.label(), committeeId)
                .orThrow();
        if (!session.parties().contains(subject.nation())) {
            throw CommitteeRefusedException.of("signature", "minutes.refused.notParty");
        }
        SessionDetail detail = reads.detail(subject, session);
        if (detail.signatureOf(subject.nation()).isPresent()) {
            throw CommitteeRefusedException.of("signature", "minutes.refused.alreadySigned");
        }
        if (detail.minutes().isEmpty() && detail.decisions().isEmpty()) {
            throw CommitteeRefusedException.of("signature", "minutes.refused.nothingToSign");
        }
        sessions.addSignature(session.id(), subject.nation(), subject.username(), Instant.now(clock), session.label());
    }

    /** Records a dated corrigendum to frozen minutes. */
    @Transactional
    public int correct(Subject subject, long committeeId, int number, LocalizedText text) {
        SessionReads.Found session = reads.writable(subject, committeeId, number);
        if (!reads.detail(subject, session).frozen()) {
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
}
