package org.entente.projects;

import java.time.LocalDate;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/** A project's milestone as recorded; {@link #status(LocalDate)} tells whether it is late. */
public record Milestone(
        long id,
        long projectId,
        LocalizedText title,
        LocalDate plannedDate,
        LocalDate actualDate,
        MilestoneStatus recorded,
        LocalizedText note,
        boolean illustrative,
        Label label) {

    public MilestoneStatus status(LocalDate today) {
        return MilestoneStatus.effective(recorded, plannedDate, today);
    }

    /** The day it happened, or was planned for: where it stands on a timeline. */
    public LocalDate date() {
        return actualDate != null ? actualDate : plannedDate;
    }
}
