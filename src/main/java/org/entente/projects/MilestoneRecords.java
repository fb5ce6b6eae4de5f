package org.entente.projects;

import java.util.Optional;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.LabelledRecords;
import org.entente.shared.RecordType;
import org.entente.shared.Subject;
import org.springframework.stereotype.Component;

/**
 * Milestones as other modules point at them: their evidence files are attached with the
 * milestone's label (its project's), by those who may change the project.
 */
@Component
class MilestoneRecords implements LabelledRecords {

    private final ProjectReader projects;
    private final AccessPolicy policy;

    MilestoneRecords(ProjectReader projects, AccessPolicy policy) {
        this.projects = projects;
        this.policy = policy;
    }

    @Override
    public RecordType recordType() {
        return RecordType.MILESTONE;
    }

    @Override
    public Optional<Label> labelFor(Subject reader, long id) {
        return projects.milestone(reader, id).map(Milestone::label);
    }

    @Override
    public boolean mayWrite(Subject subject, long id) {
        return projects.milestone(subject, id)
                .flatMap(m -> projects.find(subject, m.projectId()))
                .map(p -> policy.mayWriteNationRecord(subject, p.label()).allowed())
                .orElse(false);
    }

    @Override
    public String pagePath(long id) {
        return projects.projectOfMilestone(id).map(p -> "/projects/" + p).orElse("/projects");
    }
}
