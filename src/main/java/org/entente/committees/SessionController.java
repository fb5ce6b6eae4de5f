package org.entente.committees;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.web.DeniedAs;
import org.entente.shared.web.Forms;
import org.entente.shared.web.IsoDate;
import org.entente.shared.web.PageNames;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A session's pages: the session itself (delegations, agenda, programme, decisions, action items)
 * and the forms behind its buttons, its own details among them; planning the next one; the review
 * of the period before the session. The minutes are {@link SessionMinutesController}'s.
 */
@Controller
class SessionController {

    static final String NEW = "/committees/{id}/sessions/new";
    static final String CREATE = "/committees/{id}/sessions";
    static final String ONE = "/committees/{id}/sessions/{number}";
    static final String REVIEW = "/committees/{id}/sessions/{number}/review";
    static final String DELEGATES = "/committees/{id}/sessions/{number}/delegates";
    static final String AGENDA = "/committees/{id}/sessions/{number}/agenda";
    static final String PROGRAMME = "/committees/{id}/sessions/{number}/programme";
    static final String DETAILS = "/committees/{id}/sessions/{number}/details";

    /** The audit action of a refused change to a session's parts. */
    static final String SESSION_CHANGE = "committees.session.change";

    /** What a page may say was done ({@code ?done=saved}); anything else in the link says nothing. */
    private static final Set<String> SESSION_DONE = Set.of("planned", "recorded", "action", "updated", "changed");

    /** The forms of the session page, each with its own errors (only the one posted has some). */
    private static final List<String> SESSION_FORMS =
            List.of("delegateErrors", "agendaErrors", "programmeErrors", "actionErrors", "detailsErrors");

    private final Committees committees;
    private final Sessions sessions;
    private final SessionPreparation preparation;
    private final ActionItems actions;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final List<SessionReviewSection> reviewSections;
    private final Forms forms;
    private final TransactionTemplate pageReads;
    private final Clock clock = Clock.systemDefaultZone();

    SessionController(
            Committees committees,
            Sessions sessions,
            SessionPreparation preparation,
            ActionItems actions,
            AccessPolicy policy,
            AuditTrail audit,
            List<SessionReviewSection> reviewSections,
            Forms forms,
            PlatformTransactionManager transactions) {
        this.pageReads = new TransactionTemplate(transactions);
        this.pageReads.setReadOnly(true);
        this.committees = committees;
        this.sessions = sessions;
        this.preparation = preparation;
        this.actions = actions;
        this.policy = policy;
        this.audit = audit;
        this.reviewSections = reviewSections;
        this.forms = forms;
    }

    @GetMapping(ONE)
    String one(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            @PathVariable int number,
            @RequestParam(defaultValue = "") String done,
            Model model) {
        model.addAttribute("done", SESSION_DONE.contains(done) ? done : "");
        return sessionAgain(reader, id, number, model, Map.of());
    }

    @GetMapping(NEW)
    String form(@AuthenticationPrincipal Subject subject, @PathVariable long id, Model model) {
        CommitteeSummary committee = writable(subject, id);
        return showForm(committee, model, SessionForms.Plan.suggested(sessions.suggestion(subject, committee)));
    }

    @PostMapping(CREATE)
    String create(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid SessionForms.Plan form,
            BindingResult binding,
            Model model) {
        CommitteeSummary committee = writable(subject, id);
        return forms.submit(
                binding,
                model,
                "session.field.",
                () -> "redirect:/committees/" + id + "/sessions/" + sessions.plan(subject, id, form.draft())
                        + "?done=planned",
                () -> showForm(committee, model, form));
    }

