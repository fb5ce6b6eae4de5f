package org.entente.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.access.AccessDeniedException;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures of a project's commitments: a target and an actual value on a day, each of the
 * commitment's kind. They carry their project's label; who may change the project records them.
 */
@Service
public class ProjectKpis {

    private final JdbcClient sql;
    private final AuditTrail audit;
    private final Projects projects;

    ProjectKpis(JdbcClient sql, AuditTrail audit, Projects projects) {
        this.sql = sql;
        this.audit = audit;
        this.projects = projects;
    }

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
        ProjectSummary project = projects.writable(subject, projectId, Projects.KPI_RECORD);
        var errors = new LinkedHashMap<String, String>();
        Kpi kpi = Projects.parse(Kpi.class, draft.kpi());
        if (kpi == null) {
            errors.put("kpi", "project.refused.kpi");
        }
        LocalDate date = Projects.date(draft.date(), "date", errors);
        if (date != null && date.isAfter(projects.today())) {
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
        audit.record(AuditEvent.success(Projects.KPI_RECORD, "project", Long.toString(projectId), project.label())
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
        } else if (kpi == Kpi.CAPABILITY && value.compareTo(BigDecimal.valueOf(projects.capabilityLevels())) > 0) {
            errors.put(field, "project.refused.level");
        } else if (value.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            errors.put(field, "project.refused.amountInvalid");
        }
        return value;
    }
}
