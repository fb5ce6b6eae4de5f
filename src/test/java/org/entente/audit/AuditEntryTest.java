package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    static final Instant AT = Instant.parse("2026-11-29T10:15:30.123456Z");

    @Test
    void theHashIsSha256OverThePreviousHashAndTheDocumentedEncoding() throws Exception {
        // Written out by hand from the Javadoc, so that an outside verifier can rely on it.
        var bytes = new ByteArrayOutputStream();
        var out = new DataOutputStream(bytes);
        out.write(AuditEntry.GENESIS);
        text(out, "entente.audit.v1");
        out.writeLong(1_795_947_330_123_456L);
        text(out, "planner.mar");
        text(out, "MAR");
        text(out, "x");
        text(out, "session");
        text(out, "7");
        out.writeInt(1);
        text(out, "MAR");
        out.writeInt(2);
        text(out, "FRA");
        text(out, "ISR");
        text(out, "SUCCESS");
        text(out, "192.0.2.7");
        out.writeInt(1);
        text(out, "k");
        text(out, "v");

        assertThat(entry("planner.mar", "MAR", "x", Map.of("k", "v")).hash(AuditEntry.sha256()))
                .isEqualTo(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
    }

    private static void text(DataOutputStream out, String text) throws Exception {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    @Test
    void fieldsCannotBleedIntoEachOther() {
        byte[] one = entry("ab", "MAR", "c", Map.of()).hash(AuditEntry.sha256());
        byte[] other = entry("a", "MAR", "bc", Map.of()).hash(AuditEntry.sha256());
        assertThat(one).isNotEqualTo(other);
        assertThat(entry("a", null, "x", Map.of()).hash(AuditEntry.sha256()))
                .isNotEqualTo(entry("a", "", "x", Map.of()).hash(AuditEntry.sha256()));
        assertThat(entry("a", "MAR", "x", Map.of("k", "v=w")).hash(AuditEntry.sha256()))
                .isNotEqualTo(entry("a", "MAR", "x", Map.of("k=v", "w")).hash(AuditEntry.sha256()));
    }

    @Test
    void detailsAreHashedInKeyOrderWhateverTheirInsertionOrder() {
        var ab = new TreeMap<String, String>();
        ab.put("a", "1");
        ab.put("b", "2");
        assertThat(entry("x", "MAR", "y", ab).hash(AuditEntry.sha256()))
                .isEqualTo(entry("x", "MAR", "y", Map.of("b", "2", "a", "1")).hash(AuditEntry.sha256()));
    }

    @Test
    void aTimeFinerThanWhatPostgresqlStoresIsRefused() {
        assertThatThrownBy(() -> new AuditEntry(
                        AT.plusNanos(1),
                        "a",
                        null,
                        "x",
                        "y",
                        null,
                        null,
                        null,
                        null,
                        "SUCCESS",
                        "-",
                        new TreeMap<>(),
                        AuditEntry.GENESIS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void textPostgresqlCannotStoreIsReplacedBeforeItIsHashed() {
        assertThat(AuditTrail.storable("a\u0000b")).isEqualTo("a\uFFFDb");
        assertThat(AuditTrail.storable("lone \uD800 surrogate")).isEqualTo("lone \uFFFD surrogate");
        assertThat(AuditTrail.storable("مرحبا 👋")).isEqualTo("مرحبا 👋");
    }

    @Test
    void aUsernameAsTypedIsKeptHarmlessAndShort() {
        assertThat(SignInAuditor.asTyped(" planner.mar ")).isEqualTo("planner.mar");
        assertThat(SignInAuditor.asTyped("<img src=x>")).isEqualTo("?img?src?x?");
        assertThat(SignInAuditor.asTyped("a\nb")).isEqualTo("a?b");
        assertThat(SignInAuditor.asTyped("")).isEqualTo("-");
        assertThat(SignInAuditor.asTyped("x".repeat(500))).hasSize(SignInAuditor.MAX_TYPED_LENGTH + 1);
    }

    private static AuditEntry entry(String actor, String nation, String action, Map<String, String> details) {
        return new AuditEntry(
                AT,
                actor,
                nation,
                action,
                "session",
                "7",
                1,
                "MAR",
                List.of("FRA", "ISR"),
                "SUCCESS",
                "192.0.2.7",
                new TreeMap<>(details),
                AuditEntry.GENESIS);
    }
}
