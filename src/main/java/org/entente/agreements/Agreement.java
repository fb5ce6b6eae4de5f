package org.entente.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Refused;

/**
 * An agreement's status rules: its status is derived from its dated events, and each new event is
 * checked against the ones before it. Built from the recorded history, it answers the next event
 * only if the rules allow it, and otherwise refuses with a message key; nothing is recorded then.
 *
 * <ul>
 *   <li>signing comes first, and only once;
 *   <li>no event is dated before the previous one;
 *   <li>entry into force follows the signing, once;
 *   <li>only an agreement signed or in force is suspended, with a reason, and only a suspended one
 *       resumed (it goes back to where it stood);
 *   <li>an amendment needs an agreement not ended; a renewal one in force;
 *   <li>nothing follows expiry or termination.
 * </ul>
 */
final class Agreement {

    /** An event as the rules see it: what and when. */
    record Step(AgreementEventKind kind, LocalDate date, LocalizedText reason) {}

    private final List<Step> history = new ArrayList<>();
    private AgreementStatus status;
    private AgreementStatus beforeSuspension;
    private LocalDate enteredIntoForce;
    private LocalDate lastRenewed;

    private Agreement() {}

    /** A newly signed agreement. */
    static Agreement signed(LocalDate date) {
        var agreement = new Agreement();
        agreement.apply(fresh(new Step(AgreementEventKind.SIGNED, date, null)));
        return agreement;
    }

    /** The agreement as its recorded events, oldest first, make it. */
    static Agreement replay(List<Step> events) {
        var agreement = new Agreement();
        events.forEach(agreement::apply);
        return agreement;
    }

    AgreementStatus status() {
        return status;
    }

    LocalDate enteredIntoForce() {
        return enteredIntoForce;
    }

    /** The day the current term started: the last renewal, or else the entry into force. */
    LocalDate termStart() {
        return lastRenewed != null ? lastRenewed : enteredIntoForce;
    }

    Step enterIntoForce(LocalDate date) {
        return apply(fresh(new Step(AgreementEventKind.ENTERED_INTO_FORCE, date, null)));
    }

    Step suspend(LocalDate date, LocalizedText reason) {
        return apply(fresh(new Step(AgreementEventKind.SUSPENDED, date, reason)));
    }

    Step resume(LocalDate date) {
        return apply(fresh(new Step(AgreementEventKind.RESUMED, date, null)));
    }

    Step amend(LocalDate date) {
        return apply(fresh(new Step(AgreementEventKind.AMENDED, date, null)));
    }

    Step renew(LocalDate date) {
        return apply(fresh(new Step(AgreementEventKind.RENEWED, date, null)));
    }

    Step expire(LocalDate date) {
        return apply(fresh(new Step(AgreementEventKind.EXPIRED, date, null)));
    }

    Step terminate(LocalDate date, LocalizedText reason) {
        return apply(fresh(new Step(AgreementEventKind.TERMINATED, date, reason)));
    }

    /** The event of this kind, as a form names it; see the intention-revealing methods above. */
    Step record(AgreementEventKind kind, LocalDate date, LocalizedText reason) {
        return switch (kind) {
            case SIGNED -> apply(fresh(new Step(kind, date, reason)));
            case ENTERED_INTO_FORCE -> enterIntoForce(date);
            case SUSPENDED -> suspend(date, reason);
            case RESUMED -> resume(date);
            case AMENDED -> amend(date);
            case RENEWED -> renew(date);
            case EXPIRED -> expire(date);
            case TERMINATED -> terminate(date, reason);
        };
    }

    /**
     * A new event's own limits, before the rules: its date within {@link Limits#HISTORY_DATES}, its
     * reason within {@link Limits#SHORT_TEXT} in each language and free of bidi overrides. Recorded
     * history is replayed as it stands.
     */
    private static Step fresh(Step step) {
        if (step.date() != null && !Limits.HISTORY_DATES.contains(step.date())) {
            throw Refused.field("date", Limits.HISTORY_DATES.messageKey());
        }
        OptionalTexts.require("reason", step.reason(), Limits.SHORT_TEXT);
        return step;
    }

    private Step apply(Step step) {
        if (step.date() == null) {
            throw Refused.field("date", "agreement.refused.dateRequired");
        }
        if (status == null) {
            if (step.kind() != AgreementEventKind.SIGNED) {
                throw Refused.field("kind", "agreement.refused.notSigned");
            }
            status = AgreementStatus.SIGNED;
            history.add(step);
            return step;
        }
        if (status.isFinal()) {
            throw Refused.field("kind", "agreement.refused.ended");
        }
        LocalDate previous = history.get(history.size() - 1).date();
        if (step.date().isBefore(previous)) {
            throw Refused.field(
                    "date",
                    step.kind() == AgreementEventKind.ENTERED_INTO_FORCE && status == AgreementStatus.SIGNED
                            ? "agreement.refused.forceBeforeSigning"
                            : "agreement.refused.beforePrevious");
        }
        switch (step.kind()) {
            case SIGNED -> throw Refused.field("kind", "agreement.refused.alreadySigned");
            case ENTERED_INTO_FORCE -> {
                if (enteredIntoForce != null) {
                    throw Refused.field("kind", "agreement.refused.alreadyInForce");
                }
                if (status != AgreementStatus.SIGNED) {
                    throw Refused.field("kind", "agreement.refused.notSignedState");
                }
                enteredIntoForce = step.date();
                status = AgreementStatus.IN_FORCE;
            }
            case SUSPENDED -> {
                if (step.reason() == null
                        || step.reason().values().values().stream().allMatch(String::isBlank)) {
                    throw Refused.field("reason", "agreement.refused.reasonRequired");
                }
                if (status == AgreementStatus.SUSPENDED) {
                    throw Refused.field("kind", "agreement.refused.alreadySuspended");
                }
                beforeSuspension = status;
                status = AgreementStatus.SUSPENDED;
            }
            case RESUMED -> {
                if (status != AgreementStatus.SUSPENDED) {
                    throw Refused.field("kind", "agreement.refused.notSuspended");
                }
                status = beforeSuspension;
                beforeSuspension = null;
            }
            case AMENDED -> {
                // An amendment leaves the status as it is: signed, in force or suspended.
            }
            case RENEWED -> {
                if (status != AgreementStatus.IN_FORCE) {
                    throw Refused.field("kind", "agreement.refused.renewNotInForce");
                }
                lastRenewed = step.date();
            }
            case EXPIRED -> {
                if (status != AgreementStatus.IN_FORCE && status != AgreementStatus.SUSPENDED) {
                    throw Refused.field("kind", "agreement.refused.expireNotInForce");
                }
                status = AgreementStatus.EXPIRED;
            }
            case TERMINATED -> status = AgreementStatus.TERMINATED;
        }
        history.add(step);
        return step;
    }
}
