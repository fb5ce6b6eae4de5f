package org.entente.workplans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.springframework.stereotype.Service;

/**
 * Work plans, the module's one door: two-party approval (a change withdraws the other party's
 * approval), signing a frozen baseline, numbered amendments after it, execution, and the hold that
 * follows a suspension. The rules live in plain objects ({@link Plan}, {@link Approvals}, {@link
 * Amendment}, {@link ActivityLifecycle}); the services behind this door load, ask them, store and
 * audit: {@link PlanRecords} (plans, objectives, signing), {@link ActivityProposals} (negotiation),
 * {@link PlanAmendments}, {@link ActivityExecution}, {@link SuspensionCascade}, and {@link
 * PlanReads} for every read. Every read filters with the access policy's rule, every change is
 * checked by it and audited in its transaction; a refused change changes nothing.
 */
@Service
public class WorkPlans {

    /** Costs borne by both parties. */
    public static final String SHARED_COSTS = "SHARED";

    /** Filters of the plan table; null means any. */
    public record Filter(Integer quarter, String domain, String nation, ActivityStatus status, String awaiting) {
        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    /** One page of a list, with the total of what the reader may see. */
    public record Page<T>(List<T> items, int page, int size, long total) {}

    /** What a committee did of its plan between two days: the next session's review. */
    public record Execution(
            List<ActivitySummary> planned,
            List<ActivitySummary> executed,
            List<ActivitySummary> postponed,
            List<ActivitySummary> cancelled) {}

    /** The sort orders of the plan table. */
    static final Map<String, String> SORTS = PlanReads.SORTS;

    private final PlanReads reads;
    private final PlanRecords records;
    private final ActivityProposals proposals;
    private final PlanAmendments amendments;
    private final ActivityExecution execution;
    private final SuspensionCascade cascade;

    WorkPlans(
            PlanReads reads,
            PlanRecords records,
            ActivityProposals proposals,
            PlanAmendments amendments,
            ActivityExecution execution,
            SuspensionCascade cascade) {
        this.reads = reads;
        this.records = records;
        this.proposals = proposals;
        this.amendments = amendments;
        this.execution = execution;
        this.cascade = cascade;
    }

    // ---------------------------------------------------------------- plans, objectives, signing

    /** Creates a plan for a committee's year; refused when that year already has a signed plan. */
    public long create(Subject subject, NewPlan plan) {
        return records.create(subject, plan);
    }

    public long addObjective(Subject subject, long planId, LocalizedText title) {
        return records.addObjective(subject, planId, title);
    }

    /** An indicator whose actual values are typed ({@code NONE}) or computed from the activities. */
    public long addIndicator(
            Subject subject,
            long objectiveId,
            LocalizedText name,
            LocalizedText unit,
            BigDecimal baseline,
            BigDecimal target,
            IndicatorComputation computation) {
        return records.addIndicator(subject, objectiveId, name, unit, baseline, target, computation);
    }

    /** Records an indicator's actual value for a quarter (1–4) of the plan's year. */
    public void recordActual(Subject subject, long indicatorId, int quarter, BigDecimal value) {
        records.recordActual(subject, indicatorId, quarter, value);
    }

    /** Signs a plan at a session once every activity is approved by every party; returns the baseline's SHA-256. */
    public String sign(
            Subject subject, long planId, Integer expectedVersion, int sessionNumber, List<PlanSignatory> signatories) {
        return records.sign(subject, planId, expectedVersion, sessionNumber, signatories);
    }

    // ---------------------------------------------------------------- negotiation

    /** Proposes an activity for a plan under negotiation (with the proposer's own approval). */
    public long propose(Subject subject, long planId, ActivityDraft draft) {
        return proposals.propose(subject, planId, draft);
    }

    /** For the demo scenario: an activity proposed with the given flag of invented content. */
    public long propose(Subject subject, long planId, ActivityDraft draft, boolean illustrative) {
        return proposals.propose(subject, planId, draft, illustrative);
    }

    /** Proposes many activities at once (an import); nothing is recorded when one is refused. */
    public Map<Integer, Map<String, String>> proposeAll(Subject subject, long planId, List<ActivityDraft> drafts) {
        return proposals.proposeAll(subject, planId, drafts);
    }

