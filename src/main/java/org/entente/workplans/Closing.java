package org.entente.workplans;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.shared.LocalizedText;

/**
 * The closing of a plan at its year's end, decided by both parties: one party proposes the
 * decisions (per activity still to be executed, checked by {@link YearEnd}), the other approves or
 * rejects them with a reason, or the proposer withdraws them — the two-party rule of an {@link
 * Amendment}, in the closing's words. A proposal is made on the activities as the proposer saw them:
 * once one of them changed, or another activity awaits a decision, it is stale and cannot be
 * approved (it can still be rejected or withdrawn). One proposal awaits a decision at a time. No
 * Spring, no database: {@code ClosingTest}.
 */
final class Closing {

    static final String KIND = "closing";

    private final Amendment rule;
    private final List<ClosingSummary.Item> proposed;

    private Closing(Amendment rule, List<ClosingSummary.Item> proposed) {
        this.rule = rule;
        this.proposed = List.copyOf(proposed);
    }

    /** The closing as stored. */
    static Closing of(String proposedBy, AmendmentStatus status, List<ClosingSummary.Item> proposed) {
        return new Closing(Amendment.of(KIND, proposedBy, status), proposed);
    }

    /**
     * A party proposes its decisions on the open activities as it sees them ({@code open}: their
     * versions, by id), unless another proposal still awaits a decision.
     */
    static Closing propose(
            String nation, boolean anotherPending, List<YearEnd.Decision> decisions, Map<Long, ActivitySummary> open) {
        if (anotherPending) {
            throw WorkPlanRefusedException.of("plan", "workplans.closing.pending");
        }
        List<ClosingSummary.Item> proposed = decisions.stream()
                .map(d -> {
                    ActivitySummary activity = open.get(d.activityId());
                    return new ClosingSummary.Item(
                            d.activityId(),
                            activity.code(),
                            activity.title(),
                            activity.version(),
                            d.choice().name(),
                            d.reason());
                })
                .toList();
        return of(nation, AmendmentStatus.PROPOSED, proposed);
    }

    AmendmentStatus status() {
        return rule.status();
    }

    String proposedBy() {
        return rule.proposedBy();
    }

    List<ClosingSummary.Item> proposed() {
        return proposed;
    }

    /**
     * The other party approves, given the activities awaiting a decision as it sees them now (their
     * versions, by id): the decisions then apply and the plan is closed.
     */
    AmendmentStatus approve(String nation, Map<Long, Integer> openNow) {
        rule.refuseUndecidable(nation);
        if (stale(openNow)) {
            throw WorkPlanRefusedException.of(KIND, "workplans.closing.stale");
        }
        return rule.approve(nation);
    }

    /** The other party rejects, saying why; the plan stays open. */
    AmendmentStatus reject(String nation, LocalizedText reason) {
        return rule.reject(nation, reason);
    }

    /** The proposing party takes it back before the other decides. */
    AmendmentStatus withdraw(String nation) {
        return rule.withdraw(nation);
    }

    /** Whether the activities changed since the proposal: one decided on changed, or one was added. */
    boolean stale(Map<Long, Integer> openNow) {
        var decidedOn = new LinkedHashMap<Long, Integer>();
        proposed.forEach(p -> decidedOn.put(p.activityId(), p.version()));
        return !decidedOn.equals(openNow);
    }

    /** The decisions to apply. */
    List<YearEnd.Decision> decisions() {
        return proposed.stream()
                .map(p -> new YearEnd.Decision(p.activityId(), YearEnd.Choice.valueOf(p.choice()), p.reason()))
                .toList();
    }
}
