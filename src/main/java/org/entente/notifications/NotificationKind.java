package org.entente.notifications;

/**
 * What a notification says happened; each has its message key {@code notifications.kind.<NAME>}.
 * A new kind is a constant here, its four translations and a listener line in {@link
 * NotificationProducer}.
 */
public enum NotificationKind {
    PROPOSAL_AWAITING,
    PROPOSAL_APPROVED,
    AMENDMENT_AWAITING,
    AMENDMENT_APPROVED,
    AMENDMENT_REJECTED,
    SESSION_SOON,
    ACTION_DUE,
    PLAN_SIGNED,
    PLAN_CLOSED,
    AGREEMENT_SUSPENDED,
    AGREEMENT_RESUMED,
    MENTIONED,
    COMMENT_ON_WATCHED;

    public String messageKey() {
        return "notifications.kind." + name();
    }
}
