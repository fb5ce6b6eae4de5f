package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.workplans.Refusals.refused;

import java.util.List;
import java.util.Map;
import org.entente.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** Every transition of a year-end closing proposal, allowed and refused. */
class ClosingTest {

    static final ActivitySummary PLANNED = Activities.of(4, ActivityStatus.PLANNED, 3, null, null, null, null);
    static final ActivitySummary HELD = Activities.of(5, ActivityStatus.ON_HOLD, 4, null, null, null, null);
    static final Map<Long, ActivitySummary> OPEN = Map.of(4L, PLANNED, 5L, HELD);
    static final List<YearEnd.Decision> DECISIONS = List.of(
            new YearEnd.Decision(4, YearEnd.Choice.CARRY_OVER, null),
            new YearEnd.Decision(5, YearEnd.Choice.CANCEL, en("Overtaken by events")));
    /** The open activities as the other party sees them, unchanged. */
    static final Map<Long, Integer> UNCHANGED = Map.of(4L, 0, 5L, 0);

    @Test
    void oneProposesTheOtherApprovesAndTheDecisionsApplyAsProposed() {
        Closing closing = Closing.propose("MAR", false, DECISIONS, OPEN);
        assertThat(closing.status()).isEqualTo(AmendmentStatus.PROPOSED);
        assertThat(closing.proposed())
                .extracting(ClosingSummary.Item::code)
                .containsExactly("JMC-2023-004", "JMC-2023-005");

        assertThat(closing.approve("ISR", UNCHANGED)).isEqualTo(AmendmentStatus.APPROVED);
        assertThat(closing.decisions()).isEqualTo(DECISIONS);
        assertThat(closing.proposedBy()).isEqualTo("MAR");
    }

    @Test
    void theOtherPartyRejectsWithAReasonAndTheProposerWithdraws() {
        assertThat(Closing.propose("MAR", false, DECISIONS, OPEN).reject("ISR", en("Keep 005 open")))
                .isEqualTo(AmendmentStatus.REJECTED);
        assertThat(Closing.propose("MAR", false, DECISIONS, OPEN).withdraw("MAR"))
                .isEqualTo(AmendmentStatus.WITHDRAWN);
    }

    @Test
    void oneProposalAwaitsADecisionAtATime() {
        refused(() -> Closing.propose("ISR", true, DECISIONS, OPEN), "plan", "workplans.closing.pending");
    }

    @Test
    void theProposerDoesNotDecideItsOwnClosing() {
        Closing closing = Closing.propose("MAR", false, DECISIONS, OPEN);
        refused(() -> closing.approve("MAR", UNCHANGED), "closing", "workplans.closing.ownProposal");
        refused(() -> closing.reject("MAR", en("no")), "closing", "workplans.closing.ownProposal");
        refused(() -> closing.withdraw("ISR"), "closing", "workplans.closing.notProposer");
        assertThat(closing.status()).isEqualTo(AmendmentStatus.PROPOSED);
    }

    @Test
    void aClosingIsDecidedOnce() {
        Closing approved = Closing.of("MAR", AmendmentStatus.APPROVED, List.of());
        refused(() -> approved.approve("ISR", Map.of()), "closing", "workplans.closing.alreadyApproved");
        Closing rejected = Closing.of("MAR", AmendmentStatus.REJECTED, List.of());
        refused(() -> rejected.reject("ISR", en("again")), "closing", "workplans.closing.alreadyRejected");
        Closing withdrawn = Closing.of("MAR", AmendmentStatus.WITHDRAWN, List.of());
        refused(() -> withdrawn.approve("ISR", Map.of()), "closing", "workplans.closing.withdrawn");
    }

    @Test
    void aRejectionNeedsAReason() {
        Closing closing = Closing.propose("MAR", false, DECISIONS, OPEN);
        refused(() -> closing.reject("ISR", en("   ")), "reason", "workplans.amendment.reason.required");
        refused(() -> closing.reject("ISR", null), "reason", "workplans.amendment.reason.required");
        assertThat(closing.status()).isEqualTo(AmendmentStatus.PROPOSED);
    }

    @Test
    void aChangeToTheActivitiesSinceTheProposalMakesItStale() {
        Closing closing = Closing.propose("MAR", false, DECISIONS, OPEN);
        refused(() -> closing.approve("ISR", Map.of(4L, 1, 5L, 0)), "closing", "workplans.closing.stale");
        refused(() -> closing.approve("ISR", Map.of(4L, 0, 5L, 0, 6L, 0)), "closing", "workplans.closing.stale");
        refused(() -> closing.approve("ISR", Map.of(4L, 0)), "closing", "workplans.closing.stale");
        assertThat(closing.status()).isEqualTo(AmendmentStatus.PROPOSED);
        assertThat(closing.reject("ISR", en("The activities changed"))).isEqualTo(AmendmentStatus.REJECTED);
    }

    private static LocalizedText en(String text) {
        return LocalizedText.of("en", text);
    }
}
