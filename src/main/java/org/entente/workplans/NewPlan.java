package org.entente.workplans;

import org.entente.shared.Classification;
import org.entente.shared.LocalizedText;

/**
 * A new work plan: a committee's plan for a year, labelled with the committee's audience at the
 * given classification (null: the committee's own), owned by its creator's nation.
 */
public record NewPlan(
        long committeeId, int year, LocalizedText title, Classification classification, boolean illustrative) {}
