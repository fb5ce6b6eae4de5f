package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.workplans.Refusals.refused;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two-party approval of one activity: approving, and a change withdrawing the other's approval. */
class ApprovalsTest {

    static final List<String> PARTIES = List.of("ISR", "MAR");

    @Test
    void aPlannersProposalCarriesTheirOwnApprovalOnly() {
        Approvals approvals = Approvals.proposed(PARTIES, "MAR", true);
        assertThat(approvals.given()).containsExactly("MAR");
        assertThat(approvals.awaiting()).containsExactly("ISR");
        assertThat(approvals.complete()).isFalse();
        assertThat(Approvals.proposed(PARTIES, "MAR", false).given()).isEmpty();
    }

    @Test
    void theActivityEntersThePlanWhenEachPartyApproved() {
        Approvals approvals = Approvals.proposed(PARTIES, "MAR", true);
        assertThat(approvals.approve("ISR")).isTrue();
        assertThat(approvals.complete()).isTrue();
        assertThat(approvals.awaiting()).isEmpty();
        assertThat(approvals.approve("ISR"))
                .as("approving twice changes nothing")
                .isFalse();
    }

    @Test
    void aChangeWithdrawsTheOtherPartysApprovalAndKeepsTheChangersOwn() {
        Approvals approvals = Approvals.of(PARTIES, List.of("ISR", "MAR"), List.of());
        assertThat(approvals.change("MAR", true)).containsExactly("ISR");
        assertThat(approvals.given()).containsExactly("MAR");
        assertThat(approvals.withdrawn()).containsExactly("ISR");
        assertThat(approvals.complete()).isFalse();
    }

    @Test
    void aChangeByOneWhoMayNotApproveLeavesNoApproval() {
        Approvals approvals = Approvals.of(PARTIES, List.of("ISR", "MAR"), List.of());
        assertThat(approvals.change("MAR", false)).containsExactly("ISR");
        assertThat(approvals.given()).isEmpty();
        assertThat(approvals.withdrawn()).containsExactly("ISR");
    }

    @Test
    void approvingAgainClearsTheWithdrawal() {
        Approvals approvals = Approvals.of(PARTIES, List.of("MAR"), List.of("ISR"));
        approvals.approve("ISR");
        assertThat(approvals.withdrawn()).isEmpty();
        assertThat(approvals.complete()).isTrue();
    }

    @Test
    void onlyAPartyApproves() {
        Approvals approvals = Approvals.proposed(PARTIES, "MAR", true);
        refused(() -> approvals.approve("FRA"), "nation", "workplans.approve.notParty");
        refused(() -> approvals.approve(null), "nation", "workplans.approve.notParty");
        assertThat(approvals.given()).containsExactly("MAR");
    }
}
