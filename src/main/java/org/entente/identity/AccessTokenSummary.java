package org.entente.identity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A personal access token as its owner (or the administrator who issued it) sees it; never the token. */
public record AccessTokenSummary(
        long id,
        String username,
        String name,
        String prefix,
        String scope,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    /** The last day the token works (it expires at the start of the next day, UTC). */
    public LocalDate expiresOn() {
        return expiresAt.minusSeconds(1).atZone(ZoneOffset.UTC).toLocalDate();
    }

    public String status(Instant now) {
        if (revokedAt != null) {
            return "revoked";
        }
        return expiresAt.isAfter(now) ? "active" : "expired";
    }
}
