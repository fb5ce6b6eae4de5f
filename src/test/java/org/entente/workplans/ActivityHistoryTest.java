package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** An execution's days are read back as dates, for the page to write them in the reader's language. */
class ActivityHistoryTest {

    private static ActivityHistory withDetail(String detail) {
        return new ActivityHistory(Instant.EPOCH, "EXECUTED", "MAR", "planner.mar", detail, null);
    }

    @Test
    void theDaysAnExecutionRecordedAreDates() {
        assertThat(withDetail("2025-10-12 – 2025-10-14").days())
                .containsExactly(LocalDate.of(2025, 10, 12), LocalDate.of(2025, 10, 14));
    }

    @Test
    void anotherDetailHoldsNoDays() {
        assertThat(withDetail("3").days()).isNull();
        assertThat(withDetail(null).days()).isNull();
        assertThat(withDetail("2025-10-12").days()).isNull();
    }
}
