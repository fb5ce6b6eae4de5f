package org.entente.projects;

import jakarta.validation.Valid;
import java.util.Comparator;
import java.util.List;
import org.entente.access.AccessPolicy;
import org.entente.agreements.Agreements;
import org.entente.partners.OrganizationKind;
import org.entente.partners.OrganizationSummary;
import org.entente.partners.Organizations;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.entente.shared.web.DeniedAs;
import org.entente.shared.web.Forms;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Creating a project and changing one: the owner nation's administrators and planners. */
@Controller
class ProjectFormController {

    static final String NEW = "/projects/new";
    static final String EDIT = "/projects/{id}/edit";
    static final String VIEW = "projects/form";

    /** The message key prefix of the form's field names. */
    static final String LABELS = "project.field.";

    private final Projects projects;
    private final Organizations organizations;
    private final Agreements agreements;
    private final Forms forms;

    ProjectFormController(Projects projects, Organizations organizations, Agreements agreements, Forms forms) {
        this.projects = projects;
        this.organizations = organizations;
        this.agreements = agreements;
        this.forms = forms;
    }

    @GetMapping(NEW)
    String newProject(@AuthenticationPrincipal Subject subject, Model model) {
        projects.requireCreate(subject);
        return show(subject, null, ProjectForm.startingFor(subject.nation()), model);
    }

    @PostMapping(ProjectController.LIST)
    String create(
            @AuthenticationPrincipal Subject subject, @Valid ProjectForm form, BindingResult binding, Model model) {
        // Who may not create learns that first (403, recorded), not what the form lacks.
        projects.requireCreate(subject);
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> "redirect:/projects/" + projects.create(subject, form.draft()) + "?saved",
                () -> show(subject, null, form, model));
    }

    @GetMapping(EDIT)
    @DeniedAs(action = Projects.UPDATE, objectType = "project")
    String edit(@AuthenticationPrincipal Subject subject, @PathVariable long id, Model model) {
        ProjectSummary project = projects.writable(subject, id, Projects.UPDATE);
        return show(subject, id, ProjectForm.of(project), model);
    }

    @PostMapping(ProjectController.ONE)
    @DeniedAs(action = Projects.UPDATE, objectType = "project")
    String update(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid ProjectForm form,
            BindingResult binding,
            Model model) {
        projects.writable(subject, id, Projects.UPDATE);
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> projects.update(subject, id, form.draft()),
                "/projects/" + id + "?saved",
                () -> show(subject, id, form, model));
    }

    private String show(Subject subject, Long id, ProjectForm form, Model model) {
        Forms.noErrorsYet(model);
        model.addAttribute("id", id);
        model.addAttribute("form", form.values());
        model.addAttribute(
                "languages",
                org.entente.shared.web.LanguageTexts.forReader(
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute(
                "organizations",
                // Defence companies first; the other organizations too (the host's side may be a service).
                organizations.visibleTo(subject).stream()
                        .sorted(Comparator.comparing(
                                (OrganizationSummary o) -> o.kind() != OrganizationKind.DEFENCE_COMPANY))
                        .toList());
        model.addAttribute("agreements", agreements.visibleTo(subject, Agreements.Filter.NONE));
        model.addAttribute("domains", projects.domains());
        model.addAttribute("statuses", List.of(ProjectStatus.values()));
        model.addAttribute("classifications", AccessPolicy.classificationsFor(subject));
        model.addAttribute("label", Label.unclassified(subject.nation()));
        return VIEW;
    }
}
