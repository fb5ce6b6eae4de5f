package org.entente.committees;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.entente.access.AccessPolicy;
import org.entente.agreements.Agreements;
import org.entente.partners.People;
import org.entente.shared.Label;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Creating a committee (its owner nation's planners and administrators) and editing what it is
 * made of (whoever may write to it): kind, names, place in the tree, agreement, co-chairs per
 * party, secretariat, cadence and members. A refused form comes back as typed with each field to
 * correct named ({@link Forms}); the rules themselves are {@link Committees}'.
 */
@Controller
class CommitteeFormController {

    static final String NEW = "/committees/new";
    static final String CREATE = "/committees";
    static final String EDIT = "/committees/{id}/edit";
    static final String UPDATE = "/committees/{id}";

    static final String VIEW = "committees/form";
    static final String LABELS = "committee.field.";
    static final List<String> LANGUAGES = List.of("en", "fr", "ar", "he");

    private final Committees committees;
    private final Agreements agreements;
    private final People people;
    private final AccessPolicy policy;
    private final Forms forms;
    private final CommitteeEdits edits;

    CommitteeFormController(
            Committees committees,
            Agreements agreements,
            People people,
            AccessPolicy policy,
            Forms forms,
            CommitteeEdits edits) {
        this.edits = edits;
        this.committees = committees;
        this.agreements = agreements;
        this.people = people;
        this.policy = policy;
        this.forms = forms;
    }

    @GetMapping(NEW)
    String form(@AuthenticationPrincipal Subject subject, Model model) {
        mayCreate(subject);
        return show(subject, model, null, CommitteeForm.startingFor(subject));
    }

    @PostMapping(CREATE)
    String create(
            @AuthenticationPrincipal Subject subject, @Valid CommitteeForm form, BindingResult binding, Model model) {
        mayCreate(subject);
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> "redirect:/committees/" + edits.create(subject, form.newDraft(subject)),
                () -> show(subject, model, null, form));
    }

    @GetMapping(EDIT)
    String edit(@AuthenticationPrincipal Subject subject, @PathVariable long id, Locale locale, Model model) {
        CommitteeSummary committee = writable(subject, id);
        CommitteeProfile profile = committees.profile(subject, committee);
        return show(subject, model, committee, CommitteeForm.of(committee, profile, locale));
    }

    @PostMapping(UPDATE)
    String update(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid CommitteeForm form,
            BindingResult binding,
            Model model) {
        CommitteeSummary committee = writable(subject, id);
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> edits.edit(subject, id, form.editDraft(committee)),
                "/committees/" + id,
                () -> show(subject, model, committee, form));
    }

    private String show(Subject subject, Model model, CommitteeSummary committee, CommitteeForm form) {
        Forms.noErrorsYet(model);
        model.addAttribute("committee", committee);
        model.addAttribute("form", form.values());
        model.addAttribute(
                "chosenMembers", form.members().stream().map(String::strip).toList());
        model.addAttribute("kinds", List.of(CommitteeKind.values()));
        model.addAttribute("cadences", List.of(Cadence.values()));
        model.addAttribute(
                "languages",
                org.entente.shared.web.LanguageTexts.forReader(
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("parties", committee == null ? form.knownParties() : committee.parties());
        model.addAttribute(
                "parents",
                committees.visibleTo(subject).stream()
                        .filter(c -> committee == null || c.id() != committee.id())
                        .toList());
        model.addAttribute("agreements", agreements.visibleTo(subject, Agreements.Filter.NONE));
        model.addAttribute("people", people.visibleTo(subject, 0, 500).items());
        model.addAttribute("classifications", AccessPolicy.classificationsFor(subject));
        model.addAttribute("label", committee == null ? Label.unclassified(subject.nation()) : committee.label());
        return VIEW;
    }

    /** Who may not write their nation's records is refused the page itself (403, and the try recorded). */
    private void mayCreate(Subject subject) {
        policy.mayWriteNationRecord(subject, Label.unclassified(subject.nation()))
                .orThrow("committees.committee.create", "committee", null, null);
    }

    /** 404 for a committee the subject may not read, 403 (recorded) for one they may read but not write. */
    private CommitteeSummary writable(Subject subject, long id) {
        CommitteeSummary committee = committees.find(subject, id).orElseThrow(() -> new NotReadable("committee", id));
        policy.mayWrite(subject, committee.label(), id)
                .orThrow("committees.committee.edit", "committee", id, committee.label());
        return committee;
    }
}
