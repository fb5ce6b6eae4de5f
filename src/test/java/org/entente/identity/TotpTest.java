package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** The SHA-1 seed of RFC 6238, appendix B. */
    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheReferenceValuesOfRfc6238() {
        // The RFC lists eight digits; an authenticator shows the last six.
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111109))))
                .isEqualTo("081804");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1111111111))))
                .isEqualTo("050471");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(1234567890))))
                .isEqualTo("005924");
        assertThat(Totp.code(SEED, Totp.step(Instant.ofEpochSecond(2000000000))))
                .isEqualTo("279037");
    }

    @Test
    void acceptsOneStepOfDriftAndEachCodeOnce() {
        Instant now = Instant.ofEpochSecond(1234567890);
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step - 1), now, 0)).isEqualTo(step - 1);
        assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step + 1), now, 0)).isEqualTo(step + 1);
        assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step - 2), now, 0)).isEqualTo(-1);
        assertThat(Totp.matchingStep(SEED, Totp.code(SEED, step), now, step)).isEqualTo(-1);
        assertThat(Totp.matchingStep(SEED, "12345", now, 0)).isEqualTo(-1);
        assertThat(Totp.matchingStep(SEED, null, now, 0)).isEqualTo(-1);
    }

    @Test
    void writesKeysInBase32() {
        assertThat(Totp.base32(SEED)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    }
}
