package org.entente.workplans;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.entente.agreements.Agreements;
import org.entente.committees.ReviewPart;
import org.entente.committees.SessionReviewSection;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.entente.shared.Translator;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The previous plan in a session's review (rule 4): every activity the period planned, with what
 * became of it — executed, postponed, cancelled, still scheduled or on hold — as the reader may
 * see it.
 */
@Component
class PlanReview implements SessionReviewSection {

    private final WorkPlans plans;
    private final Translator translator;
    private final Agreements agreements;

    PlanReview(WorkPlans plans, Translator translator, Agreements agreements) {
        this.plans = plans;
        this.translator = translator;
        this.agreements = agreements;
    }

    @Override
    public Optional<ReviewPart> partFor(Subject reader, long committeeId, LocalDate from, LocalDate to) {
        WorkPlans.Execution execution = plans.executionOf(reader, committeeId, from, to.minusDays(1));
        if (execution.planned().isEmpty()) {
            return Optional.empty();
        }
        Locale locale = LocaleContextHolder.getLocale();
        var plansById = new HashMap<Long, PlanSummary>();
        var suspensions = new HashMap<Long, Suspensions>();
        List<List<String>> rows = execution.planned().stream()
                .map(activity -> {
                    PlanSummary plan = plansById.computeIfAbsent(
                            activity.planId(), id -> plans.find(reader, id).orElse(null));
                    Suspensions held = plan == null || plan.agreementId() == null
                            ? Suspensions.NONE
                            : suspensions.computeIfAbsent(
                                    plan.agreementId(), id -> Suspensions.of(agreements.historyOf(reader, id)));
                    return row(locale, activity, plan == null ? null : plan.year(), held);
                })
                .toList();
        Label label = Label.highWaterMark(
                reader.nation(),
                execution.planned().stream().map(ActivitySummary::label).toList());
        return Optional.of(new ReviewPart(
                "review.plan.heading",
                List.of("review.plan.code", "review.plan.activity", "review.plan.outcome", "review.plan.reason"),
                rows,
                label));
    }

    /**
     * One activity's line: what became of it and why. An activity a suspension held up says so with
     * the suspension's days, rather than "scheduled" as if nothing had happened.
     */
    private List<String> row(Locale locale, ActivitySummary activity, Integer year, Suspensions held) {
        String outcome = translator.t(
                locale, "workplans.activity.status." + activity.status().name());
        String reason = activity.reason() == null ? "" : activity.reason().in(locale);
        Suspensions.Period period = year == null
                ? null
                : held.heldUp(activity.plannedFrom(year), activity.dueOn(year), activity.actualStart());
        if (period != null) {
            var days = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
            if (period.running()) {
                outcome = translator.t(locale, "review.plan.onHoldSince", days.format(period.from()));
            } else if (activity.status().open()) {
                outcome = translator.t(
                        locale, "review.plan.heldUp", days.format(period.from()), days.format(period.until()));
            } else {
                String during = translator.t(
                        locale, "review.plan.heldDuring", days.format(period.from()), days.format(period.until()));
                reason = reason.isEmpty() ? during : reason + " · " + during;
            }
        }
        return List.of(activity.code(), activity.title().in(locale), outcome, reason);
    }
}
