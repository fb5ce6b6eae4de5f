package org.entente.workplans;

import org.entente.shared.Label;

/** A numbered amendment to a signed plan, proposed by one party and approved by the other. */
public record AmendmentSummary(
        long id,
        long planId,
        int number,
        Long activityId,
        String activityCode,
        String proposedBy,
        ActivityDraft changes,
        boolean approved,
        String approvedBy,
        Label label) {}
