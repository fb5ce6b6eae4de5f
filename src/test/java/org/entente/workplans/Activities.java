package org.entente.workplans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/** Activities for the plain rules' tests: only what execution looks at varies. */
final class Activities {

    private Activities() {}

    static ActivitySummary of(
            long id,
            ActivityStatus status,
            Integer quarter,
            LocalDate start,
            LocalDate end,
            LocalDate actualStart,
            LocalDate actualEnd) {
        return new ActivitySummary(
                id,
                1,
                "JMC-2023-%03d".formatted(id),
                LocalizedText.of("en", "Activity " + id),
                LocalizedText.of(),
                ActivityType.STAFF_TALKS,
                "TRAINING_EDUCATION",
                List.of(),
                "ISR",
                "MAR",
                LocalizedText.of(),
                quarter,
                start,
                end,
                actualStart,
                actualEnd,
                Map.of(),
                "SHARED",
                status,
                null,
                false,
                null,
                List.of("ISR", "MAR"),
                List.of(),
                "MAR",
                null,
                null,
                false,
                0,
                Label.unclassified("MAR"));
    }

    /** A training course serving an objective, led by ISR, with its participants. */
    static ActivitySummary course(
            long id, ActivityStatus status, long objective, Map<String, Integer> participants, LocalDate actualEnd) {
        ActivitySummary a = of(id, status, null, null, null, actualEnd, actualEnd);
        return new ActivitySummary(
                a.id(),
                a.planId(),
                a.code(),
                a.title(),
                a.description(),
                ActivityType.TRAINING_COURSE,
                a.domain(),
                List.of(objective),
                a.leadNation(),
                a.hostNation(),
                a.city(),
                1,
                null,
                null,
                actualEnd,
                actualEnd,
                participants,
                a.costBearer(),
                status,
                null,
                false,
                null,
                a.approvals(),
                a.withdrawn(),
                a.proposedBy(),
                null,
                null,
                false,
                0,
                a.label());
    }

    static ActivitySummary inQuarter(long id, ActivityStatus status, int quarter) {
        return of(id, status, quarter, null, null, null, null);
    }
}
