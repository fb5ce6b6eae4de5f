package org.entente.workplans;

/**
 * The execution rules as SQL over an activity aliased {@code a} of a plan aliased {@code p}, so that
 * lists, counts and rates say "overdue" and "due" the same way (domain rule 4). An activity is due
 * on its planned end: its last planned day, else its first, else the last day of its planned
 * quarter ({@code workplans.due_on}, migration V70). It is overdue once that day has passed, it is
 * neither executed, cancelled nor on hold (a suspension explains the delay), and its plan is being
 * executed ({@link PlanStatus#beingExecuted()}: signed, not yet closed): a plan under negotiation has
 * planned activities, none of them overdue. Parameter {@code :today}.
 */
final class ExecutionSql {

    /** The plan is being executed ({@link PlanStatus#beingExecuted()}), the one spelling of it in SQL. */
    static final String BEING_EXECUTED = "p.status in (" + statuses(PlanStatus::beingExecuted) + ")";

    /** The plan was signed: being executed or closed ({@link PlanStatus#signed()}). */
    static final String SIGNED = "p.status in (" + statuses(PlanStatus::signed) + ")";

    /** The day an activity is due. */
    static final String DUE_ON = "workplans.due_on(a.planned_end, a.planned_start, a.planned_quarter, p.year)";

    /** Statuses of an activity still to be executed. */
    static final String OPEN = "a.status in ('PLANNED', 'POSTPONED')";

    private ExecutionSql() {}

    /** Still open and past its planned end, whatever its plan's status. */
    static String late() {
        return OPEN + " and " + DUE_ON + " < :today";
    }

    /** Past its planned end and not executed (nor cancelled, nor on hold), in a plan being executed. */
    static String overdue() {
        return BEING_EXECUTED + " and " + late();
    }

    /**
     * Counted in an execution rate's denominator: executed, or past due and still open in a signed
     * plan — being executed, or closed, which keeps its final rate (what it carried over or left
     * open counts as not executed). Cancelled activities, those on hold, and the planned activities
     * of a plan not yet signed are not due.
     */
    static String due() {
        return "(a.status = 'EXECUTED' or (" + SIGNED + " and " + late() + "))";
    }

    private static String statuses(java.util.function.Predicate<PlanStatus> which) {
        return java.util.Arrays.stream(PlanStatus.values())
                .filter(which)
                .map(s -> "'" + s.name() + "'")
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
