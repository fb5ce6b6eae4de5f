package org.entente.committees;

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

/** Overdue action items and frozen minutes, as plain rules. */
class ActionItemTest {

    private static final Label JOINT = new Label(Classification.RESTRICTED, "MAR", Set.of("ISR"));
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    private static ActionItem due(LocalDate day, ActionStatus status) {
        return new ActionItem(
                1,
                1,
                LocalizedText.of("en", "C"),
                3,
                1,
                LocalizedText.of("en", "A"),
                "MAR",
                null,
                day,
                status,
                false,
                JOINT,
                List.of());
    }

    @Test
    void anOpenOrOngoingItemPastItsDueDayIsOverdueButNotOnTheDayItself() {
        assertThat(due(TODAY.minusDays(1), ActionStatus.OPEN).overdueOn(TODAY)).isTrue();
        assertThat(due(TODAY.minusDays(1), ActionStatus.IN_PROGRESS).overdueOn(TODAY))
                .isTrue();
        assertThat(due(TODAY, ActionStatus.OPEN).overdueOn(TODAY)).isFalse();
        assertThat(due(TODAY.plusDays(1), ActionStatus.OPEN).overdueOn(TODAY)).isFalse();
    }

    @Test
    void aDoneOrDroppedItemIsNeverOverdue() {
        assertThat(due(TODAY.minusYears(1), ActionStatus.DONE).overdueOn(TODAY)).isFalse();
        assertThat(due(TODAY.minusYears(1), ActionStatus.DROPPED).overdueOn(TODAY))
                .isFalse();
    }

    @Test
    void minutesAreFrozenOnlyOnceEveryPartyHasSigned() {
        var mar = new SessionParts.Signature("MAR", "planner.mar", Instant.EPOCH, JOINT);
        var isr = new SessionParts.Signature("ISR", "planner.isr", Instant.EPOCH, JOINT);
        assertThat(session(List.of()).frozen()).isFalse();
        assertThat(session(List.of(mar)).frozen()).isFalse();
        assertThat(session(List.of(mar, isr)).frozen()).isTrue();
    }

    private static SessionDetail session(List<SessionParts.Signature> signatures) {
        var summary = new SessionSummary(
                1,
                LocalizedText.of("en", "C"),
                3,
                TODAY,
                TODAY,
                "ISR",
                LocalizedText.of("en", "Tel Aviv"),
                SessionStatus.HELD,
                false,
                JOINT,
                9);
        return new SessionDetail(
                9,
                summary,
                LocalizedText.of(),
                List.of("ISR", "MAR"),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                signatures,
                List.of(),
                1);
    }
}
