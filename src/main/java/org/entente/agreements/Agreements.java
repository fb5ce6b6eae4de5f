package org.entente.agreements;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.entente.shared.Nations;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Refused;
import org.entente.shared.Subject;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recording agreements, their status events and context events, and listing what a reader may see
 * of them. Every status event goes through the agreement's rules ({@link Agreement}); a suspension
 * and a resumption are published for the modules that react to them.
 */
@Service
public class Agreements {

    /** The audit trail's code for recording a status event. */
    static final String EVENT = "agreements.agreement.event";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<Signatory>> SIGNATORIES = new TypeReference<>() {};

    private static final String AGREEMENT_COLUMNS = """
            select t.*,
                   (select max(e.on_date) from agreements.agreement_event e
                     where e.agreement_id = t.id and e.kind = 'ENTERED_INTO_FORCE') as entered_on,
                   (select max(e.on_date) from agreements.agreement_event e
                     where e.agreement_id = t.id and e.kind = 'RENEWED') as renewed_on
              from agreements.agreement t""";

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

    Agreements(JdbcClient sql, AccessPolicy policy, AuditTrail audit, ApplicationEventPublisher events) {
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.events = events;
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
                .param("signatories", JSON.writeValueAsString(agreement.signatories()))
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
        var errors = new LinkedHashMap<String, String>();
        AgreementKind kind = AgreementController.parse(AgreementKind.class, draft.kind());
        if (kind == null) {
            errors.put("kind", "agreement.new.refused.kind");
        }
        List<String> parties = codes(draft.parties());
        if (parties.stream().anyMatch(p -> !Nations.isKnown(p))) {
            errors.put("parties", "agreement.new.refused.unknownNation");
        } else if (parties.size() < 2) {
            errors.put("parties", "agreement.new.refused.twoParties");
        } else if (!parties.contains(subject.nation())) {
            errors.put("parties", "agreement.new.refused.ownNation");
        }
        LocalizedText title = text(draft.title());
        if (title.values().isEmpty()) {
            errors.put("title", "agreement.new.refused.title");
        }
        Limits.check("title", title, Limits.TITLE, errors);
        Limits.check("summary", text(draft.summary()), Limits.TEXT, errors);
        LocalDate signedOn = requiredDay("signedOn", draft.signedOn(), errors);
        Limits.HISTORY_DATES.check("signedOn", signedOn, errors);
        LocalizedText place = text(draft.signedPlace());
        if (place.values().isEmpty()) {
            errors.put("signedPlace", "agreement.new.refused.place");
        }
        Limits.check("signedPlace", place, Limits.NAME, errors);
        List<Signatory> signatories = draft.signatories().stream()
                .map(s -> new Signatory(
                        s.nation() == null ? "" : s.nation().strip().toUpperCase(java.util.Locale.ROOT),
                        s.name() == null ? "" : s.name().strip(),
                        s.capacity() == null ? "" : s.capacity().strip(),
                        s.names(),
                        s.capacities()))
                .toList();
        if (signatories.stream()
                .anyMatch(s -> !parties.contains(s.nation())
                        || s.name().isEmpty()
                        || s.capacity().isEmpty())) {
            errors.put("signatories", "agreement.new.refused.signatory");
        }
        for (Signatory signatory : signatories) {
            Limits.check("signatories", signatory.name(), Limits.NAME, errors);
            Limits.check("signatories", signatory.capacity(), Limits.NAME, errors);
        }
        if (draft.termYears() != null && (draft.termYears() < 1 || draft.termYears() > 99)) {
            errors.put("termYears", "agreement.new.refused.term");
        }
        Map<String, Domain> offered =
                domains().stream().filter(d -> !d.retired()).collect(Collectors.toMap(Domain::code, d -> d));
        List<String> domains = draft.domains().stream()
                .filter(d -> d != null && !d.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
        if (domains.stream().anyMatch(d -> !offered.containsKey(d))) {
            errors.put("domains", "agreement.new.refused.domain");
        }
        if (draft.parentId() != null && find(subject, draft.parentId()).isEmpty()) {
            errors.put("parentId", "agreement.new.refused.parent");
        }
        Classification classification = classification(subject, draft.classification(), errors);
        List<String> releasableTo = codes(draft.releasableTo());
        if (releasableTo.stream().anyMatch(n -> !Nations.isKnown(n))) {
            errors.put("releasableTo", "agreement.new.refused.unknownNation");
        }
        if (!errors.isEmpty()) {
            throw Refused.fields(errors);
        }
        return add(new NewAgreement(
                kind,
                parties,
                signatories,
                signedOn,
                place,
                draft.termYears(),
                draft.tacitRenewal(),
                domains,
                draft.parentId(),
                title,
                text(draft.summary()),
                draft.illustrative(),
                new Label(classification, subject.nation(), Set.copyOf(releasableTo)),
                List.of()));
    }

    /** The classification named, if the subject may give it; otherwise null and the field refused. */
    static Classification classification(Subject subject, String name, Map<String, String> errors) {
        try {
            Classification classification = Classification.parse(name == null ? "" : name);
            if (!AccessPolicy.withinClearance(subject, classification)) {
                errors.put("classification", "agreement.new.refused.aboveClearance");
            }
            return classification;
        } catch (IllegalArgumentException unknown) {
            errors.put("classification", "agreement.new.refused.classification");
            return null;
        }
    }

    /** Upper-cased, stripped, distinct codes, blanks dropped. */
    static List<String> codes(List<String> codes) {
        return codes.stream()
                .filter(c -> c != null && !c.isBlank())
                .map(c -> c.strip().toUpperCase(java.util.Locale.ROOT))
                .distinct()
                .toList();
    }

    /** The non-blank texts, stripped. */
    static LocalizedText text(Map<String, String> values) {
        var kept = new LinkedHashMap<String, String>();
        values.forEach((language, text) -> {
            if (language != null && text != null && !text.isBlank()) {
                kept.put(language.strip(), text.strip());
            }
        });
        return new LocalizedText(kept);
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
        return sql.sql(AGREEMENT_COLUMNS + " where t.id = :id and " + AccessPolicy.readableBy("t"))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> agreement(rs))
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
        List<AgreementSummary> items = sql.sql(AGREEMENT_COLUMNS + " where " + where
                        + " order by t.signed_on desc, t.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> agreement(rs))
                .list();
        return new Page(items, page, size, total);
    }

    /** The agreements under this one that the reader may see. */
    @Transactional(readOnly = true)
    public List<AgreementSummary> childrenOf(Subject reader, long parentId) {
        return sql.sql(AGREEMENT_COLUMNS + " where t.parent_id = :parent and " + AccessPolicy.readableBy("t")
                        + " order by t.signed_on, t.id")
                .param("parent", parentId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> agreement(rs))
                .list();
    }

    /** An agreement's status events the reader may see, oldest first. */
    @Transactional(readOnly = true)
    public List<StatusEvent> historyOf(Subject reader, long id) {
        return sql.sql("select t.* from agreements.agreement_event t where t.agreement_id = :id and "
                        + AccessPolicy.readableBy("t") + " order by t.on_date, t.id")
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> statusEvent(rs))
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

    /** The cooperation domains, in the taxonomy's order, retired ones included. */
    @Transactional(readOnly = true)
    public List<Domain> domains() {
        return sql.sql("select code, name, retired from agreements.domain order by position, code")
                .query((rs, n) -> new Domain(
                        rs.getString("code"), LocalizedText.fromJson(rs.getString("name")), rs.getBoolean("retired")))
                .list();
    }

    /** The domains an agreement cites, in its order; a code no longer in the taxonomy shows as itself. */
    @Transactional(readOnly = true)
    public List<Domain> domainsOf(AgreementSummary agreement) {
        Map<String, Domain> known = domains().stream().collect(Collectors.toMap(Domain::code, d -> d));
        return agreement.domains().stream()
                .map(code -> known.getOrDefault(code, new Domain(code, LocalizedText.of("en", code), true)))
                .toList();
    }

    /**
     * Adds a cooperation domain, offered from then on for new agreements.
     *
     * @throws AccessDeniedException when the subject may not administer domains
     * @throws org.entente.shared.Refused for a malformed or taken code, or a missing name
     */
    @Transactional
    public void addDomain(Subject subject, String code, Map<String, String> names) {
        policy.mayAdministerDomains(subject).orThrow();
        var errors = new LinkedHashMap<String, String>();
        String clean = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!clean.matches("[A-Z_]+")) {
            errors.put("code", "domain.refused.code");
        } else if (domains().stream().anyMatch(d -> d.code().equals(clean))) {
            errors.put("code", "domain.refused.taken");
        }
        Limits.check("code", clean, Limits.CODE, errors);
        LocalizedText name = domainNames(names, errors);
        if (!errors.isEmpty()) {
            throw Refused.fields(errors);
        }
        sql.sql("""
                        insert into agreements.domain (code, name, position)
                        values (:code, cast(:name as jsonb),
                                (select coalesce(max(position), 0) + 1 from agreements.domain))""").param("code", clean).param("name", name.toJson()).update();
        audit.record(AuditEvent.success("agreements.domain.add", "domain", clean, null));
    }

