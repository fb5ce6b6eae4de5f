package org.entente.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.entente.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** A session's own details as plain rules: what planning and changing them refuse, and what a change changes. */
class SessionDetailsTest {

    private static final List<String> PARTIES = List.of("ISR", "MAR");
    private static final LocalDate START = LocalDate.of(2026, 12, 7);

    private static SessionDetails details(LocalDate start, LocalDate end, String host, SessionStatus status) {
        return new SessionDetails(
                start, end, host, LocalizedText.of("ar", "الرباط", "en", "Rabat"), LocalizedText.of(), status);
    }

    private static final SessionDetails PLANNED = details(START, START.plusDays(2), "MAR", SessionStatus.PLANNED);

    private static CommitteeRefusedException refusal(Runnable change) {
        try {
            change.run();
        } catch (CommitteeRefusedException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void aPlannedSessionMovesToOtherDaysAndAnotherCityAndSaysWhatChanged() {
        var moved = new SessionDetails(
                START.plusDays(7),
                START.plusDays(8),
                "MAR",
                LocalizedText.of("ar", "طنجة"),
                LocalizedText.of("fr", "Palais des congrès"),
                SessionStatus.POSTPONED);

        assertThat(moved.replacing(PLANNED, 1, 1, PARTIES, false))
                .containsExactly("startDate", "endDate", "city", "venue", "status");
        assertThat(PLANNED.replacing(PLANNED, 1, 1, PARTIES, false)).isEmpty();
    }

    @Test
    void theEndBeforeTheStartAHostOutsideTheCommitteeAndNoCityAreRefusedByField() {
        var wrong = new SessionDetails(
                START,
                START.minusDays(1),
                "FRA",
                LocalizedText.of("en", "  "),
                LocalizedText.of(),
                SessionStatus.PLANNED);

        assertThat(refusal(() -> wrong.replacing(PLANNED, 1, 1, PARTIES, false)).errors())
                .containsEntry("endDate", "session.refused.endBeforeStart")
                .containsEntry("hostNation", "session.refused.hostNotParty")
                .containsEntry("city", "session.refused.cityMissing")
                .hasSize(3);
    }

    @Test
    void missingDaysAndDaysOutsideThePlanDatesAreRefused() {
        assertThat(refusal(() -> details(null, null, "MAR", SessionStatus.PLANNED)
                                .replacing(PLANNED, 1, 1, PARTIES, false))
                        .errors())
                .containsEntry("startDate", "session.refused.startMissing")
                .containsEntry("endDate", "session.refused.endMissing");
        assertThat(details(LocalDate.of(1900, 1, 1), START, "MAR", SessionStatus.PLANNED)
                        .errors(PARTIES))
                .containsOnlyKeys("startDate");
    }

    @Test
    void aCityOrVenueLongerThanANameIsRefused() {
        var long_ = new SessionDetails(
                START,
                START,
                "ISR",
                LocalizedText.of("en", "x".repeat(201)),
                LocalizedText.of(),
                SessionStatus.PLANNED);
        assertThat(long_.errors(PARTIES)).containsOnlyKeys("city");
    }

    @Test
    void aHeldSessionWhoseMinutesEveryPartySignedKeepsItsDetails() {
        var held = details(START, START.plusDays(2), "MAR", SessionStatus.HELD);
        var corrected = details(START, START.plusDays(1), "MAR", SessionStatus.HELD);

        assertThatThrownBy(() -> corrected.replacing(held, 1, 1, PARTIES, true))
                .isInstanceOfSatisfying(
                        CommitteeRefusedException.class,
                        refused -> assertThat(refused.errors())
                                .containsExactlyEntriesOf(java.util.Map.of("session", "session.refused.signed")));
        // Held but not signed by all yet, or signed but not held: still correctable.
        assertThat(corrected.replacing(held, 1, 1, PARTIES, false)).containsExactly("endDate");
        assertThat(corrected.replacing(PLANNED, 1, 1, PARTIES, true)).containsExactly("endDate", "status");
    }

    @Test
    void aFormReadAtAnOlderVersionIsRefusedAsAWholeBeforeItsFieldsAndAFormAtTheCurrentOneIsTaken() {
        var moved = details(START.plusDays(7), START.plusDays(8), "MAR", SessionStatus.PLANNED);

        // Someone else saved the details after this form was read at version 3: they are at 4 now.
        assertThatThrownBy(() -> moved.replacing(PLANNED, 4, 3, PARTIES, false))
                .isInstanceOf(SessionChangedMeanwhile.class)
                .hasMessageContaining("session.stale")
                .satisfies(refused ->
                        assertThat(((SessionChangedMeanwhile) refused).status()).isEqualTo(409));
        // Stale and wrong: the staleness is what the writer must know first (their fields were typed
        // against details no longer there).
        var wrong = details(START, START.minusDays(1), "FRA", SessionStatus.PLANNED);
        assertThatThrownBy(() -> wrong.replacing(PLANNED, 4, 3, PARTIES, false))
                .isInstanceOf(SessionChangedMeanwhile.class);
        // A newer version than the record has is no less stale.
        assertThatThrownBy(() -> moved.replacing(PLANNED, 4, 5, PARTIES, false))
                .isInstanceOf(SessionChangedMeanwhile.class);
        // At the current version: the change is taken.
        assertThat(moved.replacing(PLANNED, 4, 4, PARTIES, false)).containsExactly("startDate", "endDate");
        // A caller that does not say which version it read is not checked.
        assertThat(moved.replacing(PLANNED, 4, null, PARTIES, false)).containsExactly("startDate", "endDate");
    }

    @Test
    void aSignedRecordIsRefusedAsSignedEvenFromAStaleForm() {
        var held = details(START, START.plusDays(2), "MAR", SessionStatus.HELD);
        var corrected = details(START, START.plusDays(1), "MAR", SessionStatus.HELD);

        assertThat(refusal(() -> corrected.replacing(held, 2, 1, PARTIES, true)).errors())
                .containsExactlyEntriesOf(java.util.Map.of("session", "session.refused.signed"));
    }
}
