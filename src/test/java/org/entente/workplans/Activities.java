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

    static ActivitySummary inQuarter(long id, ActivityStatus status, int quarter) {
        return of(id, status, quarter, null, null, null, null);
    }
}
