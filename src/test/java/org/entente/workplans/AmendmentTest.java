package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.workplans.Refusals.refused;

import org.junit.jupiter.api.Test;

/** Every transition of an amendment, allowed and refused. */
class AmendmentTest {

    @Test
    void theOtherPartyApproves() {
        Amendment amendment = Amendment.proposed("MAR");
        assertThat(amendment.approve("ISR")).isEqualTo(AmendmentStatus.APPROVED);
        assertThat(amendment.proposedBy()).as("approval keeps the proposer").isEqualTo("MAR");
    }

    @Test
    void theOtherPartyRejectsWithAReason() {
        assertThat(Amendment.proposed("MAR").reject("ISR", en("Dates clash with the exercise")))
                .isEqualTo(AmendmentStatus.REJECTED);
    }

    @Test
    void theProposerWithdraws() {
        assertThat(Amendment.proposed("MAR").withdraw("MAR")).isEqualTo(AmendmentStatus.WITHDRAWN);
    }

    @Test
    void theProposerNeitherApprovesNorRejectsTheirOwn() {
        Amendment amendment = Amendment.proposed("MAR");
        refused(() -> amendment.approve("MAR"), "amendment", "workplans.amendment.ownProposal");
        refused(() -> amendment.reject("MAR", en("changed my mind")), "amendment", "workplans.amendment.ownProposal");
        assertThat(amendment.status()).isEqualTo(AmendmentStatus.PROPOSED);
    }

    @Test
    void onlyTheProposerWithdraws() {
        Amendment amendment = Amendment.proposed("MAR");
        refused(() -> amendment.withdraw("ISR"), "amendment", "workplans.amendment.notProposer");
        assertThat(amendment.status()).isEqualTo(AmendmentStatus.PROPOSED);
    }

    @Test
    void aRejectionNeedsAReasonThatFits() {
        Amendment amendment = Amendment.proposed("MAR");
        refused(() -> amendment.reject("ISR", null), "reason", "workplans.amendment.reason.required");
        refused(() -> amendment.reject("ISR", en("   ")), "reason", "workplans.amendment.reason.required");
        // A no-break space and a right-to-left mark: nothing a reader could read.
        refused(() -> amendment.reject("ISR", en("\u00A0\u200F")), "reason", "workplans.amendment.reason.required");
        refused(
                () -> amendment.reject("ISR", en("x".repeat(org.entente.shared.Limits.SHORT_TEXT + 1))),
                "reason",
                org.entente.shared.Limits.messageKey(org.entente.shared.Limits.SHORT_TEXT));
        assertThat(amendment.status()).isEqualTo(AmendmentStatus.PROPOSED);
    }

    @Test
    void anApprovedAmendmentIsDecided() {
        decidedAs(AmendmentStatus.APPROVED, "workplans.amendment.alreadyApproved");
    }

    @Test
    void aRejectedAmendmentIsDecided() {
        decidedAs(AmendmentStatus.REJECTED, "workplans.amendment.alreadyRejected");
    }

    @Test
    void aWithdrawnAmendmentIsNeitherApprovedNorRejectedNorWithdrawnAgain() {
        decidedAs(AmendmentStatus.WITHDRAWN, "workplans.amendment.withdrawn");
    }

    private static void decidedAs(AmendmentStatus status, String key) {
        Amendment amendment = Amendment.of("MAR", status);
        refused(() -> amendment.approve("ISR"), "amendment", key);
        refused(() -> amendment.reject("ISR", en("too late")), "amendment", key);
        refused(() -> amendment.withdraw("MAR"), "amendment", key);
        assertThat(amendment.status()).isEqualTo(status);
    }

    @Test
    void theProposerOfARejectedAmendmentAnswersItOnceAboutTheSameThing() {
        Amendment rejected = Amendment.of("MAR", AmendmentStatus.REJECTED, null);
        Amendment answer = rejected.answer("MAR", 2, 7L, 7L);
        assertThat(answer.proposedBy()).isEqualTo("MAR");
        assertThat(answer.status()).isEqualTo(AmendmentStatus.PROPOSED);
        assertThat(rejected.answeredBy())
                .as("the rejected one knows its answer")
                .isEqualTo(2);
        assertThat(Amendment.of("MAR", AmendmentStatus.REJECTED, null)
                        .answer("MAR", 3, null, null)
                        .status())
                .as("a new activity answered by a new activity")
                .isEqualTo(AmendmentStatus.PROPOSED);
    }

    @Test
    void anAnswerIsRefusedToAnotherPartyBeforeTheRejectionTwiceOrAboutAnotherActivity() {
        refused(
                () -> Amendment.of("MAR", AmendmentStatus.REJECTED, null).answer("ISR", 2, null, null),
                "answers",
                "workplans.amendment.answers.notOwn");
        for (AmendmentStatus open :
                new AmendmentStatus[] {AmendmentStatus.PROPOSED, AmendmentStatus.APPROVED, AmendmentStatus.WITHDRAWN}) {
            refused(
                    () -> Amendment.of("MAR", open, null).answer("MAR", 2, null, null),
                    "answers",
                    "workplans.amendment.answers.notRejected");
        }
        Amendment answered = Amendment.of("MAR", AmendmentStatus.REJECTED, 2);
        refused(() -> answered.answer("MAR", 3, null, null), "answers", "workplans.amendment.answers.alreadyAnswered");
        assertThat(answered.answeredBy()).as("the first answer stays").isEqualTo(2);
        Amendment change = Amendment.of("MAR", AmendmentStatus.REJECTED, null);
        refused(() -> change.answer("MAR", 2, 7L, 8L), "answers", "workplans.amendment.answers.otherActivity");
        refused(() -> change.answer("MAR", 2, 7L, null), "answers", "workplans.amendment.answers.otherActivity");
        assertThat(change.answeredBy()).as("a refused answer changes nothing").isNull();
    }

    private static org.entente.shared.LocalizedText en(String text) {
        return org.entente.shared.LocalizedText.of("en", text);
    }
}
