package org.entente.partners;

import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/**
 * A person to record: their name as written in each language's script ("Ben Slimane", "بنسليمان",
 * "בן סלימאן"); {@code organizationId} may be null.
 */
public record NewPerson(
        String nation,
        Long organizationId,
        LocalizedText name,
        LocalizedText rank,
        LocalizedText position,
        boolean illustrative,
        Label label) {}
