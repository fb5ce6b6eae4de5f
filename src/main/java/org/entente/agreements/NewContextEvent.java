package org.entente.agreements;

import java.time.LocalDate;
import java.util.List;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/**
 * A dated fact on a relationship that is no record of ours (relations restored, a war began).
 *
 * @param nations the nations it concerns
 * @param source where it is told (a press report), or why a detail is illustrative
 */
public record NewContextEvent(
        LocalDate date,
        List<String> nations,
        LocalizedText text,
        LocalizedText source,
        boolean illustrative,
        Label label) {}
