package org.entente.workplans;

import java.time.Instant;
import org.entente.shared.LocalizedText;

/**
 * One step of an activity's history: proposed, changed, approved, approval withdrawn, held…
 *
 * @param detail what is no text in any language (an amendment's number, a year, dates), or null
 * @param reason why (postponed, cancelled, held, rejected), multilingual, or null
 */
public record ActivityHistory(
        Instant at, String kind, String nation, String actor, String detail, LocalizedText reason) {}
