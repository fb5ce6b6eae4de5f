package org.entente.projects;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.access.AccessDeniedException;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Nations;
import org.entente.shared.Subject;
import org.entente.shared.Translator;
import org.entente.shared.api.ETags;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The projects' API (api.md): the list a caller may read, one project with its milestones,
 * measures and progress, creating a project, adding and recording milestones, recording measures.
 */
@RestController
@RequestMapping(ProjectApiController.PATH)
class ProjectApiController {

    static final String PATH = "/api/v1/projects";
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    record LabelJson(Classification classification, String owner, List<String> releasableTo, String banner) {

        static LabelJson of(Label label) {
            return new LabelJson(
                    label.classification(),
                    label.owner(),
                    label.releasableTo().stream().sorted().toList(),
                    label.banner());
        }
    }

    record MilestoneJson(
            long id,
            Map<String, String> title,
            LocalDate plannedDate,
            LocalDate actualDate,
            MilestoneStatus status,
            String note,
            boolean illustrative,
            LabelJson label) {

        static MilestoneJson of(Milestone m, LocalDate today) {
            return new MilestoneJson(
                    m.id(),
                    m.title().values(),
                    m.plannedDate(),
                    m.actualDate(),
                    m.status(today),
                    m.note(),
                    m.illustrative(),
                    LabelJson.of(m.label()));
        }
    }

    record KpiJson(
            long id,
            Kpi kpi,
            LocalDate date,
            BigDecimal target,
            BigDecimal actual,
            boolean illustrative,
            LabelJson label) {

        static KpiJson of(KpiValue v) {
            return new KpiJson(
                    v.id(), v.kpi(), v.date(), v.target(), v.actual(), v.illustrative(), LabelJson.of(v.label()));
        }
    }

    /** The roll-up; {@code milestones} and {@code commitments} are null when there is nothing to count. */
    record ProgressJson(int percent, Integer milestones, Integer commitments, int achieved, int counted, int late) {

        static ProgressJson of(Progress p) {
            return new ProgressJson(
                    p.percent(),
                    p.milestones().isPresent() ? p.milestones().getAsInt() : null,
                    p.commitments().isPresent() ? p.commitments().getAsInt() : null,
                    p.achieved(),
                    p.counted(),
                    p.late());
        }
    }

    record ProjectJson(
            long id,
            Map<String, String> title,
            Map<String, String> description,
            String hostNation,
            String partnerNation,
            List<Long> companies,
            Map<String, String> site,
            Long agreementId,
            String domain,
            LocalDate start,
            LocalDate plannedEnd,
            ProjectStatus status,
            Map<String, String> responsible,
            boolean illustrative,
            LabelJson label,
            ProgressJson progress,
            List<MilestoneJson> milestones,
            List<KpiJson> kpis) {

        static ProjectJson of(ProjectSummary p, Progress progress, List<MilestoneJson> milestones, List<KpiJson> kpis) {
            return new ProjectJson(
                    p.id(),
                    p.title().values(),
                    p.description().values(),
                    p.hostNation(),
                    p.partnerNation(),
                    p.companies(),
                    p.site().values(),
                    p.agreementId(),
                    p.domain(),
                    p.start(),
                    p.plannedEnd(),
                    p.status(),
                    p.responsible(),
                    p.illustrative(),
                    LabelJson.of(p.label()),
                    ProgressJson.of(progress),
                    milestones,
                    kpis);
        }
    }

    record ProjectsJson(List<ProjectJson> items, int page, int size, long total) {}

    /** What a milestone's update carries (no evidence here: attach files with {@code POST /api/v1/attachments}). */
    record MilestoneChange(String status, String actualDate, String note) {}

    private final Projects projects;
    private final AuditTrail audit;
    private final Translator messages;

    ProjectApiController(Projects projects, AuditTrail audit, Translator messages) {
        this.projects = projects;
        this.audit = audit;
        this.messages = messages;
    }

