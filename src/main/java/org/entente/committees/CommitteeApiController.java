package org.entente.committees;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.entente.shared.web.DeniedAs;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committees' API (api.md): committees and their sessions with everything recorded at them,
 * each list holding only what the caller may read. The action items are {@link
 * ActionItemApiController}'s.
 */
@RestController
class CommitteeApiController {

    static final String COMMITTEES = "/api/v1/committees";

    /** A co-chair; {@code personId} is the holder's person record, when the reader may read it. */
    record CoChairJson(String nation, Map<String, String> organization, Map<String, String> position, Long personId) {}

    record MemberJson(long personId, String nation, Map<String, String> name) {}

    record CommitteeJson(
            long id,
            String code,
            CommitteeKind kind,
            Map<String, String> name,
            List<String> parties,
            Long parentId,
            List<Long> childIds,
            Long agreementId,
            List<CoChairJson> coChairs,
            Map<String, String> secretariat,
            Cadence cadence,
            Boolean alternating,
            List<MemberJson> members,
            boolean illustrative,
            LabelJson label) {

        static CommitteeJson of(CommitteeSummary c, CommitteeProfile p) {
            return new CommitteeJson(
                    c.id(),
                    c.code(),
                    c.kind(),
                    c.name().values(),
                    c.parties(),
                    p == null || p.parent() == null ? null : p.parent().id(),
                    p == null
                            ? null
                            : p.children().stream().map(CommitteeSummary::id).toList(),
                    p == null ? null : p.agreementId(),
                    p == null
                            ? null
                            : p.coChairs().stream()
                                    .map(x -> new CoChairJson(
                                            x.nation(),
                                            x.organization().values(),
                                            x.position().values(),
                                            p.holder(x) == null ? null : x.personId()))
                                    .toList(),
                    p == null ? null : p.secretariat().values(),
                    p == null ? null : p.cadence(),
                    p == null ? null : p.alternating(),
                    p == null
                            ? null
                            : p.members().stream()
                                    .map(m -> new MemberJson(
                                            m.personId(), m.nation(), m.name().values()))
                                    .toList(),
                    c.illustrative(),
                    LabelJson.of(c.label()));
        }
    }

    record SessionJson(
            long id,
            long committeeId,
            int number,
            LocalDate startDate,
            LocalDate endDate,
            String hostNation,
            Map<String, String> city,
            SessionStatus status,
            boolean illustrative,
            LabelJson label) {

        static SessionJson of(SessionSummary s) {
            return new SessionJson(
                    s.id(),
                    s.committeeId(),
                    s.number(),
                    s.startDate(),
                    s.endDate(),
                    s.hostNation(),
                    s.city().values(),
                    s.status(),
                    s.illustrative(),
                    LabelJson.of(s.label()));
        }
    }

    record DelegateJson(String nation, Long personId, Map<String, String> name, DelegateRole role) {}

    record DatedTextJson(LocalDate day, ProgrammeKind kind, Map<String, String> title) {}

    record NumberedJson(int number, Map<String, String> text) {}

    /** {@code signedBy}: the person the signing account belongs to (their names, never the login name). */
    record SignatureJson(String nation, org.entente.shared.api.PersonJson signedBy, Instant signedAt) {}

    record CorrigendumJson(int number, LocalDate dated, Map<String, String> text, String recordedBy) {}

    record SessionDetailJson(
            SessionJson session,
            Map<String, String> venue,
            List<DelegateJson> delegations,
            List<NumberedJson> agenda,
            List<DatedTextJson> programme,
            Map<String, String> minutes,
            List<NumberedJson> decisions,
            List<SignatureJson> signatures,
            boolean frozen,
            List<CorrigendumJson> corrigenda) {

        static SessionDetailJson of(SessionDetail d) {
            var minutes = new java.util.LinkedHashMap<String, String>();
            d.minutes().forEach((language, m) -> minutes.put(language, m.body()));
            return new SessionDetailJson(
                    SessionJson.of(d.summary()),
                    d.venue().values(),
                    d.delegates().stream()
                            .map(x -> new DelegateJson(
                                    x.nation(), x.personId(), x.name().values(), x.role()))
                            .toList(),
                    d.agenda().stream()
                            .map(x -> new NumberedJson(x.position(), x.title().values()))
                            .toList(),
                    d.programme().stream()
                            .map(x -> new DatedTextJson(
                                    x.day(), x.kind(), x.title().values()))
                            .toList(),
                    minutes,
                    d.decisions().stream()
                            .map(x -> new NumberedJson(x.number(), x.text().values()))
                            .toList(),
                    d.signatures().stream()
                            .map(x -> new SignatureJson(
                                    x.nation(), org.entente.shared.api.PersonJson.of(x.signatory()), x.signedAt()))
                            .toList(),
                    d.frozen(),
                    d.corrigenda().stream()
                            .map(x -> new CorrigendumJson(
                                    x.number(), x.dated(), x.text().values(), x.recordedBy()))
                            .toList());
        }
    }

