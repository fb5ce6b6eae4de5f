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
    private final String field;
    private AmendmentStatus status;
    private Integer answeredBy;

    private Amendment(String proposedBy, AmendmentStatus status, String field) {
        this.proposedBy = proposedBy;
        this.status = status;
        this.field = field;
    }

    /** The amendment as stored. */
    static Amendment of(String proposedBy, AmendmentStatus status) {
        return new Amendment(proposedBy, status, "amendment");
    }

    /** The amendment as stored, with the number of the later amendment that answers it (null: none). */
    static Amendment of(String proposedBy, AmendmentStatus status, Integer answeredBy) {
        Amendment amendment = of(proposedBy, status);
        amendment.answeredBy = answeredBy;
        return amendment;
    }

    /** A new amendment proposed by a party of the plan. */
    static Amendment proposed(String nation) {
        return of(nation, AmendmentStatus.PROPOSED);
    }

    /**
     * The same two-party rule for another proposal of the plan (a year-end closing), refused in its
     * own words: field {@code kind}, message keys {@code workplans.KIND.…}.
     */
    static Amendment of(String kind, String proposedBy, AmendmentStatus status) {
        return new Amendment(proposedBy, status, kind);
    }

    AmendmentStatus status() {
        return status;
    }

    /** The number of the later amendment that answers this rejected one, or null. */
    Integer answeredBy() {
        return answeredBy;
    }

    /**
     * This rejected amendment's proposer proposes again, edited (amendment {@code number}): the new
     * amendment answers this one, which is answered by it. Only the nation that proposed it answers
     * it, only once it is rejected, only once, and about the same thing: a change to the same
     * activity ({@code activity}, as this one's {@code rejectedActivity}), or a new activity again
     * (both null). Refused with field {@code answers}; nothing changes then.
     *
     * @return the new amendment, proposed by {@code nation}
     */
    Amendment answer(String nation, int number, Long rejectedActivity, Long activity) {
        if (!proposedBy.equals(nation)) {
            throw answerRefused("notOwn");
        }
        if (status != AmendmentStatus.REJECTED) {
            throw answerRefused("notRejected");
        }
        if (answeredBy != null) {
            throw answerRefused("alreadyAnswered");
        }
        if (!java.util.Objects.equals(rejectedActivity, activity)) {
            throw answerRefused("otherActivity");
        }
        answeredBy = number;
        return proposed(nation);
    }

    private static WorkPlanRefusedException answerRefused(String key) {
        return WorkPlanRefusedException.of("answers", "workplans.amendment.answers." + key);
    }

    String proposedBy() {
        return proposedBy;
    }

    /** Refuses unless the nation may decide now: another party than the proposer, nothing decided yet. */
    void refuseUndecidable(String nation) {
        refuseOwn(nation);
        refuseDecided();
    }

    /** Another party approves: the change applies to the plan. */
    AmendmentStatus approve(String nation) {
        refuseUndecidable(nation);
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
        refuseUndecidable(nation);
        status = AmendmentStatus.REJECTED;
        return status;
    }

    /** The proposing party takes it back before the other decides. */
    AmendmentStatus withdraw(String nation) {
        if (!proposedBy.equals(nation)) {
            throw refusal("notProposer");
        }
        refuseDecided();
        status = AmendmentStatus.WITHDRAWN;
        return status;
    }

    private void refuseOwn(String nation) {
        if (proposedBy.equals(nation)) {
            throw refusal("ownProposal");
        }
    }

    private void refuseDecided() {
        switch (status) {
            case PROPOSED -> {}
            case APPROVED -> throw refusal("alreadyApproved");
            case REJECTED -> throw refusal("alreadyRejected");
            case WITHDRAWN -> throw refusal("withdrawn");
        }
    }

    private WorkPlanRefusedException refusal(String key) {
        return WorkPlanRefusedException.of(field, "workplans." + field + "." + key);
    }
}
