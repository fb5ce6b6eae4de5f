package org.entente.projects;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.entente.agreements.AgreementSummary;
import org.entente.agreements.Agreements;
import org.entente.agreements.Domain;
import org.entente.attachments.Attachments;
import org.entente.partners.OrganizationSummary;
import org.entente.partners.Organizations;
import org.entente.projects.ProjectPageForms.KpiForm;
import org.entente.projects.ProjectPageForms.MilestoneForm;
import org.entente.projects.ProjectPageForms.RecordForm;
import org.entente.shared.Label;
import org.entente.shared.Nations;
import org.entente.shared.NotReadable;
import org.entente.shared.RecordType;
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
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The projects a reader may see, one project with its milestones and commitments, its printable
 * report, and recording milestones and measures.
 */
@Controller
class ProjectController {

    static final String LIST = "/projects";
    static final String ONE = "/projects/{id}";
    static final String REPORT = "/projects/{id}/report";
    static final String MILESTONES = "/projects/{id}/milestones";
    static final String MILESTONE = "/projects/{id}/milestones/{milestoneId}";
    static final String KPIS = "/projects/{id}/kpis";
    static final String VIEW = "projects/detail";

    /** The message key prefix of the page's field names. */
    static final String LABELS = "project.field.";

    /** The audit action of reading a project (a denial of one not readable, too). */
    static final String READ = "projects.project.read";

    private final Projects projects;
    private final ProjectMilestones projectMilestones;
    private final ProjectKpis kpis;
    private final Organizations organizations;
    private final Agreements agreements;
    private final Attachments attachments;
    private final Forms forms;

    ProjectController(
            Projects projects,
            ProjectMilestones projectMilestones,
            ProjectKpis kpis,
            Organizations organizations,
            Agreements agreements,
            Attachments attachments,
            Forms forms) {
        this.projects = projects;
        this.projectMilestones = projectMilestones;
        this.kpis = kpis;
        this.organizations = organizations;
        this.agreements = agreements;
        this.attachments = attachments;
        this.forms = forms;
    }

    /** The list; with {@code HX-Request} only its table, which the filters replace in place. */
    @GetMapping(LIST)
    String list(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String nation,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String late,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        String code = nation == null ? "" : nation.strip().toUpperCase(Locale.ROOT);
        var filter = new Projects.Filter(
                Nations.isKnown(code) ? code : null,
                Projects.parse(ProjectStatus.class, status),
                late != null && !late.isBlank());
        List<ProjectSummary> visible = projects.visibleTo(reader, filter);
        Map<Long, Progress> progress = projects.progressOf(reader, visible);
        Label page = Label.highWaterMark(
                reader.nation(), visible.stream().map(ProjectSummary::label).toList());
        Set<String> nations = new TreeSet<>();
        projects.visibleTo(reader, Projects.Filter.NONE).forEach(p -> nations.addAll(p.parties()));
        model.addAttribute("projects", visible);
        model.addAttribute("progress", progress);
        model.addAttribute("filter", filter);
        model.addAttribute("nations", List.copyOf(nations));
        model.addAttribute("label", page);
        model.addAttribute("mayCreate", projects.mayCreate(reader));
        projects.recordListing(visible, page);
        return "true".equals(htmx) ? "projects/rows" : "projects/list";
    }

    /** The flags of the redirect after a write, which say what was done. */
    record Done(String saved, String recorded, String measured, String added) {

        /** The message key of what was done, or empty. */
        String message() {
            if (measured != null) {
                return "project.kpi.recorded";
            }
            if (saved != null) {
                return "project.saved";
            }
            return recorded != null || added != null ? "project.milestone.recorded" : "";
        }
    }

    @GetMapping(ONE)
    @DeniedAs(action = READ, objectType = "project")
    String one(@AuthenticationPrincipal Subject reader, @PathVariable long id, Done done, Model model, Locale locale) {
        show(reader, readable(reader, id), model, locale, "", Map.of());
        model.addAttribute("done", done.message());
        return VIEW;
    }

    /** The same facts on a page made for printing: no forms, the charts and every milestone. */
    @GetMapping(REPORT)
    @DeniedAs(action = READ, objectType = "project")
    String report(@AuthenticationPrincipal Subject reader, @PathVariable long id, Model model, Locale locale) {
        show(reader, readable(reader, id), model, locale, "", Map.of());
        return "projects/report";
    }

    @PostMapping(MILESTONES)
    @DeniedAs(action = Projects.MILESTONE_ADD, objectType = "project")
    String addMilestone(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid MilestoneForm form,
            BindingResult binding,
            Model model,
            Locale locale) {
        return submit(subject, id, Projects.MILESTONE_ADD, "milestone", form.values(), binding, model, locale, () -> {
            projectMilestones.addMilestone(subject, id, form.draft());
            return "redirect:/projects/" + id + "?added#milestones";
        });
    }