    /**
     * Proposes an activity ({@code activityId} null) or a change to one: on a signed plan, as a
     * numbered amendment, in answer to the rejected amendment {@code answers} (null: none). See
     * {@link ActivityProposals#submit}.
     */
    ActivityProposals.Submitted submit(
            Subject subject,
            long planId,
            Long activityId,
            Integer expectedVersion,
            ActivityDraft draft,
            Integer answers) {
        return proposals.submit(subject, planId, activityId, expectedVersion, draft, answers);
    }

    /** Changes an activity under negotiation, withdrawing the other parties' approvals. */
    public void change(Subject subject, long id, Integer expectedVersion, ActivityDraft draft) {
        proposals.change(subject, id, expectedVersion, draft);
    }

    /** Approves an activity for one party: a planner of the committee, for their own nation only. */
    public void approve(Subject subject, long id, String nation, Integer expectedVersion) {
        proposals.approve(subject, id, nation, expectedVersion);
    }

    /** Approves for the subject's nation every activity of the filtered set that still waits for it. */
    public int approveAll(Subject subject, long planId, Filter filter) {
        return proposals.approveAll(subject, planId, filter);
    }

    // ---------------------------------------------------------------- amendments

    /** Proposes a numbered amendment to a signed plan: a change to one activity, or a new one. */
    public int proposeAmendment(Subject subject, long planId, Long activityId, ActivityDraft draft) {
        return amendments.propose(subject, planId, activityId, draft);
    }

    /** Approves another party's amendment, which then applies to the plan. */
    public void approveAmendment(Subject subject, long planId, int number) {
        amendments.approve(subject, planId, number, null);
    }

    /** Approves another party's amendment the caller saw at {@code expectedVersion}. */
    public void approveAmendment(Subject subject, long planId, int number, Integer expectedVersion) {
        amendments.approve(subject, planId, number, expectedVersion);
    }

    /** Rejects another party's amendment with a reason. */
    public void rejectAmendment(
            Subject subject,
            long planId,
            int number,
            Integer expectedVersion,
            org.entente.shared.LocalizedText reason) {
        amendments.reject(subject, planId, number, expectedVersion, reason);
    }

    /** Withdraws one's own amendment before it is decided. */
    public void withdrawAmendment(Subject subject, long planId, int number, Integer expectedVersion) {
        amendments.withdraw(subject, planId, number, expectedVersion);
    }

    // ---------------------------------------------------------------- execution

    /** Records that an activity was held, between its actual dates. */
    public void execute(Subject subject, long id, Integer expectedVersion, LocalDate actualStart, LocalDate actualEnd) {
        execution.execute(subject, id, expectedVersion, actualStart, actualEnd);
    }

    /** Postpones an activity to a new period (a quarter or dates), with the reason; answers the new period. */
    public ActivityExecution.NewPeriod postpone(
            Subject subject,
            long id,
            Integer expectedVersion,
            Integer quarter,
            LocalDate start,
            LocalDate end,
            org.entente.shared.LocalizedText reason) {
        return execution.postpone(subject, id, expectedVersion, quarter, start, end, reason);
    }

    /** Cancels an activity, with the reason. */
    public void cancel(Subject subject, long id, Integer expectedVersion, org.entente.shared.LocalizedText reason) {
        execution.cancel(subject, id, expectedVersion, reason);
    }

    /** Puts an open activity on hold by hand, with the reason. */
    public void hold(Subject subject, long id, Integer expectedVersion, org.entente.shared.LocalizedText reason) {
        execution.hold(subject, id, expectedVersion, reason);
    }

    /** Takes an activity held by hand off hold, with the reason. */
    public void resume(Subject subject, long id, Integer expectedVersion, org.entente.shared.LocalizedText reason) {
        execution.resume(subject, id, expectedVersion, reason);
    }

    /** Whether the suspension of its agreement, not a person, put the activity on hold. */
    public boolean heldBySuspension(long id) {
        return execution.heldBySuspension(id);
    }