    private final Committees committees;
    private final Sessions sessions;
    private final AuditTrail audit;

    CommitteeApiController(Committees committees, Sessions sessions, AuditTrail audit) {
        this.committees = committees;
        this.sessions = sessions;
        this.audit = audit;
    }

    @GetMapping(COMMITTEES)
    ResponseEntity<?> committees(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            Locale locale) {
        Paging paging = Paging.of(page, size);
        ListJson<CommitteeSummary> shown = ListJson.of(committees.visibleTo(reader), paging, c -> c);
        committees.recordListing(
                shown.items(),
                Label.highWaterMark(
                        reader.nation(),
                        shown.items().stream().map(CommitteeSummary::label).toList()));
        return ResponseEntity.ok(new ListJson<>(
                shown.items().stream().map(c -> CommitteeJson.of(c, null)).toList(),
                shown.page(),
                shown.size(),
                shown.total()));
    }

    @GetMapping(COMMITTEES + "/{id}")
    @DeniedAs(action = "committees.committee.read", objectType = "committee")
    ResponseEntity<?> committee(@AuthenticationPrincipal Subject reader, @PathVariable String id) {
        CommitteeSummary committee = readable(reader, id);
        if (committee.label().classification() != Classification.UNCLASSIFIED) {
            audit.recordSeparately(AuditEvent.read("committees.committee.read", "committee", id, committee.label()));
        }
        return ResponseEntity.ok(CommitteeJson.of(committee, committees.profile(reader, committee)));
    }

    @GetMapping(COMMITTEES + "/{id}/sessions")
    @DeniedAs(action = "committees.committee.read", objectType = "committee")
    ResponseEntity<?> sessionsOf(
            @AuthenticationPrincipal Subject reader,
            @PathVariable String id,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        CommitteeSummary committee = readable(reader, id);
        Paging paging = Paging.of(page, size);
        return ResponseEntity.ok(ListJson.of(committees.sessionsOf(reader, committee.id()), paging, SessionJson::of));
    }

    @GetMapping(COMMITTEES + "/{id}/sessions/{number}")
    @DeniedAs(action = "committees.session.read", objectType = "session")
    ResponseEntity<?> session(
            @AuthenticationPrincipal Subject reader, @PathVariable String id, @PathVariable String number) {
        Long committee = id(id);
        Long n = id(number);
        SessionDetail session = (committee == null || n == null || n > Integer.MAX_VALUE
                        ? java.util.Optional.<SessionDetail>empty()
                        : sessions.find(reader, committee, n.intValue()))
                .orElseThrow(() -> new NotReadable("session", id + "/" + number));
        if (session.summary().label().classification() != Classification.UNCLASSIFIED) {
            audit.recordSeparately(AuditEvent.read(
                    "committees.session.read",
                    "session",
                    Long.toString(session.id()),
                    session.summary().label()));
        }
        return ResponseEntity.ok(SessionDetailJson.of(session));
    }

    /** A positive id as typed in a path or query, or null (digits only, so no parse can fail). */
    static Long id(String text) {
        String digits = text.strip();
        if (!digits.matches("[0-9]{1,18}")) {
            return null;
        }
        long value = Long.parseLong(digits);
        return value > 0 ? value : null;
    }

    /** A committee by its id as typed in the path: 404 (audited) for one the reader may not read. */
    private CommitteeSummary readable(Subject reader, String id) {
        Long number = id(id);
        return (number == null ? java.util.Optional.<CommitteeSummary>empty() : committees.find(reader, number))
                .orElseThrow(() -> new NotReadable("committee", id));
    }
}
