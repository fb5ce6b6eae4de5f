package org.entente.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.entente.access.AccessDeniedException;
import org.entente.access.AccessPolicy;
import org.entente.agreements.AgreementSummary;
import org.entente.agreements.Agreements;
import org.entente.agreements.Domain;
import org.entente.attachments.AttachmentRefused;
import org.entente.attachments.Attachments;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.partners.OrganizationSummary;
import org.entente.partners.Organizations;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.Nations;
import org.entente.shared.NotReadable;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Subject;
import org.entente.shared.SystemSubject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recording projects, their milestones and the measures of their commitments, and reading what a
 * reader may see of them. Milestones and measures carry their project's label. Who writes: the
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

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

    /** What the list and the API filter on; a null field does not filter. */
    public record Filter(String nation, ProjectStatus status, boolean lateOnly) {

        public static final Filter NONE = new Filter(null, null, false);
    }

    /** A page of the list, with the total the reader may see. */
    public record Page(List<ProjectSummary> items, int page, int size, long total) {}

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Attachments attachments;
    private final Organizations organizations;
    private final Agreements agreements;
    private final ProjectsProperties properties;
    private final ProjectReader read;

    Projects(
            JdbcClient sql,
            AccessPolicy policy,
            AuditTrail audit,
            Attachments attachments,
            Organizations organizations,
            Agreements agreements,
            ProjectsProperties properties,
            ProjectReader read) {
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.attachments = attachments;
        this.organizations = organizations;
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
        Checked checked = check(subject, draft, null);
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
        Checked checked = check(subject, draft, id);
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

    private record Checked(Map<String, Object> params, Label label) {}

    private Checked check(Subject subject, ProjectDraft draft, Long id) {
        var errors = new LinkedHashMap<String, String>();
        LocalizedText title = text(draft.title());
        if (title.values().isEmpty()) {
            errors.put("title", "project.refused.title");
        }
        Limits.check("title", title, Limits.TITLE, errors);
        Limits.check("description", text(draft.description()), Limits.TEXT, errors);
        Limits.check("site", text(draft.site()), Limits.NAME, errors);
        var responsible = new TreeMap<String, Map<String, String>>();
        draft.responsible().forEach((nation, texts) -> {
            // Named by the form's field: the host's or the partner's responsible.
            String field = code(nation).equals(code(draft.hostNation())) ? "responsibleHost" : "responsiblePartner";
            LocalizedText typed = OptionalTexts.typed(texts);
            OptionalTexts.check(field, typed, Limits.NAME, errors);
            if (nation != null && typed != null) {
                responsible.put(code(nation), typed.values());
            }
        });
        String host = code(draft.hostNation());
        if (!Nations.isKnown(host)) {
            errors.put("hostNation", "project.refused.nation");
        }
        String partner = code(draft.partnerNation());
        if (!Nations.isKnown(partner)) {
            errors.put("partnerNation", "project.refused.nation");
        } else if (partner.equals(host)) {
            errors.put("partnerNation", "project.refused.sameNation");
        }
        if (!errors.containsKey("hostNation")
                && !errors.containsKey("partnerNation")
                && !subject.nation().equals(host)
                && !subject.nation().equals(partner)) {
            errors.put("hostNation", "project.refused.ownNation");
        }
        List<Long> companies =
                draft.companies().stream().filter(c -> c != null).distinct().toList();
        for (Long company : companies) {
            Optional<OrganizationSummary> organization = organizations.find(subject, company);
            if (organization.isEmpty()
                    || !(organization.get().nation().equals(host)
                            || organization.get().nation().equals(partner))) {
                errors.put("companies", "project.refused.company");
            }
        }
        if (draft.agreementId() != null) {
            Optional<AgreementSummary> agreement = agreements.find(subject, draft.agreementId());
            if (agreement.isEmpty() || !agreement.get().parties().containsAll(List.of(host, partner))) {
                errors.put("agreementId", "project.refused.agreement");
            }
        }
        String domain = draft.domain() == null || draft.domain().isBlank()
                ? null
                : draft.domain().strip();
        if (domain != null
                && agreements.domains().stream().noneMatch(d -> d.code().equals(domain) && !d.retired())) {
            errors.put("domain", "project.refused.domain");
        }
        LocalDate start = date(draft.start(), "start", errors);
        LocalDate end = date(draft.plannedEnd(), "plannedEnd", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("plannedEnd", "project.refused.endBeforeStart");
        }
        if (id != null && start != null && end != null && !errors.containsKey("plannedEnd")) {
            var span = sql.sql("select min(planned_date), max(planned_date), min(actual_date) from projects.milestone"
                            + " where project_id = :id")
                    .param("id", id)
                    .query((rs, n) -> new LocalDate[] {
                        Limits.read(rs.getObject(1, LocalDate.class)),
                        Limits.read(rs.getObject(2, LocalDate.class)),
                        Limits.read(rs.getObject(3, LocalDate.class))
                    })
                    .single();
            if ((span[0] != null && span[0].isBefore(start)) || (span[2] != null && span[2].isBefore(start))) {
                errors.put("start", "project.refused.milestonesOutside");
            }
            if (span[1] != null && span[1].isAfter(end)) {
                errors.put("plannedEnd", "project.refused.milestonesOutside");
            }
        }
        ProjectStatus status = parse(ProjectStatus.class, draft.status());
        if (status == null) {
            errors.put("status", "project.refused.status");
        }
        Classification classification = null;
        try {
            classification = Classification.parse(draft.classification() == null ? "" : draft.classification());
            if (!AccessPolicy.withinClearance(subject, classification)) {
                errors.put("classification", "agreement.new.refused.aboveClearance");
            }
        } catch (IllegalArgumentException unknown) {
            errors.put("classification", "agreement.new.refused.classification");
        }
        List<String> releasableTo = draft.releasableTo().stream()
                .filter(c -> c != null && !c.isBlank())
                .map(Projects::code)
                .distinct()
                .toList();
        if (releasableTo.stream().anyMatch(n -> !Nations.isKnown(n))) {
            errors.put("releasableTo", "agreement.new.refused.unknownNation");
        }
        if (!errors.isEmpty()) {
            throw new ProjectInvalidException(errors);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("title", title.toJson());
        params.put("description", text(draft.description()).toJson());
        params.put("host", host);
        params.put("partner", partner);
        params.put("companies", companies.toArray(Long[]::new));
        params.put("site", text(draft.site()).toJson());
        params.put("agreement", draft.agreementId());
        params.put("domain", domain);
        params.put("start", start);
        params.put("end", end);
        params.put("status", status.name());
        params.put("responsible", JSON.writeValueAsString(responsible));
        params.put("illustrative", draft.illustrative());
        return new Checked(params, new Label(classification, subject.nation(), Set.copyOf(releasableTo)));
    }

    // ---------------------------------------------------------------- milestones

    /**
     * Adds a milestone, planned within the project's span.
     *
     * @throws NotReadable when the subject may not read the project
     * @throws AccessDeniedException when the subject may not change the project
     * @throws ProjectInvalidException naming each refused field
     */
    @Transactional
    public long addMilestone(Subject subject, long projectId, MilestoneDraft draft) {
        ProjectSummary project = writable(subject, projectId, MILESTONE_ADD);
        var errors = new LinkedHashMap<String, String>();
        LocalizedText title = text(draft.title());
        if (title.values().isEmpty()) {
            errors.put("title", "project.refused.title");
        }
        Limits.check("title", title, Limits.TITLE, errors);
        LocalizedText note = OptionalTexts.typed(draft.note());
        OptionalTexts.check("note", note, Limits.SHORT_TEXT, errors);
        LocalDate planned = date(draft.plannedDate(), "plannedDate", errors);
        if (planned != null && (planned.isBefore(project.start()) || planned.isAfter(project.plannedEnd()))) {
            errors.put("plannedDate", "project.refused.outsideSpan");
        }
        if (!errors.isEmpty()) {
            throw new ProjectInvalidException(errors);
        }
        long id = sql.sql("""
                        insert into projects.milestone (project_id, title, planned_date, status, note, illustrative,
                                                        classification, owner_nation, releasable_to)
                        values (:project, cast(:title as jsonb), :planned, 'PLANNED', cast(:note as jsonb), :illustrative,
                                :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("project", projectId)
                .param("title", title.toJson())
                .param("planned", planned)
                .param("note", OptionalTexts.write(note))
                .param("illustrative", draft.illustrative())
                .params(Labels.params(project.label()))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success(MILESTONE_ADD, "milestone", Long.toString(id), project.label())
                .with("project", Long.toString(projectId))
                .with("planned", planned.toString()));
        return id;
    }

    /**
     * Records a milestone's status: achieved on a day (not in the future, not before the project's
     * start), at risk, dropped, or planned again; with an evidence file, attached to the milestone
     * in the same transaction. Late is never recorded: it is told against today.
     *
     * @throws NotReadable when the subject may not read the project or the milestone, or the
     *     milestone is not the project's
     * @throws AccessDeniedException when the subject may not change the project
     * @throws ProjectInvalidException naming each refused field, {@code evidence} for a refused
     *     file; nothing changes
     */
    @Transactional
    public void recordMilestone(Subject subject, long projectId, long milestoneId, MilestoneUpdate update) {
        ProjectSummary project = writable(subject, projectId, MILESTONE_RECORD);
        Milestone milestone = milestone(subject, milestoneId)
                .filter(m -> m.projectId() == projectId)
                .orElseThrow(() -> new NotReadable("milestone", milestoneId));
        var errors = new LinkedHashMap<String, String>();
        MilestoneStatus status = parse(MilestoneStatus.class, update.status());
        if (status == null || !status.recordable()) {
            errors.put("status", "project.refused.milestoneStatus");
        }
        LocalizedText typedNote = OptionalTexts.typed(update.note());
        OptionalTexts.check("note", typedNote, Limits.SHORT_TEXT, errors);
        LocalDate actual = null;
        if (status == MilestoneStatus.ACHIEVED) {
            actual = date(update.actualDate(), "actualDate", errors);
            if (actual != null && actual.isAfter(today())) {
                errors.put("actualDate", "project.refused.future");
            } else if (actual != null && actual.isBefore(project.start())) {
                errors.put("actualDate", "project.refused.beforeStart");
            }
        }
        if (!errors.isEmpty()) {
            throw new ProjectInvalidException(errors);
        }
        if (update.evidence() != null) {
            try (InputStream content = update.evidence().content().getInputStream()) {
                attachments.upload(
                        subject,
                        MilestoneRecords.TYPE,
                        milestoneId,
                        update.evidence().fileName(),
                        content);
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            } catch (AttachmentRefused refused) {
                throw ProjectInvalidException.evidence(refused);
            }
        }
        LocalizedText note = update.note() == null ? milestone.note() : typedNote;
        sql.sql("""
                        update projects.milestone set status = :status, actual_date = :actual, note = cast(:note as jsonb)
                         where id = :id""")
                .param("status", status.name())
                .param("actual", actual)
                .param("note", OptionalTexts.write(note))
                .param("id", milestoneId)
                .update();
        var event = AuditEvent.success(MILESTONE_RECORD, "milestone", Long.toString(milestoneId), milestone.label())
                .with("project", Long.toString(projectId))
                .with("status", status.name())
                .with("before", milestone.recorded().name());
        if (actual != null) {
            event = event.with("actual", actual.toString());
        }
        audit.record(event);
    }

    // ---------------------------------------------------------------- commitments

    /**
     * Records a commitment's target and actual value on a day (not in the future, not before the
     * project's start): people trained are whole and not negative, the local content a percentage
     * from 0 to 100, the capability a level of the configured scale.
     *
     * @throws NotReadable when the subject may not read the project
     * @throws AccessDeniedException when the subject may not change the project
     * @throws ProjectInvalidException naming each refused field
     */
    @Transactional
    public long recordKpi(Subject subject, long projectId, KpiDraft draft) {
        ProjectSummary project = writable(subject, projectId, KPI_RECORD);
        var errors = new LinkedHashMap<String, String>();
        Kpi kpi = parse(Kpi.class, draft.kpi());
        if (kpi == null) {
            errors.put("kpi", "project.refused.kpi");
        }
        LocalDate date = date(draft.date(), "date", errors);
        if (date != null && date.isAfter(today())) {
            errors.put("date", "project.refused.future");
        } else if (date != null && date.isBefore(project.start())) {
            errors.put("date", "project.refused.beforeStart");
        }
        LocalizedText note = OptionalTexts.typed(draft.note());
        OptionalTexts.check("note", note, Limits.SHORT_TEXT, errors);
        BigDecimal target = amount(kpi, draft.target(), "target", errors);
        BigDecimal actual = amount(kpi, draft.actual(), "actual", errors);
        if (!errors.isEmpty()) {
            throw new ProjectInvalidException(errors);
        }
        long id = sql.sql("""
                        insert into projects.kpi_value (project_id, kpi, on_date, target, actual, note, illustrative,
                                                        classification, owner_nation, releasable_to)
                        values (:project, :kpi, :date, :target, :actual, cast(:note as jsonb), :illustrative,
                                :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("project", projectId)
                .param("kpi", kpi.name())
                .param("date", date)
                .param("target", target)
                .param("actual", actual)
                .param("note", OptionalTexts.write(note))
                .param("illustrative", draft.illustrative())
                .params(Labels.params(project.label()))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success(KPI_RECORD, "project", Long.toString(projectId), project.label())
                .with("kpi", kpi.name())
                .with("date", date.toString())
                .with("target", target.toPlainString())
                .with("actual", actual.toPlainString()));
        return id;
    }

    /** A value of the commitment's kind, or null and the field refused. */
    private BigDecimal amount(Kpi kpi, String typed, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            errors.put(field, "project.refused.amountRequired");
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(typed.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            errors.put(field, "project.refused.amountInvalid");
            return null;
        }
        if (value.signum() < 0) {
            errors.put(field, "project.refused.negative");
            return null;
        }
        if (kpi == null) {
            return value;
        }
        if (kpi == Kpi.LOCAL_CONTENT) {
            if (value.compareTo(BigDecimal.valueOf(100)) > 0) {
                errors.put(field, "project.refused.percent");
            } else if (value.scale() > 1 && value.stripTrailingZeros().scale() > 1) {
                errors.put(field, "project.refused.amountInvalid");
            }
        } else if (value.stripTrailingZeros().scale() > 0) {
            errors.put(field, "project.refused.whole");
        } else if (kpi == Kpi.CAPABILITY && value.compareTo(BigDecimal.valueOf(capabilityLevels())) > 0) {
            errors.put(field, "project.refused.level");
        } else if (value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            errors.put(field, "project.refused.amountInvalid");
        }
        return value;
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

    private static LocalDate date(String typed, String field, Map<String, String> errors) {
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

    private static String code(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    private static LocalizedText text(Map<String, String> values) {
        var kept = new LinkedHashMap<String, String>();
        values.forEach((language, text) -> {
            if (language != null && LANGUAGES.contains(language.strip()) && text != null && !text.isBlank()) {
                kept.put(language.strip(), text.strip());
            }
        });
        return new LocalizedText(kept);
    }
}
