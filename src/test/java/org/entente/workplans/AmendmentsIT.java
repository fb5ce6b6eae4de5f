package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.workplans.WorkPlansFixture.PLANNER_ISR;
import static org.entente.workplans.WorkPlansFixture.PLANNER_MAR;
import static org.entente.workplans.WorkPlansFixture.signatories;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.DemoApplicationTest;
import org.entente.shared.LocalizedText;
import org.entente.shared.Refused;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Amendments on the real PostgreSQL: a proposal keeps its proposer, its label and every field
 * through approval; rejection needs a reason; nobody decides their own proposal, nor one decided
 * or withdrawn; a refused decision changes nothing.
 */
@DemoApplicationTest
class AmendmentsIT {

    @Autowired
    WorkPlans plans;

    @Autowired
    ApplicationContext context;

    WorkPlansFixture fx;

    @BeforeEach
    void fixture() {
        fx = WorkPlansFixture.of(context);
    }

    /** A signed plan with one objective, whose id the full draft uses. */
    record Signed(long plan, long objective) {}

    Signed signedPlanWithObjective() {
        var setting = fx.setting();
        long plan = fx.plan(setting, 2027);
        long objective = fx.as(
                PLANNER_MAR, () -> plans.addObjective(PLANNER_MAR, plan, LocalizedText.of("en", "Interoperability")));
        long activity = fx.propose(PLANNER_MAR, plan, "Signed activity", 2);
        fx.as(PLANNER_ISR, () -> plans.approve(PLANNER_ISR, activity, "ISR", null));
        fx.as(PLANNER_MAR, () -> plans.sign(PLANNER_MAR, plan, null, 1, signatories()));
        return new Signed(plan, objective);
    }

    /** Every field of an activity set, and each different from the fixture's defaults. */
    static ActivityDraft everyField(long objective) {
        return new ActivityDraft(
                new LocalizedText(Map.of(
                        "ar", "دورة تدريبية في الإسعافات الميدانية",
                        "en", "Field first-aid course",
                        "fr", "Cours de secourisme de terrain",
                        "he", "קורס עזרה ראשונה בשטח")),
                new LocalizedText(Map.of(
                        "ar", "تدريب مشترك للمسعفين",
                        "en", "Joint training of medics",
                        "fr", "Formation commune des secouristes",
                        "he", "הכשרה משותפת של חובשים")),
                ActivityType.TRAINING_COURSE,
                "TRAINING_EDUCATION",
                List.of(objective),
                "ISR",
                "MAR",
                new LocalizedText(Map.of("ar", "بنسليمان", "fr", "Benslimane")),
                3,
                LocalDate.of(2027, 8, 10),
                LocalDate.of(2027, 8, 14),
                Map.of("ISR", 5, "MAR", 12),
                "MAR");
    }

    @Test
    void anApprovedNewActivityStaysTheProposersWithEveryField() {
        Signed signed = signedPlanWithObjective();
        ActivityDraft draft = everyField(signed.objective());
        int number = fx.as(PLANNER_MAR, () -> plans.proposeAmendment(PLANNER_MAR, signed.plan(), null, draft));

        fx.as(PLANNER_ISR, () -> plans.approveAmendment(PLANNER_ISR, signed.plan(), number));

        ActivitySummary activity = fx
                .as(PLANNER_ISR, () -> plans.activitiesOf(PLANNER_ISR, signed.plan(), WorkPlans.Filter.NONE, "code"))
                .stream()
                .filter(a -> Integer.valueOf(number).equals(a.amendmentNumber()))
                .findFirst()
                .orElseThrow();
        assertThat(activity.proposedBy())
                .as("approval does not steal the proposal")
                .isEqualTo("MAR");
        assertThat(activity.label().owner()).as("the proposer keeps the label").isEqualTo("MAR");
        assertThat(activity.approvedByAll(List.of("ISR", "MAR"))).isTrue();
        ActivityDraft stored = activity.draft();
        assertThat(stored.title()).isEqualTo(draft.title());
        assertThat(stored.description()).isEqualTo(draft.description());
        assertThat(stored.city()).as("the city typed in the form").isEqualTo(draft.city());
        assertThat(stored.type()).isEqualTo(draft.type());
        assertThat(stored.domain()).isEqualTo(draft.domain());
        assertThat(stored.objectiveIds()).isEqualTo(draft.objectiveIds());
        assertThat(stored.leadNation()).isEqualTo("ISR");
        assertThat(stored.hostNation()).isEqualTo("MAR");
        assertThat(stored.plannedQuarter()).isEqualTo(3);
        assertThat(stored.plannedStart()).isEqualTo(draft.plannedStart());
        assertThat(stored.plannedEnd()).isEqualTo(draft.plannedEnd());
        assertThat(stored.participants()).isEqualTo(draft.participants());
        assertThat(stored.costBearer()).isEqualTo("MAR");

        AmendmentSummary amendment = amendment(PLANNER_MAR, signed.plan(), number);
        assertThat(amendment.status()).isEqualTo(AmendmentStatus.APPROVED);
        assertThat(amendment.decidedBy()).isEqualTo("ISR");
        assertThat(amendment.proposer()).isEqualTo("planner.mar");
        assertThat(fx.as(PLANNER_MAR, () -> plans.historyOf(PLANNER_MAR, activity.id())))
                .extracting(ActivityHistory::kind, ActivityHistory::nation, ActivityHistory::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("PROPOSED", "MAR", "planner.mar"),
                        org.assertj.core.groups.Tuple.tuple("AMENDED", "ISR", "planner.isr"));
    }

