package org.entente.workplans;

/**
 * What a person may record about an activity's execution, each behind its own form: offered only
 * when the rules allow it ({@link ActivitySummary#executionActions}). Putting an activity on hold and
 * back is not among them: the suspension and resumption of its agreement do that.
 */
public enum ExecutionAction {
    EXECUTE,
    POSTPONE,
    CANCEL
}
