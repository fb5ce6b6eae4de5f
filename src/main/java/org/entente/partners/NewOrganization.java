package org.entente.partners;

import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/** An organization to record; {@code parentId} is null for the top of a nation's tree. */
public record NewOrganization(
        String nation,
        Long parentId,
        OrganizationKind kind,
        LocalizedText name,
        String abbreviation,
        boolean illustrative,
        Label label) {}