    @Test
    void anApprovedChangeKeepsTheActivitysProposerAndLabel() {
        Signed signed = signedPlanWithObjective();
        ActivitySummary before = first(signed.plan());
        ActivityDraft draft = everyField(signed.objective());
        int number = fx.as(PLANNER_ISR, () -> plans.proposeAmendment(PLANNER_ISR, signed.plan(), before.id(), draft));
        fx.as(PLANNER_MAR, () -> plans.approveAmendment(PLANNER_MAR, signed.plan(), number));

        ActivitySummary after = fx.activity(before.id());
        assertThat(after.proposedBy()).isEqualTo(before.proposedBy());
        assertThat(after.label()).isEqualTo(before.label());
        assertThat(after.city()).isEqualTo(draft.city());
        assertThat(after.amendmentNumber()).isEqualTo(number);
    }

    @Test
    void aRejectionNeedsAReasonAndGoesIntoTheActivitysHistory() {
        Signed signed = signedPlanWithObjective();
        ActivitySummary activity = first(signed.plan());
        int number = fx.as(
                PLANNER_MAR,
                () -> plans.proposeAmendment(
                        PLANNER_MAR, signed.plan(), activity.id(), everyField(signed.objective())));

        refused(
                PLANNER_ISR,
                () -> plans.rejectAmendment(PLANNER_ISR, signed.plan(), number, null, en("  ")),
                "reason",
                "workplans.amendment.reason.required");
        assertThat(amendment(PLANNER_ISR, signed.plan(), number).status()).isEqualTo(AmendmentStatus.PROPOSED);

        fx.as(
                PLANNER_ISR,
                () -> plans.rejectAmendment(PLANNER_ISR, signed.plan(), number, null, en("Clashes with the exercise")));

        AmendmentSummary rejected = amendment(PLANNER_MAR, signed.plan(), number);
        assertThat(rejected.status()).isEqualTo(AmendmentStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo(en("Clashes with the exercise"));
        assertThat(rejected.decidedBy()).isEqualTo("ISR");
        assertThat(fx.activity(activity.id()).draft())
                .as("the plan stays as it was")
                .isEqualTo(activity.draft());
        assertThat(fx.as(PLANNER_MAR, () -> plans.historyOf(PLANNER_MAR, activity.id())))
                .anySatisfy(h -> {
                    assertThat(h.kind()).isEqualTo("AMENDMENT_REJECTED");
                    assertThat(h.detail()).isEqualTo("1");
                    assertThat(h.reason()).isEqualTo(en("Clashes with the exercise"));
                });
    }

    @Test
    void nobodyDecidesTheirOwnProposalNorOneDecidedOrWithdrawn() {
        Signed signed = signedPlanWithObjective();
        long plan = signed.plan();
        ActivityDraft draft = everyField(signed.objective());
        int first = fx.as(PLANNER_MAR, () -> plans.proposeAmendment(PLANNER_MAR, plan, null, draft));
        int activitiesBefore = activities(plan);

        refused(
                PLANNER_MAR,
                () -> plans.approveAmendment(PLANNER_MAR, plan, first),
                "amendment",
                "workplans.amendment.ownProposal");
        refused(
                PLANNER_MAR,
                () -> plans.rejectAmendment(PLANNER_MAR, plan, first, null, en("No")),
                "amendment",
                "workplans.amendment.ownProposal");
        refused(
                PLANNER_ISR,
                () -> plans.withdrawAmendment(PLANNER_ISR, plan, first, null),
                "amendment",
                "workplans.amendment.notProposer");
        assertThat(amendment(PLANNER_MAR, plan, first).status()).isEqualTo(AmendmentStatus.PROPOSED);

        fx.as(PLANNER_MAR, () -> plans.withdrawAmendment(PLANNER_MAR, plan, first, null));
        refused(
                PLANNER_ISR,
                () -> plans.approveAmendment(PLANNER_ISR, plan, first),
                "amendment",
                "workplans.amendment.withdrawn");
        assertThat(amendment(PLANNER_ISR, plan, first).status()).isEqualTo(AmendmentStatus.WITHDRAWN);
        assertThat(activities(plan)).as("a withdrawn amendment adds nothing").isEqualTo(activitiesBefore);

        int second = fx.as(PLANNER_MAR, () -> plans.proposeAmendment(PLANNER_MAR, plan, null, draft));
        fx.as(PLANNER_ISR, () -> plans.approveAmendment(PLANNER_ISR, plan, second));
        refused(
                PLANNER_ISR,
                () -> plans.approveAmendment(PLANNER_ISR, plan, second),
                "amendment",
                "workplans.amendment.alreadyApproved");
        refused(
                PLANNER_ISR,
                () -> plans.rejectAmendment(PLANNER_ISR, plan, second, null, en("Too late")),
                "amendment",
                "workplans.amendment.alreadyApproved");
        assertThat(activities(plan)).as("approved once, added once").isEqualTo(activitiesBefore + 1);
    }

    @Test
    void aDecisionOnAVersionNoLongerCurrentIsRefused() {
        Signed signed = signedPlanWithObjective();
        int number = fx.as(
                PLANNER_MAR,
                () -> plans.proposeAmendment(PLANNER_MAR, signed.plan(), null, everyField(signed.objective())));
        int seen = amendment(PLANNER_ISR, signed.plan(), number).version();
        assertThatThrownBy(() ->
                        fx.as(PLANNER_ISR, () -> plans.approveAmendment(PLANNER_ISR, signed.plan(), number, seen + 1)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(amendment(PLANNER_ISR, signed.plan(), number).status()).isEqualTo(AmendmentStatus.PROPOSED);
        assertThat(fx.as(PLANNER_ISR, () -> plans.amendmentsAwaiting(PLANNER_ISR, signed.plan())))
                .isEqualTo(1);
        assertThat(fx.as(PLANNER_MAR, () -> plans.amendmentsAwaiting(PLANNER_MAR, signed.plan())))
                .as("one's own proposal does not await one's approval")
                .isZero();
    }

    private ActivitySummary first(long plan) {
        return fx.as(PLANNER_MAR, () -> plans.activitiesOf(PLANNER_MAR, plan, WorkPlans.Filter.NONE, "code"))
                .get(0);
    }

    private int activities(long plan) {
        return fx.as(PLANNER_ISR, () -> plans.activitiesOf(PLANNER_ISR, plan, WorkPlans.Filter.NONE, "code"))
                .size();
    }

    private AmendmentSummary amendment(SystemSubject who, long plan, int number) {
        return fx.as(who, () -> plans.amendment(who, plan, number).orElseThrow());
    }

    private void refused(SystemSubject who, Runnable decision, String field, String key) {
        assertThatThrownBy(() -> fx.as(who, decision))
                .isInstanceOfSatisfying(
                        Refused.class,
                        e -> assertThat(e.fields()).anySatisfy(f -> {
                            assertThat(f.field()).isEqualTo(field);
                            assertThat(f.messageKey()).isEqualTo(key);
                        }));
    }

    private static org.entente.shared.LocalizedText en(String text) {
        return org.entente.shared.LocalizedText.of("en", text);
    }
}