    @PostMapping(MILESTONE)
    @DeniedAs(action = Projects.MILESTONE_RECORD, objectType = "project")
    String recordMilestone(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable long milestoneId,
            @Valid RecordForm form,
            BindingResult binding,
            @RequestParam(name = "evidence", required = false) MultipartFile evidence,
            Model model,
            Locale locale) {
        String formName = "record-" + milestoneId;
        return submit(subject, id, Projects.MILESTONE_RECORD, formName, form.values(), binding, model, locale, () -> {
            projectMilestones.recordMilestone(subject, id, milestoneId, form.update(evidence));
            return "redirect:/projects/" + id + "?recorded#milestone-" + milestoneId;
        });
    }

    @PostMapping(KPIS)
    @DeniedAs(action = Projects.KPI_RECORD, objectType = "project")
    String recordKpi(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid KpiForm form,
            BindingResult binding,
            Model model,
            Locale locale) {
        return submit(subject, id, Projects.KPI_RECORD, "kpi", form.values(), binding, model, locale, () -> {
            kpis.recordKpi(subject, id, form.draft());
            return "redirect:/projects/" + id + "?measured#kpis";
        });
    }

    /**
     * Submits one of the page's forms, {@code formName} (its fields' element ids start with it).
     * Who may not write learns that first (404 or 403, recorded), not what the form lacks; a
     * refused form comes back on the project page as typed, its errors beside its fields (422).
     */
    private String submit(
            Subject subject,
            long id,
            String action,
            String formName,
            Map<String, String> typed,
            BindingResult binding,
            Model model,
            Locale locale,
            Supplier<String> write) {
        ProjectSummary project = projects.writable(subject, id, action);
        return forms.submit(
                new Forms.Names(Forms.ERRORS, LABELS, formName + "-"),
                binding,
                model,
                write,
                () -> show(subject, project, model, locale, formName, typed));
    }

    /**
     * The project page; {@code formName} names the form shown again as {@code typed} (with its
     * errors), or is empty.
     */
    private String show(
            Subject reader,
            ProjectSummary project,
            Model model,
            Locale locale,
            String formName,
            Map<String, String> typed) {
        Forms.noErrorsYet(model);
        long id = project.id();
        projects.recordRead(id, Optional.of(project));
        LocalDate today = projects.today();
        List<Milestone> milestones = projects.milestonesOf(reader, id);
        List<KpiValue> values = projects.valuesOf(reader, id);
        Progress progress = Progress.of(milestones, values, today);
        long span = Math.max(1, ChronoUnit.DAYS.between(project.start(), project.plannedEnd()));
        var number = new AtomicInteger();
        List<MilestoneRow> rows = milestones.stream()
                .map(m -> new MilestoneRow(
                        number.incrementAndGet(),
                        m,
                        m.status(today),
                        Math.max(
                                0,
                                Math.min(
                                        100,
                                        Math.round(1000.0 * ChronoUnit.DAYS.between(project.start(), m.date()) / span)
                                                / 10.0)),
                        attachments.of(reader, RecordType.MILESTONE, m.id())))
                .toList();
        Map<Kpi, List<KpiValue>> byKpi = new EnumMap<>(Kpi.class);
        values.forEach(
                v -> byKpi.computeIfAbsent(v.kpi(), k -> new ArrayList<>()).add(v));
        List<KpiChart> charts = byKpi.entrySet().stream()
                .map(e -> KpiChart.of(e.getKey(), e.getValue(), projects.capabilityLevels(), locale))
                .filter(Objects::nonNull)
                .toList();
        List<OrganizationSummary> companies = project.companies().stream()
                .map(c -> organizations.find(reader, c).orElse(null))
                .filter(Objects::nonNull)
                .toList();
        AgreementSummary agreement = project.agreementId() == null
                ? null
                : agreements.find(reader, project.agreementId()).orElse(null);
        Domain domain = project.domain() == null
                ? null
                : agreements.domains().stream()
                        .filter(d -> d.code().equals(project.domain()))
                        .findFirst()
                        .orElse(null);
        var labels = new ArrayList<Label>();
        labels.add(project.label());
        milestones.forEach(m -> labels.add(m.label()));
        values.forEach(v -> labels.add(v.label()));
        model.addAttribute("project", project);
        model.addAttribute("progress", progress);
        model.addAttribute("milestones", rows);
        model.addAttribute("charts", charts);
        model.addAttribute("companies", companies);
        model.addAttribute("agreement", agreement);
        model.addAttribute("domain", domain);
        model.addAttribute("today", today);
        model.addAttribute(
                "todayPosition",
                Math.max(0, Math.min(100, 100.0 * ChronoUnit.DAYS.between(project.start(), today) / span)));
        model.addAttribute("rtl", List.of("ar", "he").contains(locale.getLanguage()));
        model.addAttribute("capabilityLevels", projects.capabilityLevels());
        model.addAttribute("mayWrite", projects.mayWrite(reader, project));
        model.addAttribute("maxSize", attachments.maxSize());
        model.addAttribute("label", Label.highWaterMark(project.label().owner(), labels));
        model.addAttribute("form", typed);
        model.addAttribute("formName", formName);
        model.addAttribute("done", "");
        return VIEW;
    }

    /** A project the reader may not see is answered as one that does not exist (and the try recorded). */
    private ProjectSummary readable(Subject reader, long id) {
        return projects.find(reader, id).orElseThrow(() -> new NotReadable("project", id));
    }
}
