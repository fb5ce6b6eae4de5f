package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(policy.violation("planner.mar", "green tea at the Oudayas")).isEmpty();
    }

    @Test
    void refusesShortPasswordsCountingCharactersNotBytes() {
        assertThat(policy.violation("x", "eleven-char")).contains("password.tooShort");
        // Twelve Arabic letters are twelve characters, though 24 bytes.
        assertThat(policy.violation("x", "كلمةمرورطوية")).isEmpty();
    }

    @Test
    void refusesTheCommonPasswordsOfTheLeakLists() {
        assertThat(policy.violation("x", "qwertyuiopasdfgh")).contains("password.common");
        assertThat(policy.violation("x", "QWERTYUIOPASDFGH")).contains("password.common");
    }

    @Test
    void refusesThePasswordThatContainsTheUsername() {
        assertThat(policy.violation("planner.mar", "my-Planner.Mar-2026")).contains("password.containsUsername");
    }

    @Test
    void refusesAbsurdlyLongPasswords() {
        assertThat(policy.violation("x", "a".repeat(129))).contains("password.tooLong");
    }
}
