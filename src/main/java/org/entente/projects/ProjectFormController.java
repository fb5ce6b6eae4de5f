package org.entente.projects;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.access.AccessPolicy;
import org.entente.agreements.Agreements;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.partners.Organizations;
import org.entente.shared.Classification;
import org.entente.shared.Label;
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

/** Creating a project and changing one: the owner nation's administrators and planners. */
@Controller
class ProjectFormController {

    static final String NEW = "/projects/new";
    static final String EDIT = "/projects/{id}/edit";

    private final Projects projects;
    private final Organizations organizations;
    private final Agreements agreements;
    private final AuditTrail audit;

    ProjectFormController(Projects projects, Organizations organizations, Agreements agreements, AuditTrail audit) {
        this.projects = projects;
        this.organizations = organizations;
        this.agreements = agreements;
        this.audit = audit;
    }

    @GetMapping(NEW)
    String newProject(@AuthenticationPrincipal Subject subject, Model model) {
        requireMayCreate(subject);
        var form = new LinkedHashMap<String, String>();
        form.put("hostNation", subject.nation());
        form.put("status", ProjectStatus.PLANNED.name());
        form.put("classification", Classification.RESTRICTED.name());
        return form(subject, null, form, Map.of(), model);
    }

    @PostMapping(ProjectController.LIST)
    String create(
            @AuthenticationPrincipal Subject subject,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        requireMayCreate(subject);
        try {
            long id = projects.create(subject, draft(form));
            return "redirect:/projects/" + id + "?saved";
        } catch (ProjectInvalidException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(subject, null, typed(form), invalid.errors(), model);
        }
    }

    @GetMapping(EDIT)
    String edit(@AuthenticationPrincipal Subject subject, @PathVariable long id, Model model) {
        ProjectSummary project = requireMayWrite(subject, id);
        var form = new LinkedHashMap<String, String>();
        project.title().values().forEach((language, text) -> form.put("title." + language, text));
        project.description().values().forEach((language, text) -> form.put("description." + language, text));
        project.site().values().forEach((language, text) -> form.put("site." + language, text));
        form.put("hostNation", project.hostNation());
        form.put("partnerNation", project.partnerNation());
        form.put(
                "companies",
                String.join(
                        ",", project.companies().stream().map(String::valueOf).toList()));
        form.put(
                "agreementId",
                project.agreementId() == null ? "" : project.agreementId().toString());
        form.put("domain", project.domain() == null ? "" : project.domain());
        form.put("start", project.start().toString());
        form.put("plannedEnd", project.plannedEnd().toString());
        form.put("status", project.status().name());
        form.put("responsibleHost", project.responsible().getOrDefault(project.hostNation(), ""));
        form.put("responsiblePartner", project.responsible().getOrDefault(project.partnerNation(), ""));
        form.put("classification", project.label().classification().name());
        form.put(
                "releasableTo",
                String.join(
                        ", ", project.label().releasableTo().stream().sorted().toList()));
        if (project.illustrative()) {
            form.put("illustrative", "on");
        }
        return form(subject, id, form, Map.of(), model);
    }

    @PostMapping(ProjectController.ONE)
    String update(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        requireMayWrite(subject, id);
        try {
            projects.update(subject, id, draft(form));
            return "redirect:/projects/" + id + "?saved";
        } catch (ProjectInvalidException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(subject, id, typed(form), invalid.errors(), model);
        }
    }

    private String form(Subject subject, Long id, Map<String, String> form, Map<String, String> errors, Model model) {
        model.addAttribute("id", id);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", Projects.LANGUAGES);
        model.addAttribute(
                "organizations",
                // Defence companies first; the other organizations too (the host's side may be a service).
                organizations.visibleTo(subject).stream()
                        .sorted(java.util.Comparator.comparing((org.entente.partners.OrganizationSummary o) ->
                                !o.kind().name().equals("DEFENCE_COMPANY")))
                        .toList());
        model.addAttribute("agreements", agreements.visibleTo(subject, Agreements.Filter.NONE));
        model.addAttribute("domains", projects.domains());
        model.addAttribute("statuses", List.of(ProjectStatus.values()));
        model.addAttribute("classifications", AccessPolicy.classificationsFor(subject));
        model.addAttribute("label", Label.unclassified(subject.nation()));
        return "projects/form";
    }

    private static ProjectDraft draft(MultiValueMap<String, String> form) {
        var title = new LinkedHashMap<String, String>();
        var description = new LinkedHashMap<String, String>();
        var site = new LinkedHashMap<String, String>();
        for (String language : Projects.LANGUAGES) {
            title.put(language, ProjectController.first(form, "title." + language));
            description.put(language, ProjectController.first(form, "description." + language));
            site.put(language, ProjectController.first(form, "site." + language));
        }
        String host = ProjectController.first(form, "hostNation").toUpperCase(java.util.Locale.ROOT);
        String partner = ProjectController.first(form, "partnerNation").toUpperCase(java.util.Locale.ROOT);
        var responsible = new LinkedHashMap<String, String>();
        responsible.put(host, ProjectController.first(form, "responsibleHost"));
        responsible.put(partner, ProjectController.first(form, "responsiblePartner"));
        List<Long> companies = form.getOrDefault("companies", List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(v -> v.matches("\\d{1,18}"))
                .map(Long::valueOf)
                .toList();
        String agreement = ProjectController.first(form, "agreementId");
        return new ProjectDraft(
                title,
                description,
                host,
                partner,
                companies,
                site,
                agreement.matches("\\d{1,18}") ? Long.valueOf(agreement) : null,
                ProjectController.first(form, "domain"),
                ProjectController.first(form, "start"),
                ProjectController.first(form, "plannedEnd"),
                ProjectController.first(form, "status"),
                responsible,
                ProjectController.first(form, "classification"),
                List.of(ProjectController.first(form, "releasableTo").split("[,\\s]+")),
                form.containsKey("illustrative"));
    }

    private static Map<String, String> typed(MultiValueMap<String, String> form) {
        var typed = new LinkedHashMap<String, String>();
        form.forEach((name, values) -> typed.put(name, String.join(",", values)));
        return typed;
    }

    private void requireMayCreate(Subject subject) {
        if (!projects.mayCreate(subject)) {
            audit.recordSeparately(AuditEvent.denied(Projects.CREATE, "project", null, null));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    private ProjectSummary requireMayWrite(Subject subject, long id) {
        ProjectSummary project = projects.find(subject, id).orElseThrow(() -> {
            projects.recordRead(id, java.util.Optional.empty());
            return new ResponseStatusException(HttpStatus.NOT_FOUND);
        });
        if (!projects.mayWrite(subject, project)) {
            audit.recordSeparately(AuditEvent.denied(Projects.UPDATE, "project", Long.toString(id), project.label()));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return project;
    }
}
