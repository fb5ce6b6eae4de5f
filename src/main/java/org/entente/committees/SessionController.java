package org.entente.committees;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.access.AccessDeniedException;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A session's pages: the session itself (delegations, agenda, programme, decisions, action items),
 * planning the next one, the two-language minutes editor and its signatures, the minutes' print
 * view and the review of the period before the session.
 */
@Controller
class SessionController {

    static final String NEW = "/committees/{id}/sessions/new";
    static final String CREATE = "/committees/{id}/sessions";
    static final String ONE = "/committees/{id}/sessions/{number}";
    static final String MINUTES = "/committees/{id}/sessions/{number}/minutes";
    static final String DECISIONS = "/committees/{id}/sessions/{number}/decisions";
    static final String SIGNATURES = "/committees/{id}/sessions/{number}/signatures";
    static final String CORRIGENDA = "/committees/{id}/sessions/{number}/corrigenda";
    static final String PRINT = "/committees/{id}/sessions/{number}/minutes/print";
    static final String REVIEW = "/committees/{id}/sessions/{number}/review";
    static final String DELEGATES = "/committees/{id}/sessions/{number}/delegates";
    static final String AGENDA = "/committees/{id}/sessions/{number}/agenda";
    static final String PROGRAMME = "/committees/{id}/sessions/{number}/programme";

    private final Committees committees;
    private final Sessions sessions;
    private final ActionItems actions;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final List<SessionReviewSection> reviewSections;
    private final Clock clock = Clock.systemDefaultZone();

    SessionController(
            Committees committees,
            Sessions sessions,
            ActionItems actions,
            AccessPolicy policy,
            AuditTrail audit,
            List<SessionReviewSection> reviewSections) {
        this.committees = committees;
        this.sessions = sessions;
        this.actions = actions;
        this.policy = policy;
        this.audit = audit;
        this.reviewSections = reviewSections;
    }

    @GetMapping(ONE)
    String one(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam Map<String, String> flags,
            Model model) {
        show(reader, id, number, model, Map.of(), Map.of());
        model.addAttribute("done", flags.getOrDefault("done", ""));
        return "committees/session";
    }

    @GetMapping(NEW)
    String form(@AuthenticationPrincipal Subject subject, @PathVariable long id, Model model) {
        CommitteeSummary committee = writable(subject, id);
        Sessions.Suggestion next = sessions.suggestion(subject, committee);
        var form = new LinkedHashMap<String, String>();
        form.put("number", Integer.toString(next.number()));
        form.put("hostNation", next.hostNation());
        showForm(committee, model, form, Map.of());
        return "committees/sessionForm";
    }

