package org.entente.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.entente.shared.Refused;
import org.junit.jupiter.api.Test;

/** Every status transition of an agreement, allowed and refused. */
class AgreementTest {

    static final LocalDate SIGNING = LocalDate.of(2021, 11, 24);

    static LocalDate day(int n) {
        return SIGNING.plusDays(n);
    }

    static Agreement inForce() {
        Agreement agreement = Agreement.signed(SIGNING);
        agreement.enterIntoForce(day(10));
        return agreement;
    }

    static Agreement suspended() {
        Agreement agreement = inForce();
        agreement.suspend(day(20), en("War"));
        return agreement;
    }

    static void refused(Runnable change, String field, String key) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(Refused.class, refused -> {
            assertThat(refused.fields()).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo(field);
                assertThat(error.messageKey()).isEqualTo(key);
            });
            assertThat(refused.denial()).isFalse();
            assertThat(refused.status()).isEqualTo(422);
        });
    }

    // Allowed

    @Test
    void aNewAgreementIsSigned() {
        assertThat(Agreement.signed(SIGNING).status()).isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void aSignedAgreementEntersIntoForceOnTheDayOfSigningOrLater() {
        Agreement agreement = Agreement.signed(SIGNING);
        agreement.enterIntoForce(SIGNING);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(agreement.enteredIntoForce()).isEqualTo(SIGNING);
    }

    @Test
    void anAgreementInForceIsSuspendedWithAReasonAndResumedBackInForce() {
        Agreement agreement = suspended();
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SUSPENDED);
        agreement.resume(day(30));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void aSignedAgreementNotYetInForceIsSuspendedAndResumedBackToSigned() {
        Agreement agreement = Agreement.signed(SIGNING);
        agreement.suspend(day(1), en("Elections"));
        agreement.resume(day(2));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void anAmendmentKeepsTheStatusWhateverItIs() {
        Agreement signed = Agreement.signed(SIGNING);
        signed.amend(day(1));
        assertThat(signed.status()).isEqualTo(AgreementStatus.SIGNED);
        Agreement inForce = inForce();
        inForce.amend(day(11));
        assertThat(inForce.status()).isEqualTo(AgreementStatus.IN_FORCE);
        Agreement suspended = suspended();
        suspended.amend(day(21));
        assertThat(suspended.status()).isEqualTo(AgreementStatus.SUSPENDED);
    }

    @Test
    void aRenewalStartsANewTermAndKeepsItInForce() {
        Agreement agreement = inForce();
        assertThat(agreement.termStart()).isEqualTo(day(10));
        agreement.renew(day(400));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
        assertThat(agreement.termStart()).isEqualTo(day(400));
    }

    @Test
    void anAgreementInForceOrSuspendedExpires() {
        Agreement inForce = inForce();
        inForce.expire(day(500));
        assertThat(inForce.status()).isEqualTo(AgreementStatus.EXPIRED);
        Agreement suspended = suspended();
        suspended.expire(day(500));
        assertThat(suspended.status()).isEqualTo(AgreementStatus.EXPIRED);
    }

    @Test
    void anAgreementIsTerminatedFromAnyStateThatHasNotEnded() {
        for (Agreement agreement : List.of(Agreement.signed(SIGNING), inForce(), suspended())) {
            agreement.terminate(day(100), null);
            assertThat(agreement.status()).isEqualTo(AgreementStatus.TERMINATED);
        }
    }

    @Test
    void eventsOnTheSameDayAreAllowed() {
        Agreement agreement = inForce();
        agreement.suspend(day(10), en("Crisis"));
        agreement.resume(day(10));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void theRecordedHistoryReplaysToTheSameStatus() {
        Agreement agreement = Agreement.replay(List.of(
                new Agreement.Step(AgreementEventKind.SIGNED, SIGNING, null),
                new Agreement.Step(AgreementEventKind.ENTERED_INTO_FORCE, day(1), null),
                new Agreement.Step(AgreementEventKind.SUSPENDED, day(2), en("War")),
                new Agreement.Step(AgreementEventKind.RESUMED, day(3), null)));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
    }

    @Test
    void theGenericRecordDispatchesToTheSameRules() {
        Agreement agreement = inForce();
        agreement.record(AgreementEventKind.SUSPENDED, day(11), en("War"));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.SUSPENDED);
        refused(
                () -> agreement.record(AgreementEventKind.RENEWED, day(12), null),
                "kind",
                "agreement.refused.renewNotInForce");
    }
    // Refused

    @Test
    void anAgreementBeginsWithItsSigning() {
        refused(
                () -> Agreement.replay(
                        List.of(new Agreement.Step(AgreementEventKind.ENTERED_INTO_FORCE, SIGNING, null))),
                "kind",
                "agreement.refused.notSigned");
    }

    @Test
    void anAgreementIsSignedOnlyOnce() {
        refused(
                () -> Agreement.signed(SIGNING).record(AgreementEventKind.SIGNED, day(1), null),
                "kind",
                "agreement.refused.alreadySigned");
    }

    @Test
    void everyEventNeedsADate() {
        refused(() -> Agreement.signed(SIGNING).enterIntoForce(null), "date", "agreement.refused.dateRequired");
    }

    @Test
    void entryIntoForceBeforeSigningIsRefused() {
        refused(
                () -> Agreement.signed(SIGNING).enterIntoForce(day(-1)),
                "date",
                "agreement.refused.forceBeforeSigning");
    }

    @Test
    void anEventDatedBeforeThePreviousOneIsRefused() {
        refused(() -> inForce().suspend(day(5), en("War")), "date", "agreement.refused.beforePrevious");
        refused(() -> suspended().resume(day(19)), "date", "agreement.refused.beforePrevious");
    }

    @Test
    void anAgreementEntersIntoForceOnlyOnce() {
        refused(() -> inForce().enterIntoForce(day(11)), "kind", "agreement.refused.alreadyInForce");
    }

    @Test
    void aSuspendedAgreementDoesNotEnterIntoForce() {
        Agreement agreement = Agreement.signed(SIGNING);
        agreement.suspend(day(1), en("Elections"));
        refused(() -> agreement.enterIntoForce(day(2)), "kind", "agreement.refused.notSignedState");
    }

    @Test
    void aSuspensionNeedsAReason() {
        refused(() -> inForce().suspend(day(11), null), "reason", "agreement.refused.reasonRequired");
        refused(() -> inForce().suspend(day(11), en("  ")), "reason", "agreement.refused.reasonRequired");
    }

    @Test
    void aSuspendedAgreementIsNotSuspendedAgain() {
        refused(() -> suspended().suspend(day(21), en("Again")), "kind", "agreement.refused.alreadySuspended");
    }

    @Test
    void resumingAnAgreementThatIsNotSuspendedIsRefused() {
        refused(() -> inForce().resume(day(11)), "kind", "agreement.refused.notSuspended");
        refused(() -> Agreement.signed(SIGNING).resume(day(1)), "kind", "agreement.refused.notSuspended");
    }

    @Test
    void onlyAnAgreementInForceIsRenewed() {
        refused(() -> Agreement.signed(SIGNING).renew(day(1)), "kind", "agreement.refused.renewNotInForce");
        refused(() -> suspended().renew(day(21)), "kind", "agreement.refused.renewNotInForce");
    }

    @Test
    void anAgreementNeverInForceDoesNotExpire() {
        refused(() -> Agreement.signed(SIGNING).expire(day(1)), "kind", "agreement.refused.expireNotInForce");
    }

    @Test
    void nothingFollowsTermination() {
        for (AgreementEventKind kind : AgreementEventKind.values()) {
            Agreement agreement = inForce();
            agreement.terminate(day(50), en("Denounced"));
            refused(() -> agreement.record(kind, day(60), en("x")), "kind", "agreement.refused.ended");
        }
    }

    @Test
    void nothingFollowsExpiry() {
        for (AgreementEventKind kind : AgreementEventKind.values()) {
            Agreement agreement = inForce();
            agreement.expire(day(50));
            refused(() -> agreement.record(kind, day(60), en("x")), "kind", "agreement.refused.ended");
        }
    }

    @Test
    void aRefusedEventLeavesTheAgreementAsItWas() {
        Agreement agreement = suspended();
        refused(() -> agreement.suspend(day(21), en("Again")), "kind", "agreement.refused.alreadySuspended");
        agreement.resume(day(22));
        assertThat(agreement.status()).isEqualTo(AgreementStatus.IN_FORCE);
    }

    // Limits (docs/limits.md)

    @Test
    void aNewEventIsDatedFrom1945To2100() {
        refused(() -> Agreement.signed(LocalDate.of(1944, 12, 31)), "date", "limits.historyDates");
        refused(() -> Agreement.signed(LocalDate.MIN), "date", "limits.historyDates");
        refused(() -> inForce().renew(LocalDate.of(2101, 1, 1)), "date", "limits.historyDates");
        assertThat(Agreement.signed(LocalDate.of(1945, 1, 1)).status()).isEqualTo(AgreementStatus.SIGNED);
    }

    @Test
    void aReasonInAnyLanguageCarryingABidiOverrideIsRefusedAndAJoinerIsKept() {
        refused(
                () -> inForce().suspend(day(20), org.entente.shared.LocalizedText.of("en", "War", "he", "מלחמה\u202E")),
                "reason",
                "text.refused.bidiControls");
        assertThat(inForce()
                        .suspend(day(20), org.entente.shared.LocalizedText.of("ar", "مي\u200Cخواهم"))
                        .reason()
                        .in(java.util.Locale.forLanguageTag("ar")))
                .isEqualTo("مي\u200Cخواهم");
    }

    @Test
    void aReasonHasAtMost2000Characters() {
        refused(() -> inForce().suspend(day(20), en("r".repeat(2001))), "reason", "limits.shortText");
        assertThat(inForce().suspend(day(20), en("r".repeat(2000))).reason().in(java.util.Locale.ENGLISH))
                .hasSize(2000);
    }

    @Test
    void recordedHistoryIsReplayedAsItStandsEvenOutsideTheLimits() {
        Agreement old =
                Agreement.replay(List.of(new Agreement.Step(AgreementEventKind.SIGNED, LocalDate.of(1, 1, 1), null)));
        assertThat(old.status()).isEqualTo(AgreementStatus.SIGNED);
    }

    private static org.entente.shared.LocalizedText en(String text) {
        return org.entente.shared.LocalizedText.of("en", text);
    }
}
