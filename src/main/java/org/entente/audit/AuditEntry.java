package org.entente.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * One entry of the chain exactly as stored in {@code audit.event}, without its id and its own hash:
 * what that hash covers.
 *
 * <p>The hash is SHA-256 over the previous entry's hash followed by this entry's fields, each
 * encoded so that no two different entries give the same bytes:
 *
 * <pre>
 * hash = SHA-256( prev_hash                      32 bytes; 32 zero bytes before the first entry
 *               | str("entente.audit.v1")        the format, so that a later one cannot be confused with it
 *               | i64(at)                        microseconds since 1970-01-01T00:00Z
 *               | str(actor) | str(actor_nation) | str(action) | str(object_type) | str(object_id)
 *               | i32(classification)            the level, 0 = UNCLASSIFIED … 3 = SECRET; -1 for none
 *               | str(owner_nation) | list(releasable_to)
 *               | str(outcome) | str(source_address)
 *               | map(details) )
 *
 * i32, i64  big-endian two's complement
 * str(s)    i32(number of UTF-8 bytes) then the bytes; str(null) = i32(-1)
 * list(xs)  i32(count) then str(x) for each, in stored order; list(null) = i32(-1)
 * map(m)    i32(count) then str(key) str(value) for each pair, keys in ascending UTF-16 order
 * </pre>
 *
 * <p>The id is not hashed: PostgreSQL assigns it at insert and a rolled-back transaction leaves a
 * gap, so ids say nothing about completeness. The order is the chain's, and a signed checkpoint
 * binds an id to its hash. The time is truncated to microseconds before hashing because that is
 * what {@code timestamptz} stores: the hash is of what is stored.
 */
record AuditEntry(
        Instant at,
        String actor,
        String actorNation,
        String action,
        String objectType,
        String objectId,
        Integer classification,
        String ownerNation,
        List<String> releasableTo,
        String outcome,
        String sourceAddress,
        SortedMap<String, String> details,
        byte[] prevHash) {

    static final int HASH_LENGTH = 32;

    /** The previous hash of the very first entry. */
    static final byte[] GENESIS = new byte[HASH_LENGTH];

    private static final byte[] FORMAT = "entente.audit.v1".getBytes(StandardCharsets.UTF_8);

    AuditEntry {
        if (!at.truncatedTo(ChronoUnit.MICROS).equals(at)) {
            throw new IllegalArgumentException("An entry's time has microsecond precision, as stored: " + at);
        }
        if (prevHash.length != HASH_LENGTH) {
            throw new IllegalArgumentException("A previous hash has 32 bytes");
        }
        if (details.comparator() != null) {
            throw new IllegalArgumentException("Details are hashed in natural key order");
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** This entry's hash; the digest is reset first, so one may be reused for a whole chain. */
    byte[] hash(MessageDigest digest) {
        digest.reset();
        digest.update(prevHash);
        text(digest, FORMAT);
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, at);
        int32(digest, (int) (micros >>> 32));
        int32(digest, (int) micros);
        text(digest, actor);
        text(digest, actorNation);
        text(digest, action);
        text(digest, objectType);
        text(digest, objectId);
        int32(digest, classification == null ? -1 : classification);
        text(digest, ownerNation);
        if (releasableTo == null) {
            int32(digest, -1);
        } else {
            int32(digest, releasableTo.size());
            releasableTo.forEach(nation -> text(digest, nation));
        }
        text(digest, outcome);
        text(digest, sourceAddress);
        int32(digest, details.size());
        for (Map.Entry<String, String> detail : details.entrySet()) {
            text(digest, detail.getKey());
            text(digest, detail.getValue());
        }
        return digest.digest();
    }

    private static void text(MessageDigest digest, String value) {
        if (value == null) {
            int32(digest, -1);
        } else {
            text(digest, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void text(MessageDigest digest, byte[] utf8) {
        int32(digest, utf8.length);
        digest.update(utf8);
    }

    private static void int32(MessageDigest digest, int value) {
        digest.update((byte) (value >>> 24));
        digest.update((byte) (value >>> 16));
        digest.update((byte) (value >>> 8));
        digest.update((byte) value);
    }
}
