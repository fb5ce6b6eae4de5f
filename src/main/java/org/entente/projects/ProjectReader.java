package org.entente.projects;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.access.AccessPolicy;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading projects, milestones and measures as a reader may see them: what {@link Projects}, the
 * milestones' attachments and the timeline share, apart from the modules {@link Projects} writes
 * through (attachments, agreements), which themselves collect the milestones.
 */
@Component
class ProjectReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Map<String, String>>> RESPONSIBLES = new TypeReference<>() {};

    private final JdbcClient sql;
    private final Clock clock;

    ProjectReader(JdbcClient sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Transactional(readOnly = true)
    Optional<ProjectSummary> find(Subject reader, long id) {
        return sql.sql("select t.* from projects.project t where t.id = :id and " + AccessPolicy.readableBy("t"))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> project(rs))
                .optional();
    }

    @Transactional(readOnly = true)
    List<ProjectSummary> visibleTo(Subject reader, Projects.Filter filter) {
        return page(reader, filter, 0, Integer.MAX_VALUE).items();
    }

    /** A page of the projects the reader may see, latest start first; the total counts only those. */
    @Transactional(readOnly = true)
    Projects.Page page(Subject reader, Projects.Filter filter, int page, int size) {
        var where = new StringBuilder(AccessPolicy.readableBy("t"));
        Map<String, Object> params = new LinkedHashMap<>(AccessPolicy.readerParams(reader));
        if (filter.nation() != null) {
            where.append(" and (t.host_nation = :nation or t.partner_nation = :nation)");
            params.put("nation", filter.nation());
        }
        if (filter.status() != null) {
            where.append(" and t.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.lateOnly()) {
            where.append(" and exists (select 1 from projects.milestone m where m.project_id = t.id"
                    + " and m.status in ('PLANNED', 'AT_RISK') and m.planned_date < :today and "
                    + AccessPolicy.readableBy("m") + ")");
            params.put("today", today());
        }
        long total = sql.sql("select count(*) from projects.project t where " + where)
                .params(params)
                .query(Long.class)
                .single();
        List<ProjectSummary> items = sql.sql("select t.* from projects.project t where " + where
                        + " order by t.start_date desc, t.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> project(rs))
                .list();
        return new Projects.Page(items, page, size, total);
    }

    /** The project's milestones the reader may see, planned earliest first. */
    @Transactional(readOnly = true)
    List<Milestone> milestonesOf(Subject reader, long projectId) {
        return milestonesOf(reader, List.of(projectId));
    }

    /** The milestones of all these projects the reader may see, in one query (for lists). */
    List<Milestone> milestonesOf(Subject reader, Collection<Long> projectIds) {
        return ofProjects(reader, projectIds, "milestone", "t.planned_date, t.id", (rs, n) -> milestone(rs));
    }

    /** One milestone the reader may see. */
    @Transactional(readOnly = true)
    Optional<Milestone> milestone(Subject reader, long id) {
        return sql.sql("select t.* from projects.milestone t where t.id = :id and " + AccessPolicy.readableBy("t"))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> milestone(rs))
                .optional()
                .filter(m -> find(reader, m.projectId()).isPresent());
    }

    /** The project a milestone belongs to, whoever reads (a page to return to, nothing more). */
    @Transactional(readOnly = true)
    Optional<Long> projectOfMilestone(long milestoneId) {
        return sql.sql("select project_id from projects.milestone where id = :id")
                .param("id", milestoneId)
                .query(Long.class)
                .optional();
    }

    /** The measures of the project's commitments the reader may see, oldest first. */
    @Transactional(readOnly = true)
    List<KpiValue> valuesOf(Subject reader, long projectId) {
        return valuesOf(reader, List.of(projectId));
    }

    /** The measures of all these projects the reader may see, in one query (for lists). */
    List<KpiValue> valuesOf(Subject reader, Collection<Long> projectIds) {
        return ofProjects(reader, projectIds, "kpi_value", "t.on_date, t.id", (rs, n) -> kpiValue(rs));
    }

    /** The rows of one of the projects' tables (a constant name) that the reader may see, for all these projects. */
    private <T> List<T> ofProjects(
            Subject reader, Collection<Long> projectIds, String table, String order, RowMapper<T> row) {
        return sql.sql(
                        "select t.* from projects.%s t where t.project_id = any(cast(:projects as bigint[])) and %s order by %s"
                                .formatted(table, AccessPolicy.readableBy("t"), order))
                .param("projects", projectIds.toArray(Long[]::new))
                .params(AccessPolicy.readerParams(reader))
                .query(row)
                .list();
    }

    /** The milestones of projects between all these nations that the reader may see, for the timeline. */
    @Transactional(readOnly = true)
    List<ProjectMilestone> milestonesBetween(Subject reader, List<String> nations) {
        return sql.sql("""
                        select t.*, p.title as project_title from projects.milestone t
                          join projects.project p on p.id = t.project_id
                         where array[p.host_nation, p.partner_nation] @> cast(:nations as char(3)[])
                           and %s and %s
                         order by t.planned_date, t.id""".formatted(AccessPolicy.readableBy("t"), AccessPolicy.readableBy("p")))
                .param("nations", nations.toArray(String[]::new))
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) ->
                        new ProjectMilestone(milestone(rs), LocalizedText.fromJson(rs.getString("project_title"))))
                .list();
    }

    /** A milestone with its project's title, as the timeline shows it. */
    record ProjectMilestone(Milestone milestone, LocalizedText projectTitle) {}

    private static ProjectSummary project(ResultSet rs) throws SQLException {
        Object agreement = rs.getObject("agreement_id");
        return new ProjectSummary(
                rs.getLong("id"),
                LocalizedText.fromJson(rs.getString("title")),
                LocalizedText.fromJson(rs.getString("description")),
                rs.getString("host_nation"),
                rs.getString("partner_nation"),
                Arrays.asList((Long[]) rs.getArray("companies").getArray()),
                LocalizedText.fromJson(rs.getString("site")),
                agreement == null ? null : ((Number) agreement).longValue(),
                rs.getString("domain"),
                Limits.read(rs.getObject("start_date", LocalDate.class)),
                Limits.read(rs.getObject("planned_end", LocalDate.class)),
                ProjectStatus.valueOf(rs.getString("status")),
                responsibles(rs.getString("responsible")),
                rs.getBoolean("illustrative"),
                Labels.read(rs));
    }

    /** The stored {"MAR": {"ar": …, "en": …}} as nation → text, in the nations' order. */
    static Map<String, LocalizedText> responsibles(String json) {
        var read = new java.util.TreeMap<String, LocalizedText>();
        JSON.readValue(json, RESPONSIBLES).forEach((nation, texts) -> {
            LocalizedText text = org.entente.shared.OptionalTexts.typed(texts);
            if (text != null) {
                read.put(nation, text);
            }
        });
        return read;
    }

    private static Milestone milestone(ResultSet rs) throws SQLException {
        return new Milestone(
                rs.getLong("id"),
                rs.getLong("project_id"),
                LocalizedText.fromJson(rs.getString("title")),
                Limits.read(rs.getObject("planned_date", LocalDate.class)),
                Limits.read(rs.getObject("actual_date", LocalDate.class)),
                MilestoneStatus.valueOf(rs.getString("status")),
                org.entente.shared.OptionalTexts.read(rs.getString("note")),
                rs.getBoolean("illustrative"),
                Labels.read(rs));
    }

    private static KpiValue kpiValue(ResultSet rs) throws SQLException {
        return new KpiValue(
                rs.getLong("id"),
                rs.getLong("project_id"),
                Kpi.valueOf(rs.getString("kpi")),
                Limits.read(rs.getObject("on_date", LocalDate.class)),
                rs.getBigDecimal("target"),
                rs.getBigDecimal("actual"),
                org.entente.shared.OptionalTexts.read(rs.getString("note")),
                rs.getBoolean("illustrative"),
                Labels.read(rs));
    }
}
