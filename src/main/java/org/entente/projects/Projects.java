package org.entente.projects;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.entente.access.AccessDeniedException;
import org.entente.access.AccessPolicy;
import org.entente.agreements.Agreements;
import org.entente.agreements.Domain;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.SystemSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording projects and reading what a reader may see of them, their milestones and the measures
 * of their commitments (written by {@link ProjectMilestones} and {@link ProjectKpis}, with their
 * project's label). Who writes: the
 * owner nation's account administrators and planners ({@link AccessPolicy#mayWriteNationRecord}),
 * as for the nation's organizations: a project belongs to no committee.
 */
@Service
public class Projects {

    static final String CREATE = "projects.project.create";
    static final String UPDATE = "projects.project.update";
    static final String MILESTONE_ADD = "projects.milestone.add";
    static final String MILESTONE_RECORD = "projects.milestone.record";
    static final String KPI_RECORD = "projects.kpi.record";

    /** The languages a title may be written in, in the forms' order. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "ar", "he");

    /** What the list and the API filter on; a null field does not filter. */
    public record Filter(String nation, ProjectStatus status, boolean lateOnly) {

        public static final Filter NONE = new Filter(null, null, false);
    }

    /** A page of the list, with the total the reader may see. */
    public record Page(List<ProjectSummary> items, int page, int size, long total) {}

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final ProjectChecks checks;
    private final Agreements agreements;
    private final ProjectsProperties properties;
    private final ProjectReader read;

    Projects(
            JdbcClient sql,
            AccessPolicy policy,
            AuditTrail audit,
            ProjectChecks checks,
            Agreements agreements,
            ProjectsProperties properties,
            ProjectReader read) {
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.checks = checks;
        this.agreements = agreements;
        this.properties = properties;
        this.read = read;
    }

    /** Today, against which milestones are late and actual dates may not be later. */
    public LocalDate today() {
        return read.today();
    }

    /** The highest level of the operation and maintenance capability scale. */
    public int capabilityLevels() {
        return properties.capabilityLevels();
    }

    // ---------------------------------------------------------------- reading

    @Transactional(readOnly = true)
    public Optional<ProjectSummary> find(Subject reader, long id) {
        return read.find(reader, id);
    }

    @Transactional(readOnly = true)
    public List<ProjectSummary> visibleTo(Subject reader, Filter filter) {
        return read.visibleTo(reader, filter);
    }

    /** A page of the projects the reader may see, latest start first; the total counts only those. */
    @Transactional(readOnly = true)
    public Page page(Subject reader, Filter filter, int page, int size) {
        return read.page(reader, filter, page, size);
    }

    /** The project's milestones the reader may see, planned earliest first. */
    @Transactional(readOnly = true)
    public List<Milestone> milestonesOf(Subject reader, long projectId) {
        return read.milestonesOf(reader, projectId);
    }

    /** One milestone the reader may see. */
    @Transactional(readOnly = true)
    public Optional<Milestone> milestone(Subject reader, long id) {
        return read.milestone(reader, id);
    }

    /** The measures of the project's commitments the reader may see, oldest first. */
    @Transactional(readOnly = true)
    public List<KpiValue> valuesOf(Subject reader, long projectId) {
        return read.valuesOf(reader, projectId);
    }

    /** The project's progress as the reader may see it, today. */
    @Transactional(readOnly = true)
    public Progress progressOf(Subject reader, long projectId) {
        return Progress.of(milestonesOf(reader, projectId), valuesOf(reader, projectId), today());
    }

    /** The progress of each of these projects as the reader may see it, today: two queries in all. */
    @Transactional(readOnly = true)
    public Map<Long, Progress> progressOf(Subject reader, List<ProjectSummary> projects) {
        List<Long> ids = projects.stream().map(ProjectSummary::id).toList();
        Map<Long, List<Milestone>> milestones =
                read.milestonesOf(reader, ids).stream().collect(Collectors.groupingBy(Milestone::projectId));
        Map<Long, List<KpiValue>> values =
                read.valuesOf(reader, ids).stream().collect(Collectors.groupingBy(KpiValue::projectId));
        LocalDate today = today();
        Map<Long, Progress> progress = new LinkedHashMap<>();
        for (Long id : ids) {
            progress.put(
                    id, Progress.of(milestones.getOrDefault(id, List.of()), values.getOrDefault(id, List.of()), today));
        }
        return progress;
    }

    /** Whether the subject may change the project, record its milestones and measures. */
    public boolean mayWrite(Subject subject, ProjectSummary project) {
        return policy.mayWriteNationRecord(subject, project.label()).allowed();
    }

    /** Whether the subject may create projects at all (for their own nation). */
    public boolean mayCreate(Subject subject) {
        return policy.mayWriteNationRecord(subject, Label.unclassified(subject.nation()))
                .allowed();
    }

    // ---------------------------------------------------------------- projects

    /**
     * Creates a project as the subject submitted it, owned by the subject's nation, audited in the
     * same transaction; each refused field is named and nothing is stored.
     *
     * @throws AccessDeniedException when the subject may not create projects
     * @throws ProjectInvalidException naming each refused field
     */
    @Transactional
    public long create(Subject subject, ProjectDraft draft) {
        requireCreate(subject);
        ProjectChecks.Checked checked = checks.check(subject, draft, null);
        long id = sql.sql("""
                        insert into projects.project (title, description, host_nation, partner_nation, companies, site,
                                                      agreement_id, domain, start_date, planned_end, status, responsible,
                                                      illustrative, classification, owner_nation, releasable_to)
                        values (cast(:title as jsonb), cast(:description as jsonb), :host, :partner,
                                cast(:companies as bigint[]), cast(:site as jsonb), :agreement, :domain, :start, :end,
                                :status, cast(:responsible as jsonb), :illustrative,
                                :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .params(checked.params())
                .params(Labels.params(checked.label()))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success(CREATE, "project", Long.toString(id), checked.label()));
        return id;
    }

    /**
     * Changes a project; a changed label is carried to its milestones and measures, and audited
     * with what it was before.
     *
     * @throws NotReadable when the subject may not read it
     * @throws AccessDeniedException when the subject may not change it
     * @throws ProjectInvalidException naming each refused field
     */
    @Transactional
    public void update(Subject subject, long id, ProjectDraft draft) {
        ProjectSummary current = writable(subject, id, UPDATE);
        ProjectChecks.Checked checked = checks.check(subject, draft, id);
        sql.sql("""
                        update projects.project
                           set title = cast(:title as jsonb), description = cast(:description as jsonb),
                               host_nation = :host, partner_nation = :partner, companies = cast(:companies as bigint[]),
                               site = cast(:site as jsonb), agreement_id = :agreement, domain = :domain,
                               start_date = :start, planned_end = :end, status = :status,
                               responsible = cast(:responsible as jsonb), illustrative = :illustrative,
                               classification = :classification, releasable_to = cast(:releasableTo as char(3)[])
                         where id = :id""")
                .params(checked.params())
                .params(Labels.params(checked.label()))
                .param("id", id)
                .update();
        var event = AuditEvent.success(UPDATE, "project", Long.toString(id), checked.label());
        if (!checked.label().equals(current.label())) {
            for (String table : List.of("projects.milestone", "projects.kpi_value")) {
                sql.sql("update " + table + " set classification = :classification,"
                                + " releasable_to = cast(:releasableTo as char(3)[]) where project_id = :id")
                        .params(Labels.params(checked.label()))
                        .param("id", id)
                        .update();
            }
            event = event.with("labelBefore", current.label().banner());
        }
        audit.record(event);
    }

    /**
     * The project, if the subject may read it ({@link NotReadable} otherwise: 404, as for none) and
     * change it ({@link AccessDeniedException} otherwise: 403, audited as {@code action}).
     */
    ProjectSummary writable(Subject subject, long projectId, String action) {
        ProjectSummary project = find(subject, projectId).orElseThrow(() -> new NotReadable("project", projectId));
        if (!(subject instanceof SystemSubject)) {
            policy.mayWriteNationRecord(subject, project.label())
                    .orThrow(action, "project", projectId, project.label());
        }
        return project;
    }

    /**
     * Refuses ({@link AccessDeniedException}: 403, audited) who may not create projects for their
     * own nation. Work the system does on its own (the demo, an import: a {@link SystemSubject},
     * never a request's user) needs no role; row-level security still lets it write only its own
     * nation's records.
     */
    void requireCreate(Subject subject) {
        if (!(subject instanceof SystemSubject)) {
            policy.mayWriteNationRecord(subject, Label.unclassified(subject.nation()))
                    .orThrow(CREATE, "project", null, null);
        }
    }

    // ---------------------------------------------------------------- helpers

    /**
     * Records that a page or an answer showed these projects: those above UNCLASSIFIED count as
     * read, in one audit entry, marked with the whole's high-water mark.
     */
    public void recordListing(List<ProjectSummary> shown, Label whole) {
        String ids = shown.stream()
                .filter(p -> p.label().classification() != Classification.UNCLASSIFIED)
                .map(p -> Long.toString(p.id()))
                .reduce((a, b) -> a + "," + b)
                .orElse("");
        if (!ids.isEmpty()) {
            audit.recordSeparately(AuditEvent.read("projects.project.list", "project", null, whole)
                    .with("ids", ids));
        }
    }

    /** Records that a project was read (above UNCLASSIFIED), or that a hidden one was asked for. */
    public void recordRead(long id, Optional<ProjectSummary> found) {
        if (found.isEmpty()) {
            audit.recordSeparately(AuditEvent.deniedRead("projects.project.read", "project", Long.toString(id), null));
        } else if (found.get().label().classification() != Classification.UNCLASSIFIED) {
            audit.recordSeparately(AuditEvent.read(
                    "projects.project.read",
                    "project",
                    Long.toString(id),
                    found.get().label()));
        }
    }

    /** The domains still offered, for the forms. */
    public List<Domain> domains() {
        return agreements.domains().stream().filter(d -> !d.retired()).toList();
    }

    static LocalDate date(String typed, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            errors.put(field, "project.refused.dateRequired");
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(typed.strip());
        } catch (DateTimeParseException notADate) {
            errors.put(field, "project.refused.dateInvalid");
            return null;
        }
        if (!Limits.PLAN_DATES.contains(date)) {
            errors.put(field, Limits.PLAN_DATES.messageKey());
            return null;
        }
        return date;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static String code(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    static LocalizedText text(Map<String, String> values) {
        return LocalizedText.nonBlank(values, LANGUAGES);
    }
}
