package org.entente.projects;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.shared.Label;
import org.entente.shared.Nations;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.api.ApiRequestInvalid;
import org.entente.shared.api.ApiRequestInvalid.FieldError;
import org.entente.shared.api.ETags;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.entente.shared.web.DeniedAs;
import org.springframework.http.HttpStatus;
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

    record MilestoneJson(
            long id,
            Map<String, String> title,
            LocalDate plannedDate,
            LocalDate actualDate,
            MilestoneStatus status,
            Map<String, String> note,
            boolean illustrative,
            LabelJson label) {

        static MilestoneJson of(Milestone m, LocalDate today) {
            return new MilestoneJson(
                    m.id(),
                    m.title().values(),
                    m.plannedDate(),
                    m.actualDate(),
                    m.status(today),
                    m.note() == null ? null : m.note().values(),
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
            Map<String, String> note,
            boolean illustrative,
            LabelJson label) {

        static KpiJson of(KpiValue v) {
            return new KpiJson(
                    v.id(),
                    v.kpi(),
                    v.date(),
                    v.target(),
                    v.actual(),
                    v.note() == null ? null : v.note().values(),
                    v.illustrative(),
                    LabelJson.of(v.label()));
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
            Map<String, Map<String, String>> responsible,
            boolean illustrative,
            LabelJson label,
            ProgressJson progress,
            List<MilestoneJson> milestones,
            List<KpiJson> kpis) {

        /** Each nation's responsible as {"ar": …, "en": …}. */
        static Map<String, Map<String, String>> responsibles(Map<String, org.entente.shared.LocalizedText> texts) {
            var json = new java.util.TreeMap<String, Map<String, String>>();
            texts.forEach((nation, text) -> json.put(nation, text.values()));
            return json;
        }

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
                    responsibles(p.responsible()),
                    p.illustrative(),
                    LabelJson.of(p.label()),
                    ProgressJson.of(progress),
                    milestones,
                    kpis);
        }
    }

    /** What a milestone's update carries (no evidence here: attach files with {@code POST /api/v1/attachments}). */
    record MilestoneChange(String status, String actualDate, Map<String, String> note) {}

    private final Projects projects;
    private final ProjectMilestones milestones;
    private final ProjectKpis kpis;

    ProjectApiController(Projects projects, ProjectMilestones milestones, ProjectKpis kpis) {
        this.projects = projects;
        this.milestones = milestones;
        this.kpis = kpis;
    }

    /** Projects latest start first; {@code page} counts from 0, {@code size} is at most {@value Paging#MAX_SIZE}. */
    @GetMapping
    ResponseEntity<?> list(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String nation,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") String late) {
        var errors = new ArrayList<FieldError>();
        Paging paging = Paging.of(page, size, errors);
        String nationCode = nation == null ? null : nation.strip().toUpperCase(Locale.ROOT);
        if (nationCode != null && !Nations.isKnown(nationCode)) {
            errors.add(new FieldError("nation", "api.nation.unknown", "nation"));
        }
        ProjectStatus statusFilter = Projects.parse(ProjectStatus.class, status);
        if (status != null && statusFilter == null) {
            errors.add(new FieldError("status", "api.value.unknown", "status"));
        }
        if (!List.of("true", "false").contains(late)) {
            errors.add(new FieldError("late", "api.value.unknown", "late"));
        }
        if (!errors.isEmpty()) {
            throw new ApiRequestInvalid(errors);
        }
        Projects.Page result = projects.page(
                reader,
                new Projects.Filter(nationCode, statusFilter, late.equals("true")),
                paging.page(),
                paging.size());
        projects.recordListing(
                result.items(),
                Label.highWaterMark(
                        reader.nation(),
                        result.items().stream().map(ProjectSummary::label).toList()));
        Map<Long, Progress> progress = projects.progressOf(reader, result.items());
        return ResponseEntity.ok(new ListJson<>(
                result.items().stream()
                        .map(p -> ProjectJson.of(p, progress.get(p.id()), null, null))
                        .toList(),
                result.page(),
                result.size(),
                result.total()));
    }

    @GetMapping("/{id}")
    @DeniedAs(action = ProjectController.READ, objectType = "project")
    ResponseEntity<?> one(
            @AuthenticationPrincipal Subject reader, @PathVariable String id, HttpServletRequest request) {
        ProjectSummary project = readable(reader, id);
        projects.recordRead(project.id(), Optional.of(project));
        return ETags.ok(request, full(reader, project));
    }

    /** Creates a project from the JSON body (the fields of {@link ProjectDraft}): 201, 403 or 422 naming each field. */
    @PostMapping
    ResponseEntity<?> create(@AuthenticationPrincipal Subject subject, @RequestBody ProjectDraft draft) {
        long id = projects.create(subject, draft);
        return ResponseEntity.created(URI.create(PATH + "/" + id))
                .body(full(subject, projects.find(subject, id).orElseThrow()));
    }

    /** Adds a milestone ({@code title}, {@code plannedDate}, {@code note}): 201 with the project. */
    @PostMapping("/{id}/milestones")
    @DeniedAs(action = Projects.MILESTONE_ADD, objectType = "project")
    ResponseEntity<?> addMilestone(
            @AuthenticationPrincipal Subject subject, @PathVariable long id, @RequestBody MilestoneDraft draft) {
        milestones.addMilestone(subject, id, draft);
        return ResponseEntity.status(HttpStatus.CREATED).body(full(subject, readable(subject, id)));
    }

    /**
     * Records a milestone's status ({@code status}, {@code actualDate}, {@code note}): 200 with the
     * milestone. With {@code If-Match} (the project's ETag), only if the project is still as the
     * caller read it: otherwise 412 and nothing changes.
     */
    @PutMapping("/{id}/milestones/{milestoneId}")
    @DeniedAs(action = Projects.MILESTONE_RECORD, objectType = "project")
    ResponseEntity<?> recordMilestone(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable long milestoneId,
            @RequestBody MilestoneChange change,
            HttpServletRequest request) {
        ProjectSummary project = readable(subject, id);
        projects.milestone(subject, milestoneId)
                .filter(m -> m.projectId() == id)
                .orElseThrow(() -> new NotReadable("milestone", milestoneId));
        ETags.requireIfMatch(request, ETags.of(full(subject, project)));
        milestones.recordMilestone(
                subject,
                id,
                milestoneId,
                new MilestoneUpdate(change.status(), change.actualDate(), change.note(), null));
        return ResponseEntity.ok(
                MilestoneJson.of(projects.milestone(subject, milestoneId).orElseThrow(), projects.today()));
    }

    /** Records a measure ({@code kpi}, {@code date}, {@code target}, {@code actual}): 201 with the project. */
    @PostMapping("/{id}/kpis")
    @DeniedAs(action = Projects.KPI_RECORD, objectType = "project")
    ResponseEntity<?> recordKpi(
            @AuthenticationPrincipal Subject subject, @PathVariable long id, @RequestBody KpiDraft draft) {
        kpis.recordKpi(subject, id, draft);
        return ResponseEntity.status(HttpStatus.CREATED).body(full(subject, readable(subject, id)));
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

    /** A project the caller may not see, or an id that is none, is answered as one that does not exist. */
    private ProjectSummary readable(Subject reader, Object id) {
        String typed = id.toString();
        return (typed.matches("[0-9]{1,18}")
                        ? projects.find(reader, Long.parseLong(typed))
                        : Optional.<ProjectSummary>empty())
                .orElseThrow(() -> new NotReadable("project", typed));
    }
}
