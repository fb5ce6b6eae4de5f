package org.entente.workplans;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Refused;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The end of a plan's year: closing it with a decision on every activity still to be executed
 * (rules in {@link YearEnd}), and drafting next year's plan from it — its objectives and the
 * activities carried over, proposed anew by the party that drafts it, for the other to approve.
 * The parties decide a closing together: one proposes it, the other approves it ({@link
 * ClosingProposals}).
 */
@Service
public class PlanClosings {

    private final WorkPlans plans;
    private final ActivityStore store;
    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;

    PlanClosings(WorkPlans plans, ActivityStore store, JdbcClient sql, AccessPolicy policy, AuditTrail audit) {
        this.store = store;
        this.plans = plans;
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
    }

    /** The activities of a plan the reader may read that still await a decision at the year's end. */
    @Transactional(readOnly = true)
    public List<ActivitySummary> undecided(Subject reader, long planId) {
        return plans.activitiesOf(reader, planId, WorkPlans.Filter.NONE, "code").stream()
                .filter(YearEnd::undecided)
                .toList();
    }

    /** What a closing decided: how many activities carried over to next year, how many cancelled. */
    public record Closed(long carried, long cancelled) {}

    /**
     * Applies an approved closing (see {@link ClosingProposals}): each decided activity carried over or
     * cancelled, then the plan CLOSED.
     *
     * @param open the activities the decisions are on, by id, as the approving party read them
     */
    Closed apply(Subject subject, PlanSummary plan, List<YearEnd.Decision> decisions, Map<Long, ActivitySummary> open) {
        long planId = plan.id();
        PlanStatus closed = Plan.at(plan.status()).close();
        for (YearEnd.Decision decision : decisions) {
            ActivitySummary activity = open.get(decision.activityId());
            boolean carried = decision.choice() == YearEnd.Choice.CARRY_OVER;
            sql.sql("""
                            update workplans.activity
                               set status = :status, reason = coalesce(cast(:reason as jsonb), reason), carry_over = :carried,
                                   status_before_hold = null, held_since = null, needs_replanning = false,
                                   version = version + 1
                             where id = :id""")
                    .param("status", carried ? "POSTPONED" : "CANCELLED")
                    .param("reason", OptionalTexts.write(decision.reason()))
                    .param("carried", carried)
                    .param("id", activity.id())
                    .update();
            store.recorded(subject, activity, carried ? "CARRIED_OVER" : "CANCELLED", null, decision.reason());
        }
        sql.sql("update workplans.plan set status = :status, version = version + 1 where id = :id")
                .param("status", closed.name())
                .param("id", planId)
                .update();
        audit.record(AuditEvent.success("workplans.plan.close", "workplan", Long.toString(planId), plan.label())
                .with("decisions", Integer.toString(decisions.size())));
        store.publish(new PlanEvents.PlanClosed(planId, subject.nation()));
        long carried = decisions.stream()
                .filter(d -> d.choice() == YearEnd.Choice.CARRY_OVER)
                .count();
        return new Closed(carried, decisions.size() - carried);
    }

    /**
     * Drafts next year's plan from a closed one: this plan's objectives and its carried-over
     * activities (period by quarter, days cleared), into the committee's plan for the next year —
     * created when there is none, refused when it is already signed.
     *
     * @return next year's plan
     */
    @Transactional
    public long draftNextYear(Subject subject, long planId) {
        PlanSummary plan = mayDecide(subject, planId);
        if (plan.status() != PlanStatus.CLOSED) {
            throw Refused.field("plan", "workplans.next.notClosed");
        }
        int year = plan.year() + 1;
        Optional<PlanSummary> existing = plans.plans(subject, plan.committeeId(), 0, 500).items().stream()
                .filter(p -> p.year() == year)
                .findFirst();
        if (existing.isPresent() && existing.get().status().signed()) {
            throw Refused.field("plan", "workplans.next.signed", Integer.toString(year));
        }
        long next = existing.map(PlanSummary::id)
                .orElseGet(() -> plans.create(
                        subject, new NewPlan(plan.committeeId(), year, nextTitle(plan), null, plan.illustrative())));
        var objectives = new HashMap<Long, Long>();
        for (ObjectiveSummary objective : plans.objectivesOf(subject, planId)) {
            long copy = plans.addObjective(subject, next, objective.title());
            objectives.put(objective.id(), copy);
            for (ObjectiveSummary.Indicator indicator : objective.indicators()) {
                plans.addIndicator(
                        subject,
                        copy,
                        indicator.name(),
                        indicator.unit(),
                        indicator.baseline(),
                        indicator.target(),
                        indicator.computation());
            }
        }
        List<ActivitySummary> carried = sql
                .sql("""
                        select a.id from workplans.activity a
                         where a.plan_id = :plan and a.carry_over and a.carried_to is null and %s
                         order by a.seq""".formatted(AccessPolicy.readableBy("a")))
                .param("plan", planId)
                .params(AccessPolicy.readerParams(subject))
                .query(Long.class)
                .list()
                .stream()
                .map(id -> plans.activity(subject, id).orElseThrow())
                .toList();
        for (ActivitySummary activity : carried) {
            ActivityDraft old = activity.draft();
            ActivityDraft draft = new ActivityDraft(
                    old.title(),
                    old.description(),
                    old.type(),
                    old.domain(),
                    old.objectiveIds().stream()
                            .map(objectives::get)
                            .filter(java.util.Objects::nonNull)
                            .toList(),
                    old.leadNation(),
                    old.hostNation(),
                    old.city(),
                    activity.quarter() == null ? 1 : activity.quarter(),
                    null,
                    null,
                    old.participants(),
                    old.costBearer());
            long copy = plans.propose(subject, next, draft);
            sql.sql("update workplans.activity set carried_from = :old where id = :copy")
                    .param("old", activity.id())
                    .param("copy", copy)
                    .update();
            sql.sql("update workplans.activity set carried_to = :copy, version = version + 1 where id = :old")
                    .param("old", activity.id())
                    .param("copy", copy)
                    .update();
            event(subject, activity, "CARRIED_TO", Integer.toString(year));
        }
        audit.record(AuditEvent.success("workplans.plan.next", "workplan", Long.toString(next), plan.label())
                .with("from", Long.toString(planId))
                .with("carried", Integer.toString(carried.size())));
        return next;
    }

    /** The plan, readable, and the subject a planner of one of its parties. */
    PlanSummary mayDecide(Subject subject, long planId) {
        PlanSummary plan = plans.find(subject, planId).orElseThrow(() -> new NotReadable("workplan", planId));
        policy.mayApproveFor(subject, subject.nation(), plan.label(), plan.committeeId())
                .orThrow();
        if (!plan.parties().contains(subject.nation())) {
            throw Refused.field("plan", "access.approveOwnNationOnly");
        }
        return plan;
    }

    /** This plan's title with its year made the next one ("… for 2026" → "… for 2027"). */
    static LocalizedText nextTitle(PlanSummary plan) {
        var titles = new java.util.LinkedHashMap<String, String>();
        String year = Integer.toString(plan.year());
        String next = Integer.toString(plan.year() + 1);
        plan.title()
                .values()
                .forEach((language, text) ->
                        titles.put(language, text.contains(year) ? text.replace(year, next) : text + " " + next));
        return new LocalizedText(titles);
    }

    private void event(Subject subject, ActivitySummary activity, String kind, String detail) {
        store.recorded(subject, activity, kind, detail, null);
    }
}
