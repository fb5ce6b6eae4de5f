package org.entente.agreements;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.access.AccessDeniedException;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Subject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording agreements, their status events and context events, and listing what a reader may see
 * of them. Every status event goes through the agreement's rules ({@link Agreement}); a suspension
 * and a resumption are published for the modules that react to them.
 */
@Service
public class Agreements {

    /** The audit trail's code for recording a status event. */
    static final String EVENT = "agreements.agreement.event";

    /** What the agreement list and the API filter on; a null field does not filter. */
    public record Filter(String nation, AgreementStatus status, AgreementKind kind) {

        public static final Filter NONE = new Filter(null, null, null);
    }

    /** A page of the list, with the total the reader may see. */
    public record Page(List<AgreementSummary> items, int page, int size, long total) {}

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Domains taxonomy;

    Agreements(
            JdbcClient sql, AccessPolicy policy, AuditTrail audit, ApplicationEventPublisher events, Domains taxonomy) {
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
        this.taxonomy = taxonomy;
    }

    /**
     * Records an agreement as signed, then its later events through the same rules as {@link
     * #recordEvent}. Like creating a committee, it is the recording module's own work (the demo, an
     * import): the label's owner must be the current subject's nation, which the database checks.
     */
    @Transactional
    public long add(NewAgreement agreement) {
        Agreement rules = Agreement.signed(agreement.signedOn());
        agreement.laterEvents().forEach(e -> rules.record(e.kind(), e.date(), e.reason()));
        long id = sql.sql("""
                        insert into agreements.agreement (kind, parties, signatories, signed_on, signed_place,
                                                          term_years, tacit_renewal, domains, parent_id, title,
                                                          summary, status, illustrative,
                                                          classification, owner_nation, releasable_to)
                        values (:kind, cast(:parties as char(3)[]), cast(:signatories as jsonb), :signedOn,
                                cast(:signedPlace as jsonb), :termYears, :tacitRenewal, cast(:domains as text[]),
                                :parent, cast(:title as jsonb), cast(:summary as jsonb), 'SIGNED', :illustrative,
                                :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("kind", agreement.kind().name())
                .param("parties", agreement.parties().toArray(String[]::new))
                .param("signatories", AgreementRows.signatories(agreement.signatories()))
                .param("signedOn", agreement.signedOn())
                .param("signedPlace", agreement.signedPlace().toJson())
                .param("termYears", agreement.termYears())
                .param("tacitRenewal", agreement.tacitRenewal())
                .param("domains", agreement.domains().toArray(String[]::new))
                .param("parent", agreement.parentId())
                .param("title", agreement.title().toJson())
                .param("summary", agreement.summary().toJson())
                .param("illustrative", agreement.illustrative())
                .params(Labels.params(agreement.label()))
                .query(Long.class)
                .single();
        audit.record(
                AuditEvent.success("agreements.agreement.create", "agreement", Long.toString(id), agreement.label())
                        .with("kind", agreement.kind().name()));
        insertEvent(
                id,
                new NewStatusEvent(AgreementEventKind.SIGNED, agreement.signedOn(), null, null, false),
                agreement.label());
        for (NewStatusEvent event : agreement.laterEvents()) {
            insertEvent(id, event, agreement.label());
            announce(id, agreement.parties(), event);
        }
        setStatus(id, rules.status());
        return id;
    }

    /**
     * Creates an agreement as the subject submitted it: signed (its first status event), labelled
     * with the subject's nation as owner, audited in the same transaction. Every field is checked
     * before anything is stored, so that one refusal names every field to correct.
     *
     * @throws AccessDeniedException when the subject may not manage agreements at all
     * @throws org.entente.shared.Refused naming each field refused; nothing is stored
     */
    @Transactional
    public long create(Subject subject, AgreementDraft draft) {
        // Who may create is decided on the mildest label of their own nation, so that a refused
        // classification is reported as a field to correct rather than as a refusal of the person.
        policy.mayManageAgreements(subject, Label.unclassified(subject.nation()))
                .orThrow();
        return add(AgreementDraftCheck.check(
                subject,
                draft,
                taxonomy.domains(),
                parent -> find(subject, parent).isPresent()));
    }

    /**
     * Records a status event, if the subject may manage the agreement and its rules allow the event;
     * otherwise nothing changes. A suspension publishes {@link AgreementSuspended}, a resumption
     * {@link AgreementResumed}.
     *
     * @throws AccessDeniedException when the subject may not read or manage the agreement
     * @throws org.entente.shared.Refused when the agreement's rules refuse the event
     */
    @Transactional
    public StatusEvent recordEvent(Subject subject, long id, NewStatusEvent event) {
        AgreementSummary current = find(subject, id).orElseThrow(() -> new AccessDeniedException("access.notReadable"));
        policy.mayManageAgreements(subject, current.label()).orThrow();
        sql.sql("select id from agreements.agreement where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .single();
        Agreement rules = Agreement.replay(sql.sql("""
                        select kind, on_date, reason from agreements.agreement_event
                         where agreement_id = :id order by on_date, id""")
                .param("id", id)
                .query((rs, n) -> new Agreement.Step(
                        AgreementEventKind.valueOf(rs.getString("kind")),
                        Limits.read(rs.getObject("on_date", LocalDate.class)),
                        OptionalTexts.read(rs.getString("reason"))))
                .list());
        NewStatusEvent clean = new NewStatusEvent(
                event.kind(), event.date(), typed(event.reason()), typed(event.note()), event.illustrative());
        OptionalTexts.require("note", clean.note(), Limits.SHORT_TEXT);
        rules.record(clean.kind(), clean.date(), clean.reason());
        long eventId = insertEvent(id, clean, current.label());
        setStatus(id, rules.status());
        announce(id, current.parties(), clean);
        return new StatusEvent(
                eventId,
                id,
                clean.date(),
                clean.kind(),
                clean.reason(),
                clean.note(),
                clean.illustrative(),
                current.label());
    }

    /** One agreement, if it exists and the reader may see it: otherwise nothing, whichever the case. */
    @Transactional(readOnly = true)
    public Optional<AgreementSummary> find(Subject reader, long id) {
        return sql.sql(AgreementRows.AGREEMENT_COLUMNS + " where t.id = :id and " + AccessPolicy.readableBy("t"))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> AgreementRows.agreement(rs))
                .optional();
    }

    /** The agreements the reader may see, signed latest first. */
    @Transactional(readOnly = true)
    public List<AgreementSummary> visibleTo(Subject reader, Filter filter) {
        return page(reader, filter, 0, Integer.MAX_VALUE).items();
    }

    /** A page of the agreements the reader may see; the total counts only those. */
    @Transactional(readOnly = true)
    public Page page(Subject reader, Filter filter, int page, int size) {
        var where = new StringBuilder(AccessPolicy.readableBy("t"));
        Map<String, Object> params = new LinkedHashMap<>(AccessPolicy.readerParams(reader));
        if (filter.nation() != null) {
            where.append(" and :nation = any(t.parties)");
            params.put("nation", filter.nation());
        }
        if (filter.status() != null) {
            where.append(" and t.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.kind() != null) {
            where.append(" and t.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        long total = sql.sql("select count(*) from agreements.agreement t where " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<AgreementSummary> items = sql.sql(AgreementRows.AGREEMENT_COLUMNS + " where " + where
                        + " order by t.signed_on desc, t.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> AgreementRows.agreement(rs))
                .list();
        return new Page(items, page, size, total);
    }

    /** The agreements under this one that the reader may see. */
    @Transactional(readOnly = true)
    public List<AgreementSummary> childrenOf(Subject reader, long parentId) {
        return sql.sql(AgreementRows.AGREEMENT_COLUMNS + " where t.parent_id = :parent and "
                        + AccessPolicy.readableBy("t") + " order by t.signed_on, t.id")
                .param("parent", parentId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> AgreementRows.agreement(rs))
                .list();
    }

    /** An agreement's status events the reader may see, oldest first. */
    @Transactional(readOnly = true)
    public List<StatusEvent> historyOf(Subject reader, long id) {
        return sql.sql("select t.* from agreements.agreement_event t where t.agreement_id = :id and "
                        + AccessPolicy.readableBy("t") + " order by t.on_date, t.id")
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> AgreementRows.statusEvent(rs))
                .list();
    }

    /** The agreements in force the reader may see whose term ends (expires or renews) within these days. */
    @Transactional(readOnly = true)
    public List<AgreementSummary> termsEndingWithin(Subject reader, LocalDate from, int days) {
        LocalDate until = from.plusDays(days);
        return visibleTo(reader, new Filter(null, AgreementStatus.IN_FORCE, null)).stream()
                .filter(a -> a.termEnds() != null
                        && !a.termEnds().isBefore(from)
                        && !a.termEnds().isAfter(until))
                .sorted(Comparator.comparing(AgreementSummary::termEnds))
                .toList();
    }

    /** The cooperation domains, in the taxonomy's order, retired ones included ({@link Domains}). */
    public List<Domain> domains() {
        return taxonomy.domains();
    }

    /**
     * Records that a page or an answer showed these agreements: those above UNCLASSIFIED count as
     * read, in one audit entry, marked with the whole's high-water mark.
     */
    public void recordListing(List<AgreementSummary> shown, Label whole) {
        String ids = shown.stream()
                .filter(a -> a.label().classification() != Classification.UNCLASSIFIED)
                .map(a -> Long.toString(a.id()))
                .collect(Collectors.joining(","));
        if (!ids.isEmpty()) {
            audit.recordSeparately(AuditEvent.read("agreements.agreement.list", "agreement", null, whole)
                    .with("ids", ids));
        }
    }

    private long insertEvent(long agreementId, NewStatusEvent event, Label label) {
        long id = sql.sql("""
                        insert into agreements.agreement_event (agreement_id, on_date, kind, reason, note, illustrative,
                                                                classification, owner_nation, releasable_to)
                        values (:agreement, :date, :kind, cast(:reason as jsonb), cast(:note as jsonb), :illustrative,
                                :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("agreement", agreementId)
                .param("date", event.date())
                .param("kind", event.kind().name())
                .param("reason", OptionalTexts.write(event.reason()))
                .param("note", OptionalTexts.write(event.note()))
                .param("illustrative", event.illustrative())
                .params(Labels.params(label))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success(EVENT, "agreement", Long.toString(agreementId), label)
                .with("kind", event.kind().name())
                .with("date", event.date().toString()));
        return id;
    }

    private void setStatus(long id, AgreementStatus status) {
        sql.sql("update agreements.agreement set status = :status where id = :id")
                .param("status", status.name())
                .param("id", id)
                .update();
    }

    private void announce(long id, List<String> parties, NewStatusEvent event) {
        if (event.kind() == AgreementEventKind.SUSPENDED) {
            events.publishEvent(new AgreementSuspended(id, parties, event.date(), event.reason()));
        } else if (event.kind() == AgreementEventKind.RESUMED) {
            events.publishEvent(new AgreementResumed(id, parties, event.date()));
        }
    }

    /** The non-blank forms, stripped; null when none. */
    private static LocalizedText typed(LocalizedText text) {
        return text == null ? null : OptionalTexts.typed(text.values());
    }
}
