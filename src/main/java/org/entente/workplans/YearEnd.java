package org.entente.workplans;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Refused;

/**
 * Closing a plan at the end of its year (domain rule 4): the parties decide, for each activity
 * still to be executed, to carry it over to next year's plan or to cancel it with a reason; then
 * the plan is CLOSED. A signed plan (or one in execution) closes from 1 December of its year on,
 * once every open activity has its decision. Plain rules, no Spring, no database: {@code
 * YearEndTest}. Each refusal names the field ({@code decision-ID}, {@code reason-ID}, {@code plan});
 * nothing is decided then.
 */
final class YearEnd {

    /** What becomes of an activity still to be executed. */
    enum Choice {
        CARRY_OVER,
        CANCEL
    }

    /** A decision on one activity: carried over (the reason is optional) or cancelled (with one). */
    record Decision(long activityId, Choice choice, LocalizedText reason) {}

    /** The first day of its year's last month: when a plan may be closed. */
    static LocalDate closesFrom(int year) {
        return LocalDate.of(year, Month.DECEMBER, 1);
    }

    private YearEnd() {}

    /**
     * The decisions to apply, checked: one per open activity, each known, a cancellation with its
     * reason.
     *
     * @param status the plan's status
     * @param year the plan's year
     * @param open the plan's activities still to be executed (scheduled, postponed, on hold)
     * @param choices what was chosen, by activity id: {@code CARRY_OVER}, {@code CANCEL} or blank
     * @param reasons the reasons typed, by activity id
     * @throws Refused naming each field in error
     */
    static List<Decision> decide(
            PlanStatus status,
            int year,
            LocalDate today,
            List<ActivitySummary> open,
            Map<Long, String> choices,
            Map<Long, LocalizedText> reasons) {
        if (status == PlanStatus.CLOSED) {
            throw Refused.field("plan", "workplans.close.alreadyClosed");
        }
        if (status != PlanStatus.SIGNED && status != PlanStatus.IN_EXECUTION) {
            throw Refused.field("plan", "workplans.close.notSigned");
        }
        if (today.isBefore(closesFrom(year))) {
            throw Refused.field(
                    "plan", "workplans.close.tooEarly", closesFrom(year).toString());
        }
        var errors = new ArrayList<Refused.FieldError>();
        var decisions = new ArrayList<Decision>();
        for (ActivitySummary activity : open) {
            String typed = choices.get(activity.id());
            LocalizedText typedReason = reasons.get(activity.id());
            LocalizedText reason = typedReason == null ? null : OptionalTexts.typed(typedReason.values());
            Choice choice = typed == null || typed.isBlank() ? null : Limits.known(Choice.class, typed.strip());
            if (choice == null) {
                errors.add(new Refused.FieldError(
                        "decision-" + activity.id(), "workplans.close.decisionRequired", activity.code()));
                continue;
            }
            if (choice == Choice.CANCEL && reason == null) {
                errors.add(new Refused.FieldError(
                        "reason-" + activity.id(), "workplans.close.reasonRequired", activity.code()));
                continue;
            }
            var refused = new java.util.HashMap<String, String>();
            OptionalTexts.check("reason", reason, Limits.SHORT_TEXT, refused);
            if (!refused.isEmpty()) {
                errors.add(new Refused.FieldError("reason-" + activity.id(), refused.get("reason")));
                continue;
            }
            decisions.add(new Decision(activity.id(), choice, reason));
        }
        if (!errors.isEmpty()) {
            throw new Refused(errors);
        }
        return decisions;
    }

    /** Whether an activity still awaits a decision at the year's end. */
    static boolean undecided(ActivitySummary activity) {
        return activity.status().open() || activity.status() == ActivityStatus.ON_HOLD;
    }
}
