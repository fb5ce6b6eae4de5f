package org.entente.workplans;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    PlanReview(WorkPlans plans, Translator translator) {
        this.plans = plans;
        this.translator = translator;
    }

    @Override
    public Optional<ReviewPart> partFor(Subject reader, long committeeId, LocalDate from, LocalDate to) {
        WorkPlans.Execution execution = plans.executionOf(reader, committeeId, from, to.minusDays(1));
        if (execution.planned().isEmpty()) {
            return Optional.empty();
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<List<String>> rows = execution.planned().stream()
                .map(activity -> List.of(
                        activity.code(),
                        activity.title().in(locale),
                        translator.t(
                                locale,
                                "workplans.activity.status." + activity.status().name()),
                        activity.reason() == null ? "" : activity.reason()))
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
}
