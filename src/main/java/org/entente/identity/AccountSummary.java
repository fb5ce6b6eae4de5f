package org.entente.identity;

import java.time.OffsetDateTime;
import org.entente.shared.Classification;

/** An account as its nation's administrator sees it. */
public record AccountSummary(
        long id,
        String username,
        String nation,
        Classification clearance,
        String language,
        boolean administrator,
        boolean auditor,
        boolean enabled,
        boolean locked,
        boolean mustChangePassword,
        OffsetDateTime createdAt) {}
