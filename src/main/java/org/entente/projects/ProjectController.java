package org.entente.projects;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.entente.access.AccessDeniedException;
import org.entente.agreements.AgreementSummary;
import org.entente.agreements.Agreements;
import org.entente.agreements.Domain;
import org.entente.attachments.AttachmentRefused;
import org.entente.attachments.Attachments;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.partners.OrganizationSummary;
import org.entente.partners.Organizations;
import org.entente.shared.Label;
import org.entente.shared.Nations;
import org.entente.shared.Subject;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

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

    private final Projects projects;
    private final Organizations organizations;
    private final Agreements agreements;
    private final Attachments attachments;
    private final AuditTrail audit;

    ProjectController(
            Projects projects,
            Organizations organizations,
            Agreements agreements,
            Attachments attachments,
            AuditTrail audit) {
        this.projects = projects;
        this.organizations = organizations;
        this.agreements = agreements;
        this.attachments = attachments;
        this.audit = audit;
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

    @GetMapping(ONE)
    String one(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            @RequestParam Map<String, String> flags,
            Model model,
            Locale locale) {
        show(reader, id, model, locale);
        model.addAttribute(
                "done",
                flags.keySet().stream()
                        .filter(List.of("saved", "recorded", "measured", "added")::contains)
                        .findFirst()
                        .orElse(""));
        return "projects/detail";
    }

    /** The same facts on a page made for printing: no forms, the charts and every milestone. */
    @GetMapping(REPORT)
    String report(@AuthenticationPrincipal Subject reader, @PathVariable long id, Model model, Locale locale) {
        show(reader, id, model, locale);
        return "projects/report";
    }

    @PostMapping(MILESTONES)
    String addMilestone(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        ProjectSummary project = readable(subject, id);
        var title = new LinkedHashMap<String, String>();
        Projects.LANGUAGES.forEach(language -> title.put(language, first(form, "title." + language)));
        try {
            projects.addMilestone(
                    subject,
                    id,
                    new MilestoneDraft(
                            title, first(form, "plannedDate"), first(form, "note"), form.containsKey("illustrative")));
            return "redirect:/projects/" + id + "?added#milestones";
        } catch (AccessDeniedException denied) {
            return denied(project, Projects.MILESTONE_ADD, denied);
        } catch (ProjectInvalidException invalid) {
            return refused(subject, id, "milestone", form, invalid.errors(), model, response, locale);
        }
    }

    @PostMapping(MILESTONE)
    String recordMilestone(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable long milestoneId,
            @RequestParam MultiValueMap<String, String> form,
            @RequestParam(name = "evidence", required = false) MultipartFile evidence,
            Model model,
            HttpServletResponse response,
            Locale locale)
            throws IOException {
        ProjectSummary project = readable(subject, id);
        String formName = "record-" + milestoneId;
        boolean withFile = evidence != null
                && !evidence.isEmpty()
                && evidence.getOriginalFilename() != null
                && !evidence.getOriginalFilename().isBlank();
        try (InputStream content = withFile ? evidence.getInputStream() : null) {
            projects.recordMilestone(
                    subject,
                    id,
                    milestoneId,
                    new MilestoneUpdate(
                            first(form, "status"),
                            first(form, "actualDate"),
                            first(form, "note"),
                            withFile ? new MilestoneUpdate.Evidence(evidence.getOriginalFilename(), content) : null));
            return "redirect:/projects/" + id + "?recorded#milestone-" + milestoneId;
        } catch (AccessDeniedException denied) {
            return denied(project, Projects.MILESTONE_RECORD, denied);
        } catch (ProjectInvalidException invalid) {
            return refused(subject, id, formName, form, invalid.errors(), model, response, locale);
        } catch (AttachmentRefused refused) {
            String page =
                    refused(subject, id, formName, form, Map.of("file", refused.messageKey()), model, response, locale);
            response.setStatus(refused.status());
            return page;
        }
    }

    @PostMapping(KPIS)
    String recordKpi(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        ProjectSummary project = readable(subject, id);
        try {
            projects.recordKpi(
                    subject,
                    id,
                    new KpiDraft(
                            first(form, "kpi"),
                            first(form, "date"),
                            first(form, "target"),
                            first(form, "actual"),
                            first(form, "note"),
                            form.containsKey("illustrative")));
            return "redirect:/projects/" + id + "?measured#kpis";
        } catch (AccessDeniedException denied) {
            return denied(project, Projects.KPI_RECORD, denied);
        } catch (ProjectInvalidException invalid) {
            return refused(subject, id, "kpi", form, invalid.errors(), model, response, locale);
        }
    }

    /** A refused form: the page again, with the form as typed and each field to correct named (422). */
    private String refused(
            Subject subject,
            long id,
            String formName,
            MultiValueMap<String, String> form,
            Map<String, String> errors,
            Model model,
            HttpServletResponse response,
            Locale locale) {
        show(subject, id, model, locale);
        var typed = new LinkedHashMap<String, String>();
        form.forEach((name, values) -> typed.put(name, values.isEmpty() ? "" : values.get(0)));
        model.addAttribute("form", typed);
        model.addAttribute("formName", formName);
        model.addAttribute("errors", errors);
        model.addAttribute("done", "");
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return "projects/detail";
    }

    private String denied(ProjectSummary project, String action, AccessDeniedException denied) {
        audit.recordSeparately(AuditEvent.denied(action, "project", Long.toString(project.id()), project.label())
                .with("reason", denied.messageKey()));
        throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }

    private void show(Subject reader, long id, Model model, Locale locale) {
        ProjectSummary project = readable(reader, id);
        projects.recordRead(id, java.util.Optional.of(project));
        LocalDate today = projects.today();
        List<Milestone> milestones = projects.milestonesOf(reader, id);
        List<KpiValue> values = projects.valuesOf(reader, id);
        Progress progress = Progress.of(milestones, values, today);
        long span = Math.max(1, ChronoUnit.DAYS.between(project.start(), project.plannedEnd()));
        var number = new java.util.concurrent.atomic.AtomicInteger();
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
                        attachments.of(reader, MilestoneRecords.TYPE, m.id())))
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
        model.addAttribute("form", Map.of());
        model.addAttribute("formName", "");
        model.addAttribute("errors", Map.of());
        model.addAttribute("done", "");
    }

    /** A project the reader may not see is answered as one that does not exist (and the try recorded). */
    private ProjectSummary readable(Subject reader, long id) {
        var found = projects.find(reader, id);
        if (found.isEmpty()) {
            projects.recordRead(id, found);
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return found.get();
    }

    static String first(MultiValueMap<String, String> form, String name) {
        String value = form.getFirst(name);
        return value == null ? "" : value.strip();
    }
}
