package org.entente.identity;

/** What happens at the door, published for the modules that keep a record of it (the audit trail). */
public final class SignInEvents {

    private SignInEvents() {}

    /** A successful sign-in. */
    public record SignedIn(String username, String nation, String address) {}

    /** A refused sign-in; the username is as typed and may name no account. */
    public record SignInRefused(String username, String address, String reason) {}

    /** A user changed their own password. */
    public record PasswordChanged(String username, String nation) {}

    /** A sign-out. */
    public record SignedOut(String username, String nation, String address) {}
}
