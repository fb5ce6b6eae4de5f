package org.entente.workplans;

/**
 * One difference between a plan's signed baseline and the plan as it is now: the record (e.g.
 * {@code activities.JMC-2026-014}), its field, the value signed and the value now (null when the
 * record did not exist on one side).
 */
public record PlanDifference(String record, String field, String before, String after) {}
