package org.entente.projects;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.access.AccessDeniedException;
import org.entente.attachments.AttachmentRefused;
import org.entente.attachments.Attachments;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.OptionalTexts;
import org.entente.shared.RecordType;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's milestones: adding one within the project's span, and recording where it stands
 * (achieved with its evidence, at risk, dropped, planned again). Milestones carry their project's
 * label; who may change the project records them. Loads, checks, stores, audits.
 */
@Service
public class ProjectMilestones {

    private final JdbcClient sql;
    private final AuditTrail audit;
    private final Attachments attachments;
    private final Projects projects;

    ProjectMilestones(JdbcClient sql, AuditTrail audit, Attachments attachments, Projects projects) {
        this.sql = sql;
        this.audit = audit;
        this.attachments = attachments;
        this.projects = projects;
    }

    /**
     * Adds a milestone, planned within the project's span.
     *
     * @throws NotReadable when the subject may not read the project
     * @throws AccessDeniedException when the subject may not change the project
     * @throws ProjectInvalidException naming each refused field
     */
    @Transactional
    public long addMilestone(Subject subject, long projectId, MilestoneDraft draft) {
        ProjectSummary project = projects.writable(subject, projectId, Projects.MILESTONE_ADD);
        if (!project.status().acceptsMilestones()) {
            throw new ProjectInvalidException(Map.of("status", "project.refused.closed"));
        }
        var errors = new LinkedHashMap<String, String>();
        LocalizedText title = Projects.text(draft.title());
        if (title.values().isEmpty()) {
            errors.put("title", "project.refused.title");
        }
        org.entente.shared.OptionalTexts.check("title", title, Limits.TITLE, errors);
        LocalizedText note = OptionalTexts.typed(draft.note());
        OptionalTexts.check("note", note, Limits.SHORT_TEXT, errors);
        LocalDate planned = Projects.date(draft.plannedDate(), "plannedDate", errors);
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
        audit.record(AuditEvent.success(Projects.MILESTONE_ADD, "milestone", Long.toString(id), project.label())
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
        ProjectSummary project = projects.writable(subject, projectId, Projects.MILESTONE_RECORD);
        Milestone milestone = projects.milestone(subject, milestoneId)
                .filter(m -> m.projectId() == projectId)
                .orElseThrow(() -> new NotReadable("milestone", milestoneId));
        var errors = new LinkedHashMap<String, String>();
        MilestoneStatus status = Projects.parse(MilestoneStatus.class, update.status());
        if (status == null || !status.recordable()) {
            errors.put("status", "project.refused.milestoneStatus");
        }
        LocalizedText typedNote = OptionalTexts.typed(update.note());
        OptionalTexts.check("note", typedNote, Limits.SHORT_TEXT, errors);
        LocalDate actual = null;
        if (status == MilestoneStatus.ACHIEVED) {
            actual = Projects.date(update.actualDate(), "actualDate", errors);
            if (actual != null && actual.isAfter(projects.today())) {
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
                        RecordType.MILESTONE,
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
        var event = AuditEvent.success(
                        Projects.MILESTONE_RECORD, "milestone", Long.toString(milestoneId), milestone.label())
                .with("project", Long.toString(projectId))
                .with("status", status.name())
                .with("before", milestone.recorded().name());
        if (actual != null) {
            event = event.with("actual", actual.toString());
        }
        audit.record(event);
    }
}
