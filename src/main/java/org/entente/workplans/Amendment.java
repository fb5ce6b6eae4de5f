package org.entente.workplans;

import org.entente.shared.Limits;

/**
 * An amendment's rules: PROPOSED by one party, then APPROVED or REJECTED (with a reason) by another
 * party, or WITHDRAWN by the party that proposed it. A decision is taken once. Approval never changes
 * who proposed the activity nor who owns its label: the amendment carries both. No Spring, no
 * database: {@code AmendmentTest}.
 */
final class Amendment {

    private final String proposedBy;
    private AmendmentStatus status;

    private Amendment(String proposedBy, AmendmentStatus status) {
        this.proposedBy = proposedBy;
        this.status = status;
    }

    /** The amendment as stored. */
    static Amendment of(String proposedBy, AmendmentStatus status) {
        return new Amendment(proposedBy, status);
    }

    /** A new amendment proposed by a party of the plan. */
    static Amendment proposed(String nation) {
        return new Amendment(nation, AmendmentStatus.PROPOSED);
    }

    AmendmentStatus status() {
        return status;
    }

    String proposedBy() {
        return proposedBy;
    }

    /** Another party approves: the change applies to the plan. */
    AmendmentStatus approve(String nation) {
        refuseOwn(nation);
        refuseDecided();
        status = AmendmentStatus.APPROVED;
        return status;
    }

    /** Another party rejects, saying why; the plan stays as it is. */
    AmendmentStatus reject(String nation, org.entente.shared.LocalizedText reason) {
        if (reason == null || reason.values().values().stream().allMatch(Limits::blank)) {
            throw WorkPlanRefusedException.of("reason", "workplans.amendment.reason.required");
        }
        var errors = new java.util.LinkedHashMap<String, String>();
        org.entente.shared.OptionalTexts.check("reason", reason, Limits.SHORT_TEXT, errors);
        if (!errors.isEmpty()) {
            throw WorkPlanRefusedException.of("reason", errors.get("reason"));
        }
        refuseOwn(nation);
        refuseDecided();
        status = AmendmentStatus.REJECTED;
        return status;
    }

    /** The proposing party takes it back before the other decides. */
    AmendmentStatus withdraw(String nation) {
        if (!proposedBy.equals(nation)) {
            throw WorkPlanRefusedException.of("amendment", "workplans.amendment.notProposer");
        }
        refuseDecided();
        status = AmendmentStatus.WITHDRAWN;
        return status;
    }

    private void refuseOwn(String nation) {
        if (proposedBy.equals(nation)) {
            throw WorkPlanRefusedException.of("amendment", "workplans.amendment.ownProposal");
        }
    }

    private void refuseDecided() {
        switch (status) {
            case PROPOSED -> {}
            case APPROVED -> throw WorkPlanRefusedException.of("amendment", "workplans.amendment.alreadyApproved");
            case REJECTED -> throw WorkPlanRefusedException.of("amendment", "workplans.amendment.alreadyRejected");
            case WITHDRAWN -> throw WorkPlanRefusedException.of("amendment", "workplans.amendment.withdrawn");
        }
    }
}
