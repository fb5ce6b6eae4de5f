package org.entente.workplans;

import java.util.List;
import org.entente.agreements.AgreementResumed;
import org.entente.agreements.AgreementSuspended;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rule 3: suspending an agreement puts every not-yet-executed activity under it on hold, in the
 * transaction that records the suspension (so both happen or neither); resuming restores them.
 */
@Component
class SuspensionCascade {

    private final WorkPlans plans;

    SuspensionCascade(WorkPlans plans) {
        this.plans = plans;
    }

    @EventListener
    void on(AgreementSuspended suspended) {
        plans.holdUnder(suspended.agreementId(), suspended.parties(), suspended.date(), suspended.reason());
    }

    @EventListener
    void on(AgreementResumed resumed) {
        List<String> parties = resumed.parties();
        plans.restoreUnder(resumed.agreementId(), parties, resumed.date());
    }
}
