package org.entente.identity;

/** The second factor's events, published for the audit trail. */
public final class SecondFactorEvents {

    private SecondFactorEvents() {}

    public record Enrolled(String username, String nation) {}

    /** A second factor accepted; {@code means} is "totp" or "recovery-code". */
    public record Passed(String username, String nation, String means) {}

    /** A wrong code; {@code failures} counts them in a row. */
    public record Failed(String username, String nation, int failures) {}
}