    /**
     * Renames a domain in every language; the agreements citing it show the new name.
     *
     * @return false when there is no such domain
     */
    @Transactional
    public boolean renameDomain(Subject subject, String code, Map<String, String> names) {
        policy.mayAdministerDomains(subject).orThrow();
        var errors = new LinkedHashMap<String, String>();
        LocalizedText name = domainNames(names, errors);
        if (!errors.isEmpty()) {
            throw Refused.fields(errors);
        }
        if (sql.sql("update agreements.domain set name = cast(:name as jsonb) where code = :code")
                        .param("name", name.toJson())
                        .param("code", code)
                        .update()
                == 0) {
            return false;
        }
        audit.record(AuditEvent.success("agreements.domain.rename", "domain", code, null));
        return true;
    }

    /**
     * Retires a domain: it stays for the agreements that cite it, and is offered no more. Domains
     * are never deleted, so that no agreement loses one.
     *
     * @return false when there is no such domain
     */
    @Transactional
    public boolean retireDomain(Subject subject, String code) {
        policy.mayAdministerDomains(subject).orThrow();
        return retireDomain(code);
    }

    /** Retires a domain as the recording module's own work (the demo, an import). */
    @Transactional
    public boolean retireDomain(String code) {
        if (sql.sql("update agreements.domain set retired = true where code = :code")
                        .param("code", code)
                        .update()
                == 0) {
            return false;
        }
        audit.record(AuditEvent.success("agreements.domain.retire", "domain", code, null));
        return true;
    }

