package org.entente.workplans;

import java.time.LocalDate;
import org.entente.shared.Limits;

/**
 * A plan's status rules: DRAFT → NEGOTIATION → SIGNED → IN_EXECUTION → CLOSED. Built from the
 * stored status, it answers the next status only if the rules allow it, and otherwise refuses with a
 * message key naming the field; nothing is stored then. No Spring, no database: {@code PlanTest}.
 *
 * <ul>
 *   <li>a party's first proposal or approval opens the negotiation of a draft;
 *   <li>before signing, activities change directly; after it, only through amendments, and only
 *       while the plan is not closed;
 *   <li>a plan is signed once, with at least one activity and every activity approved by every party;
 *   <li>the first execution recorded puts a signed plan in execution; only a signed plan or one in
 *       execution is closed.
 * </ul>
 */
final class Plan {

    private PlanStatus status;

    private Plan(PlanStatus status) {
        this.status = status;
    }

    /** The plan as its stored status makes it. */
    static Plan at(PlanStatus status) {
        if (status == null) {
            throw new IllegalArgumentException("a plan has a status");
        }
        return new Plan(status);
    }

    PlanStatus status() {
        return status;
    }

    /**
     * The days an activity of a plan of {@code year} may be planned or postponed to: that year, the
     * year before or the year after (issue 15's bad input). Further away is another year's plan,
     * reached by carrying the activity over when this plan closes.
     */
    static Limits.DateRange activityDates(int year) {
        return new Limits.DateRange(
                LocalDate.of(year - 1, 1, 1),
                LocalDate.of(year + 1, 12, 31),
                "workplans.activity.dates.outsidePlanYears");
    }

    /** Refuses a direct change (propose, change, approve an activity) once the baseline is frozen. */
    void refuseIfSigned() {
        if (status.signed()) {
            throw WorkPlanRefusedException.of("plan", "workplans.activity.signedUseAmendment");
        }
    }

    /** A party proposed or approved an activity: a draft is under negotiation from then on. */
    PlanStatus negotiate() {
        refuseIfSigned();
        status = PlanStatus.NEGOTIATION;
        return status;
    }

    /**
     * Signs the plan, given how many activities it has and how many of them still lack a party's
     * approval.
     */
    PlanStatus sign(int activities, long unapproved) {
        if (status.signed()) {
            throw WorkPlanRefusedException.of("plan", "workplans.plan.alreadySigned");
        }
        if (activities == 0) {
            throw WorkPlanRefusedException.of("plan", "workplans.sign.empty");
        }
        if (unapproved > 0) {
            throw WorkPlanRefusedException.of("plan", "workplans.sign.unapproved");
        }
        status = PlanStatus.SIGNED;
        return status;
    }

    /** Refuses an amendment (proposing or deciding one) unless the plan is signed and not closed. */
    void refuseUnlessAmendable() {
        if (!amendable()) {
            throw WorkPlanRefusedException.of("plan", "workplans.amendment.notSigned");
        }
    }

    boolean amendable() {
        return status.signed() && status != PlanStatus.CLOSED;
    }

    /** Refuses recording execution unless the plan is signed and not closed. */
    void refuseUnlessExecutable() {
        if (!amendable()) {
            throw WorkPlanRefusedException.of("activity", "workplans.execution.notSigned");
        }
    }

    /** An activity was executed: a signed plan is in execution from then on. */
    PlanStatus execute() {
        refuseUnlessExecutable();
        status = PlanStatus.IN_EXECUTION;
        return status;
    }

    /** Closes the plan at the end of its period. */
    PlanStatus close() {
        if (!amendable()) {
            throw WorkPlanRefusedException.of("plan", "workplans.plan.close.notSigned");
        }
        status = PlanStatus.CLOSED;
        return status;
    }
}
