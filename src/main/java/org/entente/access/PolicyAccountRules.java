package org.entente.access;

import org.entente.identity.AccountRules;
import org.entente.shared.Classification;
import org.entente.shared.Subject;
import org.springframework.stereotype.Component;

/** The account rules identity asks, answered by the access policy (the one place that holds them). */
@Component
class PolicyAccountRules implements AccountRules {

    @Override
    public boolean administers(Subject subject) {
        return AccessPolicy.administers(subject);
    }

    @Override
    public boolean withinClearance(Subject subject, Classification classification) {
        return AccessPolicy.withinClearance(subject, classification);
    }
}
