package org.entente.committees;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Limits;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.api.ApiRequestInvalid;
import org.entente.shared.api.ApiRequestInvalid.FieldError;
import org.entente.shared.api.ETags;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.entente.shared.web.AtMost;
import org.entente.shared.web.DeniedAs;
import org.entente.shared.web.LanguageTexts;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The committees' API (api.md): committees, their sessions with everything recorded at them, and
 * the action items — each list holding only what the caller may read.
 */
@RestController
class CommitteeApiController {

    static final String COMMITTEES = "/api/v1/committees";
    static final String ACTION_ITEMS = "/api/v1/action-items";

    record CoChairJson(String nation, Map<String, String> organization, Map<String, String> position) {}

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
                                            x.position().values()))
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

    record NoteJson(Instant notedAt, String notedBy, ActionStatus status, Map<String, String> text) {}

    record ActionItemJson(
            long id,
            long committeeId,
            Integer sessionNumber,
            Integer decisionNumber,
            Map<String, String> title,
            String party,
            Map<String, String> responsible,
            LocalDate dueDate,
            ActionStatus status,
            boolean overdue,
            boolean illustrative,
            LabelJson label,
            List<NoteJson> notes) {

        static ActionItemJson of(ActionItem a, LocalDate today) {
            return new ActionItemJson(
                    a.id(),
                    a.committeeId(),
                    a.sessionNumber(),
                    a.decisionNumber(),
                    a.title().values(),
                    a.party(),
                    a.responsible() == null ? null : a.responsible().values(),
                    a.dueDate(),
                    a.status(),
                    a.overdueOn(today),
                    a.illustrative(),
                    LabelJson.of(a.label()),
                    a.notes().stream()
                            .map(n -> new NoteJson(
                                    n.notedAt(),
                                    n.notedBy(),
                                    n.status(),
                                    n.text().values()))
                            .toList());
        }
    }

    /** An action item to create: {@code sessionNumber} and {@code decision} are optional. */
    record NewActionJson(
            Long committeeId,
            Integer sessionNumber,
            Integer decision,
            @Valid @AtMost(max = Limits.TITLE) LanguageTexts title,

            @Size(max = Limits.CODE) String party,

            // Per language ({"ar": "…"}), like a title; lengths are the service's to check.
            Map<String, String> responsible,

            LocalDate dueDate) {

        NewActionJson {
            title = LanguageTexts.orEmpty(title);
        }
    }

    /** A party's follow-up of its own action item. */
    record UpdateJson(
            @Size(max = Limits.CODE) String status,

            // The note per language ({"ar": "…"}), like a title; lengths are the service's to check.
            Map<String, String> note) {}

    private final Committees committees;
    private final Sessions sessions;
    private final ActionItems actions;
    private final AuditTrail audit;
    private final java.time.Clock clock = java.time.Clock.systemDefaultZone();

    CommitteeApiController(Committees committees, Sessions sessions, ActionItems actions, AuditTrail audit) {
        this.committees = committees;
        this.sessions = sessions;
        this.actions = actions;
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

    @GetMapping(ACTION_ITEMS)
    ResponseEntity<?> actionItems(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String committee,
            @RequestParam(required = false) String status,
            Locale locale) {
        var errors = new ArrayList<FieldError>();
        Paging paging = Paging.of(page, size, errors);
        Long committeeId = committee == null ? null : id(committee);
        if (committee != null && committeeId == null) {
            errors.add(new FieldError("committee", "api.number.positive", "committee"));
        }
        ActionStatus statusFilter = status == null ? null : status(status);
        if (status != null && statusFilter == null) {
            errors.add(new FieldError("status", "api.value.unknown", "status"));
        }
        if (!errors.isEmpty()) {
            throw new ApiRequestInvalid(errors);
        }
        ActionItems.Page result = actions.page(reader, committeeId, statusFilter, paging.page(), paging.size());
        LocalDate today = LocalDate.now(clock);
        return ResponseEntity.ok(new ListJson<>(
                result.items().stream().map(a -> ActionItemJson.of(a, today)).toList(),
                result.page(),
                result.size(),
                result.total()));
    }

    @PostMapping(ACTION_ITEMS)
    @DeniedAs(action = "committees.action.create", objectType = "action-item")
    ResponseEntity<?> createActionItem(
            @AuthenticationPrincipal Subject subject, @Valid @RequestBody NewActionJson body) {
        if (body.committeeId() == null) {
            throw new ApiRequestInvalid(List.of(new FieldError("committeeId", "api.number.positive", "committeeId")));
        }
        var draft = new ActionItems.ActionDraft(
                body.sessionNumber(),
                body.decision(),
                CommitteeForm.texts(body.title()),
                body.party() == null ? null : body.party().strip().toUpperCase(Locale.ROOT),
                org.entente.shared.OptionalTexts.typed(body.responsible()),
                body.dueDate());
        long id = actions.create(subject, body.committeeId(), draft);
        return ResponseEntity.created(URI.create(ACTION_ITEMS + "/" + id))
                .body(ActionItemJson.of(actions.find(subject, id).orElseThrow(), LocalDate.now(clock)));
    }

    @GetMapping(ACTION_ITEMS + "/{id}")
    @DeniedAs(action = "committees.action.read", objectType = "action-item")
    ResponseEntity<?> actionItem(
            @AuthenticationPrincipal Subject reader, @PathVariable String id, HttpServletRequest request) {
        return ETags.ok(request, ActionItemJson.of(readableItem(reader, id), LocalDate.now(clock)));
    }

    /**
     * A party moves its own item on: {@code {"status": "DONE", "note": "…"}}. With {@code If-Match},
     * only if the item is still as the caller read it (otherwise 412, nothing changed).
     */
    @PostMapping(ACTION_ITEMS + "/{id}/updates")
    @DeniedAs(action = "committees.action.update", objectType = "action-item")
    ResponseEntity<?> updateActionItem(
            @AuthenticationPrincipal Subject subject,
            @PathVariable String id,
            @Valid @RequestBody UpdateJson body,
            HttpServletRequest request) {
        ActionItem current = readableItem(subject, id);
        long number = current.id();
        ETags.requireIfMatch(request, ETags.of(ActionItemJson.of(current, LocalDate.now(clock))));
        ActionStatus status = body.status() == null ? null : status(body.status());
        if (body.status() != null && status == null) {
            throw new ApiRequestInvalid(List.of(new FieldError("status", "api.value.unknown", "status")));
        }
        // A denial (403, audited as committees.action.update) or a refusal (422 with errors[]) goes
        // on to the API advice.
        actions.update(subject, number, status, org.entente.shared.OptionalTexts.typed(body.note()));
        var updated = ActionItemJson.of(actions.find(subject, number).orElseThrow(), LocalDate.now(clock));
        return ResponseEntity.ok().eTag(ETags.of(updated)).body(updated);
    }

    /** An action status by its code, in any case; null for an unknown one. */
    private static ActionStatus status(String typed) {
        String code = typed.strip().toUpperCase(Locale.ROOT);
        for (ActionStatus status : ActionStatus.values()) {
            if (status.name().equals(code)) {
                return status;
            }
        }
        return null;
    }

    /** A positive id as typed in a path or query, or null (digits only, so no parse can fail). */
    private static Long id(String text) {
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

    /** An action item by its id as typed in the path: 404 (audited) for one the reader may not read. */
    private ActionItem readableItem(Subject reader, String id) {
        Long number = id(id);
        return (number == null ? java.util.Optional.<ActionItem>empty() : actions.find(reader, number))
                .orElseThrow(() -> new NotReadable("action-item", id));
    }
}
