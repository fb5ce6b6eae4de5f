package org.entente.workplans;

/**
 * The execution rules as SQL over an activity aliased {@code a} of a plan aliased {@code p}, so that
 * lists, counts and rates say "overdue" and "due" the same way (domain rule 4). An activity is due
 * on its planned end: its last planned day, else its first, else the last day of its planned
 * quarter ({@code workplans.due_on}, migration V70). It is overdue once that day has passed and it
 * is neither executed, cancelled nor on hold (a suspension explains the delay). Parameter {@code
 * :today}.
 */
final class ExecutionSql {

    /** The day an activity is due. */
    static final String DUE_ON = "workplans.due_on(a.planned_end, a.planned_start, a.planned_quarter, p.year)";

    /** Statuses of an activity still to be executed. */
    static final String OPEN = "a.status in ('PLANNED', 'POSTPONED')";

    private ExecutionSql() {}

    /** Past its planned end and not executed (nor cancelled, nor on hold). */
    static String overdue() {
        return OPEN + " and " + DUE_ON + " < :today";
    }

    /**
     * Counted in an execution rate's denominator: executed, or past due and still open. Cancelled
     * activities and those on hold are not due.
     */
    static String due() {
        return "(a.status = 'EXECUTED' or (" + overdue() + "))";
    }
}
