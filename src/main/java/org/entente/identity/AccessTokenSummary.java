package org.entente.identity;

import java.time.Instant;

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

    public String status(Instant now) {
        if (revokedAt != null) {
            return "revoked";
        }
        return expiresAt.isAfter(now) ? "active" : "expired";
    }
}