    /** Writes the after-action report of an executed activity. */
    public void report(Subject subject, long id, Integer expectedVersion, ActivitySummary.Report report) {
        execution.report(subject, id, expectedVersion, report);
    }

    /** Puts on hold every not-yet-executed activity under a suspended agreement (the caller's transaction). */
    public List<Long> holdUnder(
            long agreementId, List<String> parties, LocalDate date, org.entente.shared.LocalizedText reason) {
        return cascade.holdUnder(agreementId, parties, date, reason);
    }

    /** Restores the activities put on hold under a resumed agreement (the caller's transaction). */
    public List<Long> restoreUnder(long agreementId, List<String> parties, LocalDate date) {
        return cascade.restoreUnder(agreementId, parties, date);
    }

    // ---------------------------------------------------------------- reads

    /** One plan, if it exists and the reader may see it. */
    public Optional<PlanSummary> find(Subject reader, long id) {
        return reads.find(reader, id);
    }

    /** The plans the reader may see, latest year first. */
    public Page<PlanSummary> plans(Subject reader, Long committeeId, int page, int size) {
        return reads.plans(reader, committeeId, page, size);
    }

    /** A plan's objectives with their indicators, those the reader may see. */
    public List<ObjectiveSummary> objectivesOf(Subject reader, long planId) {
        List<ObjectiveSummary> objectives = reads.objectivesOf(reader, planId);
        if (objectives.stream().flatMap(o -> o.indicators().stream()).noneMatch(ObjectiveSummary.Indicator::computed)) {
            return objectives;
        }
        // Computed indicators: their actual values from what the database counts over the
        // activities as the reader sees them today (one aggregate, not the activities).
        int year = reads.find(reader, planId).map(PlanSummary::year).orElse(0);
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
        IndicatorComputation.Tallies tallies = reads.indicatorTallies(reader, planId, today);
        return objectives.stream()
                .map(o -> o.withIndicators(o.indicators().stream()
                        .map(i ->
                                i.computed() ? i.withActuals(i.computation().actuals(o.id(), tallies, year, today)) : i)
                        .toList()))
                .toList();
    }

    /** One activity, if it exists and the reader may see it. */
    public Optional<ActivitySummary> activity(Subject reader, long id) {
        return reads.activity(reader, id);
    }

    /** A plan's activities the reader may see, filtered and sorted. */
    public List<ActivitySummary> activitiesOf(Subject reader, long planId, Filter filter, String sort) {
        return reads.activitiesOf(reader, planId, filter, sort);
    }

    /** An activity's history, oldest first. */
    public List<ActivityHistory> historyOf(Subject reader, long activityId) {
        return reads.historyOf(reader, activityId);
    }

    /** The signed baseline, exactly as hashed; empty before signing. */
    public Optional<String> baselineOf(Subject reader, long planId) {
        return reads.baselineOf(reader, planId);
    }

    /** The plan as it is now, in the baseline's canonical form. */
    public String currentOf(Subject reader, long planId) {
        return reads.currentOf(reader, planId);
    }

    /** Every difference between the signed baseline and the plan as it is now. */
    public List<PlanDifference> differences(Subject reader, long planId) {
        return reads.differences(reader, planId);
    }

    /** A plan's amendments the reader may see, by number. */
    public List<AmendmentSummary> amendmentsOf(Subject reader, long planId) {
        return reads.amendmentsOf(reader, planId);
    }

    /** One amendment of a plan, if the reader may see it. */
    public Optional<AmendmentSummary> amendment(Subject reader, long planId, int number) {
        return reads.amendment(reader, planId, number);
    }

    /** How many of the plan's amendments wait for the reader's party to decide. */
    public int amendmentsAwaiting(Subject reader, long planId) {
        return reads.amendmentsAwaiting(reader, planId);
    }

    /** The activities the reader may see with days touching the period. For calendars. */
    public List<ActivitySummary> datedBetween(Subject reader, LocalDate from, LocalDate to) {
        return reads.datedBetween(reader, from, to);
    }

    /** What a committee's plans held between two days, as the reader may see it. */
    public Execution executionOf(Subject reader, long committeeId, LocalDate from, LocalDate to) {
        return reads.executionOf(reader, committeeId, from, to);
    }
}
