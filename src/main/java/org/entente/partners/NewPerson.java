package org.entente.partners;

import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/**
 * A person to record. {@code nameNative} is the name in the person's own script (Arabic, Hebrew…),
 * null when it is the Latin one; {@code organizationId} may be null.
 */
public record NewPerson(
        String nation,
        Long organizationId,
        String nameLatin,
        String nameNative,
        LocalizedText rank,
        LocalizedText position,
        boolean illustrative,
        Label label) {}
