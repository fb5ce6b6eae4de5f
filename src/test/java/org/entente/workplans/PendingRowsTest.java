package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The plan table's rows of pending amendments, without a database. */
class PendingRowsTest {

    private static final Label JOINT = new Label(Classification.RESTRICTED, "MAR", Set.of("ISR"));

    private static AmendmentSummary amendment(
            int number, Long activity, AmendmentStatus status, ActivityDraft changes) {
        return new AmendmentSummary(
                number,
                1,
                number,
                activity,
                activity == null ? null : "A-" + activity,
                "MAR",
                "planner.mar",
                Instant.EPOCH,
                changes,
                status,
                null,
                null,
                null,
                null,
                0,
                JOINT,
                null,
                null);
    }

    private static ActivityDraft draft(String domain, String lead, Integer quarter, LocalDate start) {
        return new ActivityDraft(
                LocalizedText.of("ar", "نشاط"),
                null,
                ActivityType.TRAINING_COURSE,
                domain,
                List.of(),
                lead,
                "MAR",
                null,
                quarter,
                start,
                start,
                Map.of(),
                "MAR");
    }

    @Test
    void aProposedNewActivityJoinsTheGroupOfItsQuarterAndAChangeMarksItsRow() {
        var november = amendment(
                3,
                null,
                AmendmentStatus.PROPOSED,
                draft("TRAINING_EDUCATION", "MAR", null, LocalDate.of(2026, 11, 16)));
        var change = amendment(4, 42L, AmendmentStatus.PROPOSED, draft("TRAINING_EDUCATION", "MAR", 2, null));
        var rejected = amendment(2, null, AmendmentStatus.REJECTED, draft("TRAINING_EDUCATION", "MAR", 1, null));

        var rows = PendingRows.of(List.of(november, change, rejected), WorkPlans.Filter.NONE, "quarter");

        assertThat(rows.in("4")).containsExactly(november);
        assertThat(rows.in("1")).isEmpty();
        assertThat(rows.changeTo(42)).isEqualTo(4);
        assertThat(rows.changeTo(43)).isNull();
        // A group of proposals only still shows; the activities' groups keep their order.
        assertThat(rows.groups(Map.of("2", List.of()))).containsExactly("2", "4");
    }

    @Test
    void theTablesFilterAndGroupingApplyToProposals() {
        var uas = amendment(1, null, AmendmentStatus.PROPOSED, draft("UNMANNED_AERIAL_SYSTEMS", "ISR", 3, null));
        List<AmendmentSummary> one = List.of(uas);

        assertThat(PendingRows.of(one, new WorkPlans.Filter(3, null, null, null, null), "quarter")
                        .in("3"))
                .containsExactly(uas);
        assertThat(PendingRows.of(one, new WorkPlans.Filter(2, null, null, null, null), "quarter")
                        .in("3"))
                .isEmpty();
        assertThat(PendingRows.of(one, new WorkPlans.Filter(null, "TRAINING_EDUCATION", null, null, null), "quarter")
                        .in("3"))
                .isEmpty();
        assertThat(PendingRows.of(one, new WorkPlans.Filter(null, null, "MAR", null, null), "quarter")
                        .in("3"))
                .isEmpty();
        assertThat(PendingRows.of(one, new WorkPlans.Filter(null, null, null, ActivityStatus.EXECUTED, null), "quarter")
                        .in("3"))
                .isEmpty();
        // Awaiting Israel: Morocco's proposal is; awaiting Morocco: it is not.
        assertThat(PendingRows.of(one, new WorkPlans.Filter(null, null, null, null, "ISR"), "quarter")
                        .in("3"))
                .containsExactly(uas);
        assertThat(PendingRows.of(one, new WorkPlans.Filter(null, null, null, null, "MAR"), "quarter")
                        .in("3"))
                .isEmpty();

        assertThat(PendingRows.of(one, WorkPlans.Filter.NONE, "domain").in("UNMANNED_AERIAL_SYSTEMS"))
                .containsExactly(uas);
        assertThat(PendingRows.of(one, WorkPlans.Filter.NONE, "nation").in("ISR"))
                .containsExactly(uas);
        assertThat(PendingRows.of(one, WorkPlans.Filter.NONE, "status")
                        .in(PendingRows.statusKey(ActivityStatus.PLANNED)))
                .containsExactly(uas);
    }
}
