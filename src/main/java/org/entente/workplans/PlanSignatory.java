package org.entente.workplans;

/** Who signed a plan, for which party, in what capacity. */
public record PlanSignatory(String nation, String name, String capacity) {}
