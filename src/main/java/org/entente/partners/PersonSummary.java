package org.entente.partners;

import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/**
 * A person as lists show it, with the organization's name and abbreviation when the reader may see
 * the organization too (otherwise both are null: a person never reveals a hidden organization).
 */
public record PersonSummary(
        long id,
        String nation,
        Long organizationId,
        LocalizedText organizationName,
        String organizationAbbreviation,
        LocalizedText name,
        LocalizedText rank,
        LocalizedText position,
        boolean illustrative,
        Label label) {}
