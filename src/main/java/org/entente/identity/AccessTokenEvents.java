package org.entente.identity;

import java.time.LocalDate;

/** Personal access tokens issued, revoked and refused, published for the audit trail. */
public final class AccessTokenEvents {

    private AccessTokenEvents() {}

    /** A token issued by {@code issuer} to {@code username} (the same account, or a service account). */
    public record Issued(
            String issuer,
            String username,
            String nation,
            long tokenId,
            String name,
            String scope,
            LocalDate expires) {}

    public record Revoked(String actor, String username, long tokenId) {}

    /**
     * A request refused for its token: unknown, expired, revoked, of a disabled account, or writing
     * with a read-only token. {@code prefix} identifies the token as typed (never the whole of it).
     */
    public record Refused(
            String prefix, String username, String nation, String reason, String request, String address) {}
}