    /** Projects latest start first; {@code page} counts from 0, {@code size} is at most {@value #MAX_SIZE}. */
    @GetMapping
    ResponseEntity<?> list(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) String size,
            @RequestParam(required = false) String nation,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") String late,
            Locale locale) {
        var errors = new ArrayList<Map<String, String>>();
        int pageNumber = number(page, "page", 0, errors, locale);
        int pageSize = number(size, "size", 1, errors, locale);
        String nationCode = nation == null ? null : nation.strip().toUpperCase(Locale.ROOT);
        if (nationCode != null && !Nations.isKnown(nationCode)) {
            errors.add(error("nation", "api.nation.unknown", locale));
        }
        ProjectStatus statusFilter = Projects.parse(ProjectStatus.class, status);
        if (status != null && statusFilter == null) {
            errors.add(error("status", "api.value.unknown", locale));
        }
        if (!List.of("true", "false").contains(late)) {
            errors.add(error("late", "api.value.unknown", locale));
        }
        if (!errors.isEmpty()) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.invalid", locale);
            problem.setProperty("errors", errors);
            return ResponseEntity.of(problem).build();
        }
        Projects.Page result = projects.page(
                reader,
                new Projects.Filter(nationCode, statusFilter, late.equals("true")),
                pageNumber,
                Math.min(pageSize, MAX_SIZE));
        projects.recordListing(
                result.items(),
                Label.highWaterMark(
                        reader.nation(),
                        result.items().stream().map(ProjectSummary::label).toList()));
        return ResponseEntity.ok(new ProjectsJson(
                result.items().stream()
                        .map(p -> ProjectJson.of(p, projects.progressOf(reader, p.id()), null, null))
                        .toList(),
                result.page(),
                result.size(),
                result.total()));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> one(
            @AuthenticationPrincipal Subject reader,
            @PathVariable String id,
            Locale locale,
            HttpServletRequest request) {
        Long number = id(id);
        var found = number == null ? java.util.Optional.<ProjectSummary>empty() : projects.find(reader, number);
        projects.recordRead(number == null ? -1 : number, found);
        if (found.isEmpty()) {
            return ResponseEntity.of(problem(HttpStatus.NOT_FOUND, "api.notFound", locale))
                    .build();
        }
        return ETags.ok(request, full(reader, found.get()));
    }

    /** Creates a project from the JSON body (the fields of {@link ProjectDraft}): 201, 403 or 422 naming each field. */
    @PostMapping
    ResponseEntity<?> create(@AuthenticationPrincipal Subject subject, @RequestBody ProjectDraft draft, Locale locale) {
        try {
            long id = projects.create(subject, draft);
            return ResponseEntity.created(URI.create(PATH + "/" + id))
                    .body(full(subject, projects.find(subject, id).orElseThrow()));
        } catch (AccessDeniedException denied) {
            return denied(Projects.CREATE, null, denied, locale);
        } catch (ProjectInvalidException invalid) {
            return invalid(invalid, locale);
        }
    }

    /** Adds a milestone ({@code title}, {@code plannedDate}, {@code note}): 201 with the project. */
    @PostMapping("/{id}/milestones")
    ResponseEntity<?> addMilestone(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestBody MilestoneDraft draft,
            Locale locale) {
        if (projects.find(subject, id).isEmpty()) {
            return ResponseEntity.of(problem(HttpStatus.NOT_FOUND, "api.notFound", locale))
                    .build();
        }
        try {
            projects.addMilestone(subject, id, draft);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(full(subject, projects.find(subject, id).orElseThrow()));
        } catch (AccessDeniedException denied) {
            return denied(Projects.MILESTONE_ADD, id, denied, locale);
        } catch (ProjectInvalidException invalid) {
            return invalid(invalid, locale);
        }
    }

    /**
     * Records a milestone's status ({@code status}, {@code actualDate}, {@code note}): 200 with the
     * milestone. With {@code If-Match} (the project's ETag), only if the project is still as the
     * caller read it: otherwise 412 and nothing changes.
     */
    @PutMapping("/{id}/milestones/{milestoneId}")
    ResponseEntity<?> recordMilestone(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable long milestoneId,
            @RequestBody MilestoneChange change,
            Locale locale,
            HttpServletRequest request) {
        var project = projects.find(subject, id);
        if (project.isEmpty()
                || projects.milestone(subject, milestoneId)
                        .filter(m -> m.projectId() == id)
                        .isEmpty()) {
            return ResponseEntity.of(problem(HttpStatus.NOT_FOUND, "api.notFound", locale))
                    .build();
        }
        ETags.requireIfMatch(request, ETags.of(full(subject, project.get())));
        try {
            projects.recordMilestone(
                    subject,
                    id,
                    milestoneId,
                    new MilestoneUpdate(change.status(), change.actualDate(), change.note(), null));
            return ResponseEntity.ok(
                    MilestoneJson.of(projects.milestone(subject, milestoneId).orElseThrow(), projects.today()));
        } catch (AccessDeniedException denied) {
            return denied(Projects.MILESTONE_RECORD, id, denied, locale);
        } catch (ProjectInvalidException invalid) {
            return invalid(invalid, locale);
        }
    }

    /** Records a measure ({@code kpi}, {@code date}, {@code target}, {@code actual}): 201 with the project. */
    @PostMapping("/{id}/kpis")
    ResponseEntity<?> recordKpi(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestBody KpiDraft draft,
            Locale locale) {
        if (projects.find(subject, id).isEmpty()) {
            return ResponseEntity.of(problem(HttpStatus.NOT_FOUND, "api.notFound", locale))
                    .build();
        }
        try {
            projects.recordKpi(subject, id, draft);
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(full(subject, projects.find(subject, id).orElseThrow()));
        } catch (AccessDeniedException denied) {
            return denied(Projects.KPI_RECORD, id, denied, locale);
        } catch (ProjectInvalidException invalid) {
            return invalid(invalid, locale);
        }
    }

    private ProjectJson full(Subject reader, ProjectSummary project) {
        LocalDate today = projects.today();
        List<Milestone> milestones = projects.milestonesOf(reader, project.id());
        List<KpiValue> values = projects.valuesOf(reader, project.id());
        return ProjectJson.of(
                project,
                Progress.of(milestones, values, today),
                milestones.stream().map(m -> MilestoneJson.of(m, today)).toList(),
                values.stream().map(KpiJson::of).toList());
    }

    private ResponseEntity<?> denied(String action, Long id, AccessDeniedException denied, Locale locale) {
        audit.recordSeparately(AuditEvent.denied(action, "project", id == null ? null : id.toString(), null)
                .with("reason", denied.messageKey()));
        return ResponseEntity.of(problem(HttpStatus.FORBIDDEN, denied.messageKey(), locale))
                .build();
    }

    private ResponseEntity<?> invalid(ProjectInvalidException invalid, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.invalid", locale);
        problem.setProperty(
                "errors",
                invalid.errors().entrySet().stream()
                        .map(e -> Map.of("field", e.getKey(), "message", messages.t(locale, e.getValue())))
                        .toList());
        return ResponseEntity.of(problem).build();
    }

    private static Long id(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private int number(String text, String field, int least, List<Map<String, String>> errors, Locale locale) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= least) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(error(field, least == 0 ? "api.number.notNegative" : "api.number.positive", locale));
        return least;
    }

    private Map<String, String> error(String field, String key, Locale locale) {
        return Map.of("field", field, "message", messages.t(locale, key, field));
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.t(locale, key));
        problem.setTitle(messages.t(locale, "api.status." + status.value()));
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