    @PostMapping(CREATE)
    String create(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> typed,
            Model model,
            HttpServletResponse response) {
        CommitteeSummary committee = writable(subject, id);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer number = null;
        try {
            number = Integer.valueOf(first(typed, "number").strip());
        } catch (NumberFormatException notANumber) {
            errors.put("number", "session.refused.numberMissing");
        }
        LocalDate start = date(first(typed, "startDate"), "startDate", errors);
        LocalDate end = date(first(typed, "endDate"), "endDate", errors);
        SessionStatus status = SessionStatus.PLANNED;
        try {
            if (!first(typed, "status").isBlank()) {
                status = SessionStatus.valueOf(first(typed, "status"));
            }
        } catch (IllegalArgumentException unknown) {
            errors.put("status", "session.refused.status");
        }
        var draft = new Sessions.SessionDraft(
                number,
                start,
                end,
                first(typed, "hostNation").strip().toUpperCase(Locale.ROOT),
                texts(typed, "city"),
                texts(typed, "venue"),
                status);
        if (errors.isEmpty()) {
            try {
                int planned = sessions.plan(subject, id, draft);
                return "redirect:/committees/" + id + "/sessions/" + planned + "?done=planned";
            } catch (CommitteeRefusedException refused) {
                errors.putAll(refused.errors());
            }
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        var form = new LinkedHashMap<String, String>();
        typed.forEach((name, values) -> form.put(name, values.isEmpty() ? "" : values.get(0)));
        showForm(committee, model, form, errors);
        return "committees/sessionForm";
    }

    @GetMapping(MINUTES)
    String minutes(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(defaultValue = "ar") String left,
            @RequestParam(defaultValue = "fr") String right,
            @RequestParam Map<String, String> flags,
            Model model) {
        showMinutes(reader, id, number, pair(left, "ar"), pair(right, "fr"), model, Map.of());
        model.addAttribute("done", flags.getOrDefault("done", ""));
        return "committees/minutes";
    }

    @PostMapping(MINUTES)
    String writeMinutes(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> typed,
            Model model,
            HttpServletResponse response) {
        String left = pair(first(typed, "left"), "ar");
        String right = pair(first(typed, "right"), "fr");
        return change(
                subject,
                id,
                number,
                left,
                right,
                model,
                response,
                () -> {
                    sessions.writeMinutes(subject, id, number, left, first(typed, "body." + left));
                    sessions.writeMinutes(subject, id, number, right, first(typed, "body." + right));
                },
                "saved");
    }

    @PostMapping(DECISIONS)
    String decide(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> typed,
            Model model,
            HttpServletResponse response) {
        String left = pair(first(typed, "left"), "ar");
        String right = pair(first(typed, "right"), "fr");
        return change(
                subject,
                id,
                number,
                left,
                right,
                model,
                response,
                () -> sessions.decide(
                        subject,
                        id,
                        number,
                        LocalizedText.of(
                                left, first(typed, "decision." + left), right, first(typed, "decision." + right))),
                "decided");
    }

    @PostMapping(SIGNATURES)
    String sign(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> typed,
            Model model,
            HttpServletResponse response) {
        return change(
                subject,
                id,
                number,
                pair(first(typed, "left"), "ar"),
                pair(first(typed, "right"), "fr"),
                model,
                response,
                () -> sessions.sign(subject, id, number),
                "signed");
    }

    @PostMapping(CORRIGENDA)
    String correct(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> typed,
            Model model,
            HttpServletResponse response) {
        String left = pair(first(typed, "left"), "ar");
        String right = pair(first(typed, "right"), "fr");
        return change(
                subject,
                id,
                number,
                left,
                right,
                model,
                response,
                () -> sessions.correct(
                        subject,
                        id,
                        number,
                        LocalizedText.of(
                                left,
                                first(typed, "corrigendum." + left),
                                right,
                                first(typed, "corrigendum." + right))),
                "corrected");
    }

    @GetMapping(PRINT)
    String print(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(defaultValue = "ar") String left,
            @RequestParam(defaultValue = "fr") String right,
            Model model) {
        showMinutes(reader, id, number, pair(left, "ar"), pair(right, "fr"), model, Map.of());
        return "committees/print";
    }

    @GetMapping(REVIEW)
    String review(
            @AuthenticationPrincipal Subject reader, @PathVariable long id, @PathVariable int number, Model model) {
        CommitteeSummary committee = readable(reader, id);
        SessionDetail session = sessions.find(reader, id, number).orElseThrow(this::notFound);
        List<SessionSummary> all = committees.sessionsOf(reader, id);
        LocalDate from = all.stream()
                .filter(s -> s.number() < number)
                .map(SessionSummary::startDate)
                .findFirst()
                .orElse(session.summary().startDate().minusYears(1));
        LocalDate to = session.summary().startDate();
        List<ActionItem> open = actions.openOf(reader, id);
        List<ReviewPart> parts = new ArrayList<>();
        reviewSections.forEach(section -> section.partFor(reader, id, from, to).ifPresent(parts::add));
        var labels = new ArrayList<Label>(
                List.of(committee.label(), session.summary().label()));
        open.forEach(a -> labels.add(a.label()));
        parts.forEach(p -> labels.add(p.label()));
        model.addAttribute("committee", committee);
        model.addAttribute("session", session);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("open", open);
        model.addAttribute("parts", parts);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("label", Label.highWaterMark(committee.label().owner(), labels));
        return "committees/review";
    }

    @PostMapping(DELEGATES)
    String delegate(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> typed,
            Model model,
            HttpServletResponse response) {
        return sessionChange(
                subject,
                id,
                number,
                typed,
                model,
                response,
                () -> sessions.delegate(
                        subject,
                        id,
                        number,
                        first(typed, "nation").strip().toUpperCase(Locale.ROOT),
                        first(typed, "name"),
                        parse(DelegateRole.class, first(typed, "role"))));
    }

    @PostMapping(AGENDA)
    String agenda(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> typed,
            Model model,
            HttpServletResponse response) {
        return sessionChange(
                subject,
                id,
                number,
                typed,
                model,
                response,
                () -> sessions.addToAgenda(subject, id, number, texts(typed, "agenda")));
    }

    @PostMapping(PROGRAMME)
    String programme(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam MultiValueMap<String, String> typed,
            Model model,
            HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate day = date(first(typed, "day"), "day", errors);
        return sessionChange(
                subject,
                id,
                number,
                typed,
                model,
                response,
                () -> sessions.schedule(
                        subject,
                        id,
                        number,
                        day,
                        parse(ProgrammeKind.class, first(typed, "kind")),
                        texts(typed, "programme")));
    }

    /** Runs a change to the session's parts; a refusal shows the session again with the reason. */
    private String sessionChange(
            Subject subject,
            long id,
            int number,
            MultiValueMap<String, String> typed,
            Model model,
            HttpServletResponse response,
            Runnable work) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            work.run();
            return "redirect:/committees/%d/sessions/%d?done=recorded".formatted(id, number);
        } catch (AccessDeniedException denied) {
            audit.recordSeparately(AuditEvent.denied("committees.session.change", "session", null, null)
                    .with("committee", Long.toString(id))
                    .with("reason", denied.messageKey()));
            if (denied.messageKey().equals("access.notReadable")) {
                throw notFound();
            }
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        } catch (CommitteeRefusedException refused) {
            errors.putAll(refused.errors());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        var form = new LinkedHashMap<String, String>();
        typed.forEach((name, values) -> form.put(name, values.isEmpty() ? "" : values.get(0)));
        show(subject, id, number, model, errors, form);
        model.addAttribute("done", "");
        return "committees/session";
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Enum.valueOf(type, typed.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** The session page again, with the action item form as typed and why it was refused. */
    String refusedAction(
            Subject subject, long id, int number, Model model, Map<String, String> errors, Map<String, String> form) {
        show(subject, id, number, model, errors, form);
        model.addAttribute("done", "");
        return "committees/session";
    }

    /** Runs a change to the minutes; a refusal shows the editor again with the reason, nothing changed. */
    private String change(
            Subject subject,
            long id,
            int number,
            String left,
            String right,
            Model model,
            HttpServletResponse response,
            Runnable work,
            String done) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            work.run();
            return "redirect:/committees/%d/sessions/%d/minutes?left=%s&right=%s&done=%s"
                    .formatted(id, number, left, right, done);
        } catch (AccessDeniedException denied) {
            audit.recordSeparately(AuditEvent.denied("committees.minutes.change", "session", null, null)
                    .with("committee", Long.toString(id))
                    .with("reason", denied.messageKey()));
            if (denied.messageKey().equals("access.notReadable")) {
                throw notFound();
            }
            response.setStatus(HttpStatus.FORBIDDEN.value());
            errors.put("minutes", denied.messageKey());
        } catch (CommitteeRefusedException refused) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            errors.putAll(refused.errors());
        }
        showMinutes(subject, id, number, left, right, model, errors);
        model.addAttribute("done", "");
        return "committees/minutes";
    }

    private void show(
            Subject reader, long id, int number, Model model, Map<String, String> errors, Map<String, String> form) {
        CommitteeSummary committee = readable(reader, id);
        SessionDetail session = sessions.find(reader, id, number).orElseThrow(this::notFound);
        List<ActionItem> items = actions.ofCommittee(reader, id).stream()
                .filter(a -> a.sessionNumber() != null && a.sessionNumber() == number)
                .toList();
        if (session.summary().label().classification() != Classification.UNCLASSIFIED) {
            audit.recordSeparately(AuditEvent.success(
                    "committees.session.read",
                    "session",
                    Long.toString(session.id()),
                    session.summary().label()));
        }
        var labels = new ArrayList<Label>(session.labels());
        labels.add(committee.label());
        items.forEach(a -> labels.add(a.label()));
        model.addAttribute("committee", committee);
        model.addAttribute("session", session);
        model.addAttribute("actions", items);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "mayWrite",
                policy.mayWrite(reader, session.summary().label(), id).allowed());
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        model.addAttribute("label", Label.highWaterMark(committee.label().owner(), labels));
    }

    private void showMinutes(
            Subject reader, long id, int number, String left, String right, Model model, Map<String, String> errors) {
        CommitteeSummary committee = readable(reader, id);
        SessionDetail session = sessions.find(reader, id, number).orElseThrow(this::notFound);
        var labels = new ArrayList<Label>(session.labels());
        labels.add(committee.label());
        model.addAttribute("committee", committee);
        model.addAttribute("session", session);
        model.addAttribute("left", left);
        model.addAttribute("right", right);
        model.addAttribute("languages", Sessions.LANGUAGES);
        model.addAttribute(
                "mayWrite",
                policy.mayWrite(reader, session.summary().label(), id).allowed());
        model.addAttribute(
                "maySign",
                session.parties().contains(reader.nation())
                        && session.signatureOf(reader.nation()).isEmpty()
                        && policy.mayApproveFor(
                                        reader,
                                        reader.nation(),
                                        session.summary().label(),
                                        id)
                                .allowed());
        model.addAttribute("errors", errors);
        model.addAttribute("label", Label.highWaterMark(committee.label().owner(), labels));
    }

    private void showForm(
            CommitteeSummary committee, Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("committee", committee);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", List.of(SessionStatus.values()));
        model.addAttribute("languages", List.of("en", "fr", "ar", "he"));
        model.addAttribute("label", committee.label());
    }

    private CommitteeSummary readable(Subject reader, long id) {
        return committees.find(reader, id).orElseThrow(() -> {
            audit.recordSeparately(
                    AuditEvent.denied("committees.committee.read", "committee", Long.toString(id), null));
            return notFound();
        });
    }

    /** Planning needs a writing role in the committee; who may not is refused the page itself. */
    private CommitteeSummary writable(Subject subject, long id) {
        CommitteeSummary committee = readable(subject, id);
        var decision = policy.mayWrite(subject, committee.label(), id);
        if (!decision.allowed()) {
            audit.recordSeparately(AuditEvent.denied("committees.session.create", "committee", Long.toString(id), null)
                    .with("reason", decision.reason()));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return committee;
    }

    private ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private static String pair(String language, String otherwise) {
        return Sessions.LANGUAGES.contains(language) ? language : otherwise;
    }

    private static LocalDate date(String typed, String field, Map<String, String> errors) {
        if (typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            errors.put(field, "session.refused.date");
            return null;
        }
    }

    static String first(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value;
    }

    static LocalizedText texts(MultiValueMap<String, String> form, String field) {
        var texts = new LinkedHashMap<String, String>();
        for (String language : List.of("en", "fr", "ar", "he")) {
            String value = first(form, field + "." + language).strip();
            if (!value.isEmpty()) {
                texts.put(language, value);
            }
        }
        return new LocalizedText(texts);
    }
}