    /** A domain's names: all four languages of the interface, for a taxonomy every reader meets. */
    private static LocalizedText domainNames(Map<String, String> names, Map<String, String> errors) {
        LocalizedText name = text(names == null ? Map.of() : names);
        if (!name.values().keySet().containsAll(NewAgreementController.LANGUAGES)) {
            errors.put("name", "domain.refused.names");
        }
        Limits.check("name", name, Limits.NAME, errors);
        return name;
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

    private static AgreementSummary agreement(ResultSet rs) throws SQLException {
        LocalDate entered = Limits.read(rs.getObject("entered_on", LocalDate.class));
        LocalDate renewed = Limits.read(rs.getObject("renewed_on", LocalDate.class));
        Integer term = (Integer) rs.getObject("term_years");
        LocalDate termStart = renewed != null ? renewed : entered;
        Object parent = rs.getObject("parent_id");
        return new AgreementSummary(
                rs.getLong("id"),
                AgreementKind.valueOf(rs.getString("kind")),
                List.of((String[]) rs.getArray("parties").getArray()),
                JSON.readValue(rs.getString("signatories"), SIGNATORIES),
                Limits.read(rs.getObject("signed_on", LocalDate.class)),
                LocalizedText.fromJson(rs.getString("signed_place")),
                entered,
                term,
                rs.getBoolean("tacit_renewal"),
                term == null || termStart == null ? null : termStart.plusYears(term),
                List.of((String[]) rs.getArray("domains").getArray()),
                parent == null ? null : ((Number) parent).longValue(),
                LocalizedText.fromJson(rs.getString("title")),
                LocalizedText.fromJson(rs.getString("summary")),
                AgreementStatus.valueOf(rs.getString("status")),
                rs.getBoolean("illustrative"),
                Labels.read(rs));
    }

    static StatusEvent statusEvent(ResultSet rs) throws SQLException {
        return new StatusEvent(
                rs.getLong("id"),
                rs.getLong("agreement_id"),
                Limits.read(rs.getObject("on_date", LocalDate.class)),
                AgreementEventKind.valueOf(rs.getString("kind")),
                OptionalTexts.read(rs.getString("reason")),
                OptionalTexts.read(rs.getString("note")),
                rs.getBoolean("illustrative"),
                Labels.read(rs));
    }

    /**
     * A day a field must hold, typed as {@code YYYY-MM-DD}; null, with the field's error put, when it
     * is empty or names no day.
     */
    static LocalDate requiredDay(String field, String typed, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            errors.put(field, "agreement.refused.dateRequired");
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (java.time.format.DateTimeParseException notADate) {
            errors.put(field, "agreement.refused.dateInvalid");
            return null;
        }
    }
}
