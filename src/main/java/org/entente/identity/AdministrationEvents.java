package org.entente.identity;

import org.entente.shared.Classification;

/** What administrators do to accounts, published for the audit trail (in the same transaction). */
public final class AdministrationEvents {

    private AdministrationEvents() {}

    public record AccountCreated(String administrator, String username, String nation, Classification clearance) {}

    public record AccountEnabled(String administrator, String username, boolean enabled) {}

    public record ClearanceChanged(
            String administrator, String username, Classification before, Classification after) {}

    public record PasswordReset(String administrator, String username) {}

    /** An account held back by failed sign-ins may sign in again at once. */
    public record AccountUnlocked(String administrator, String username) {}

    /** A refused administrative act: the message key says why. */
    public record AdministrationRefused(String administrator, String target, String reason) {}
}