    @GetMapping(REVIEW)
    String review(
            @AuthenticationPrincipal Subject reader, @PathVariable long id, @PathVariable int number, Model model) {
        CommitteeSummary committee = readable(reader, id);
        SessionDetail session =
                sessions.find(reader, id, number).orElseThrow(() -> new NotReadable("session", id + "/" + number));
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

    /**
     * Changes the session's own details (days, host, city, venue, status) from the Edit form of its
     * page, at the version the form was read at; refused, the page again with that form open, as
     * typed, and why. Refused because someone else changed the details meanwhile (409), the page
     * says so with a link to reload, shows the current details above the form, and the form, still as
     * typed, now carries the current version: saving it again replaces what the other writer stored.
     */
    @PostMapping(DETAILS)
    @DeniedAs(action = SESSION_CHANGE, objectType = "session")
    String change(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @Valid SessionForms.Plan form,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        model.addAttribute("detailsForm", form.values());
        return forms.submit(
                new Forms.Names("detailsErrors", "session.field.", "session-"),
                binding,
                model,
                () -> sessions.change(subject, id, number, form.draft().details(), form.seenVersion()),
                "/committees/%d/sessions/%d?done=changed".formatted(id, number),
                () -> {
                    model.addAttribute("done", "");
                    model.addAttribute("detailsStale", response.getStatus() == HttpStatus.CONFLICT.value());
                    return sessionAgain(subject, id, number, model, Map.of());
                });
    }

    @PostMapping(DELEGATES)
    @DeniedAs(action = SESSION_CHANGE, objectType = "session")
    String delegate(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @Valid SessionForms.Delegate form,
            BindingResult binding,
            Model model) {
        return sessionChange(
                subject,
                id,
                number,
                new Forms.Names("delegateErrors", "delegate.field.", "delegate-"),
                binding,
                model,
                form.values(),
                "recorded",
                () -> preparation.delegate(
                        subject,
                        id,
                        number,
                        form.nation().strip().toUpperCase(Locale.ROOT),
                        form.personId(),
                        form.name().typed(),
                        SessionForms.choice(DelegateRole.class, form.role())));
    }

    @PostMapping(AGENDA)
    @DeniedAs(action = SESSION_CHANGE, objectType = "session")
    String agenda(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @Valid SessionForms.Item form,
            BindingResult binding,
            Model model) {
        return sessionChange(
                subject,
                id,
                number,
                new Forms.Names("agendaErrors", "agenda.field.", "agenda-"),
                binding,
                model,
                form.values("agenda"),
                "recorded",
                () -> preparation.addToAgenda(subject, id, number, CommitteeForm.texts(form.title())));
    }

    @PostMapping(PROGRAMME)
    @DeniedAs(action = SESSION_CHANGE, objectType = "session")
    String programme(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @Valid SessionForms.Item form,
            BindingResult binding,
            Model model) {
        return sessionChange(
                subject,
                id,
                number,
                new Forms.Names("programmeErrors", "programme.field.", "programme-"),
                binding,
                model,
                form.values("programme"),
                "recorded",
                () -> preparation.schedule(
                        subject,
                        id,
                        number,
                        IsoDate.Check.day(form.day()),
                        SessionForms.choice(ProgrammeKind.class, form.kind()),
                        CommitteeForm.texts(form.title())));
    }

    /**
     * Runs a change to the session's parts: done, the session page saying so ({@code done}, with
     * the fragment to scroll to); refused, the session page again
     * (422) with the form as typed and why. A denial goes on to the advice (403, audited).
     */
    String sessionChange(
            Subject subject,
            long id,
            int number,
            Forms.Names names,
            BindingResult binding,
            Model model,
            Map<String, String> typed,
            String done,
            Runnable work) {
        return forms.submit(
                names, binding, model, work, "/committees/%d/sessions/%d?done=%s".formatted(id, number, done), () -> {
                    model.addAttribute("done", "");
                    return sessionAgain(subject, id, number, model, typed);
                });
    }

    /** The session page with a form's fields as typed (empty for the first showing). */
    String sessionAgain(Subject reader, long id, int number, Model model, Map<String, String> typed) {
        SESSION_FORMS.forEach(errors -> Forms.noErrorsYet(model, errors));
        show(reader, id, number, model);
        model.addAttribute("form", typed);
        return "committees/session";
    }

    /**
     * The session and the rest of its page in one read-only transaction, the people it names
     * among them (the delegates, the action notes' authors through {@link PageNames}), then its read
     * recorded in a transaction of its own before anything is answered, as the committee page does
     * (committee32). Before, each service call was a transaction of its own, the entry was written
     * in the middle of the reads, and each unknown author of a note was read in one more transaction
     * while the template was written, after the entry. A page whose reads fail after the session was
     * read still records that read.
     */
    private void show(Subject reader, long id, int number, Model model) {
        var read = new ArrayList<SessionDetail>(1);
        try {
            pageReads.executeWithoutResult(status -> showReadable(reader, id, number, model, read));
        } finally {
            if (!read.isEmpty() && read.get(0).summary().label().classification() != Classification.UNCLASSIFIED) {
                SessionDetail session = read.get(0);
                audit.recordSeparately(AuditEvent.read(
                        "committees.session.read",
                        "session",
                        Long.toString(session.id()),
                        session.summary().label()));
            }
        }
    }

    private void showReadable(Subject reader, long id, int number, Model model, List<SessionDetail> read) {
        CommitteeSummary committee = readable(reader, id);
        SessionDetail session =
                sessions.find(reader, id, number).orElseThrow(() -> new NotReadable("session", id + "/" + number));
        read.add(session);
        List<ActionItem> items = actions.ofCommittee(reader, id).stream()
                .filter(a -> a.sessionNumber() != null && a.sessionNumber() == number)
                .toList();
        if (model.getAttribute("viewer") instanceof PageNames names) {
            var authors = new HashSet<String>();
            items.forEach(item -> item.notes().forEach(note -> authors.add(note.notedBy())));
            names.knowing(authors);
        }
        var labels = new ArrayList<Label>(session.labels());
        labels.add(committee.label());
        items.forEach(a -> labels.add(a.label()));
        model.addAttribute("committee", committee);
        model.addAttribute("session", session);
        model.addAttribute("actions", items);
        model.addAttribute("today", LocalDate.now(clock));
        boolean mayWrite =
                policy.mayWrite(reader, session.summary().label(), id).allowed();
        model.addAttribute("mayWrite", mayWrite);
        // The delegates' person records, and the parties' people the form offers: their labels count too.
        DelegatePeople people = preparation.people(reader, session, mayWrite && !session.frozen());
        people.people().values().forEach(p -> labels.add(p.label()));
        model.addAttribute("delegatePeople", people);
        // The Edit form: the nation that planned the session (the database's rule, the policy's
        // mayChange), while the rules let its details change.
        SessionDetails details = SessionDetails.of(session);
        model.addAttribute(
                "mayEdit",
                mayWrite
                        && AccessPolicy.ownerNationOf(reader, session.summary().label())
                        && details.changeable(session.frozen()));
        if (!model.containsAttribute("detailsForm")) {
            model.addAttribute(
                    "detailsForm",
                    SessionForms.Plan.of(details, session.version()).values());
        }
        if (Boolean.TRUE.equals(model.getAttribute("detailsStale"))) {
            // What was typed, at the version the details are at now (shown above the form).
            @SuppressWarnings("unchecked")
            var typed = new LinkedHashMap<>((Map<String, String>) model.getAttribute("detailsForm"));
            typed.put("version", Integer.toString(session.version()));
            model.addAttribute("detailsForm", typed);
        } else {
            model.addAttribute("detailsStale", false);
        }
        model.addAttribute("label", Label.highWaterMark(committee.label().owner(), labels));
    }

    private String showForm(CommitteeSummary committee, Model model, SessionForms.Plan form) {
        Forms.noErrorsYet(model);
        model.addAttribute("committee", committee);
        model.addAttribute("form", form.values());
        model.addAttribute(
                "languages",
                org.entente.shared.web.LanguageTexts.forReader(
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("label", committee.label());
        return "committees/sessionForm";
    }

    private CommitteeSummary readable(Subject reader, long id) {
        return committees.find(reader, id).orElseThrow(() -> new NotReadable("committee", id));
    }

    /** Planning needs a writing role in the committee; who may not is refused the page itself (403, audited). */
    private CommitteeSummary writable(Subject subject, long id) {
        CommitteeSummary committee = readable(subject, id);
        policy.mayWrite(subject, committee.label(), id)
                .orThrow("committees.session.create", "committee", id, committee.label());
        return committee;
    }
}
