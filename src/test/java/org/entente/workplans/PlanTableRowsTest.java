package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The plan table collapsed by group, without a database. */
class PlanTableRowsTest {

    private static List<ActivitySummary> activities(int count) {
        return LongStream.rangeClosed(1, count)
                .mapToObj(id -> Activities.inQuarter(id, ActivityStatus.PLANNED, 1))
                .toList();
    }

    private final PlanTableRows rows = new PlanTableRows(
            7,
            Map.of("1", activities(PlanTableRows.ROWS + 3), "2", activities(PlanTableRows.ROWS)),
            new WorkPlans.Filter(null, "AIR DEFENCE&CO", "MAR", ActivityStatus.PLANNED, null),
            "quarter",
            "code",
            null);

    @Test
    void aLongGroupShowsItsFirstRowsAndCountsTheRest() {
        assertThat(rows.shown("1"))
                .hasSize(PlanTableRows.ROWS)
                .first()
                .extracting(ActivitySummary::id)
                .isEqualTo(1L);
        assertThat(rows.hidden("1")).isEqualTo(3);
        assertThat(rows.shown("2")).hasSize(PlanTableRows.ROWS);
        assertThat(rows.hidden("2")).isZero();
        assertThat(rows.shown("3")).isEmpty();
    }

    @Test
    void anExpandedGroupShowsEveryRowAndTheOthersStayCollapsed() {
        var expanded = rows.expanding("1");
        assertThat(expanded.shown("1")).hasSize(PlanTableRows.ROWS + 3);
        assertThat(expanded.hidden("1")).isZero();
        assertThat(expanded.expanding("2").hidden("1")).isEqualTo(3);
    }

    @Test
    void theLinkKeepsTheFilterGroupingAndSort() {
        assertThat(rows.expandLink("1"))
                .isEqualTo(
                        "/workplans/7?domain=AIR+DEFENCE%26CO&nation=MAR&status=PLANNED&group=quarter&sort=code&all=1");
    }
}
