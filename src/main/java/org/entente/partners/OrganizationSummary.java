package org.entente.partners;

import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/** An organization as lists show it. */
public record OrganizationSummary(
        long id,
        String nation,
        Long parentId,
        OrganizationKind kind,
        LocalizedText name,
        String abbreviation,
        boolean illustrative,
        Label label) {}
