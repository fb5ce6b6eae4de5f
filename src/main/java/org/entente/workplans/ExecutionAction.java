package org.entente.workplans;

/**
 * What a person may record about an activity's execution, each behind its own form: offered only
 * when the rules allow it ({@link ActivitySummary#executionActions}). Holding an activity and resuming
 * it by hand, each with a reason, are among them; the suspension and resumption of its agreement
 * hold and resume its activities without them.
 */
public enum ExecutionAction {
    EXECUTE,
    POSTPONE,
    CANCEL,
    HOLD,
    RESUME
}
