package org.entente.workplans;

import java.time.Instant;

/** One step of an activity's history: proposed, changed, approved, approval withdrawn, held… */
public record ActivityHistory(Instant at, String kind, String nation, String actor, String detail) {}
