package org.entente.audit;

import java.security.MessageDigest;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.entente.audit.report.Checkpoint;
import org.entente.audit.report.Verification;
import org.entente.audit.report.Verification.Problem;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walks the whole audit trail in id order, recomputing every entry's hash and link, and compares it
 * with the signed checkpoints; it stops at the first entry found wrong and says why.
 *
 * <p>The rows are streamed ({@value #FETCH_SIZE} at a time, in one read-only transaction, so one
 * snapshot): a trail of millions of entries is never held in memory.
 */
@Service
class AuditVerifier {

    static final int FETCH_SIZE = 10_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {};
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient sql;
    private final AuditCheckpoints checkpoints;

    AuditVerifier(JdbcClient sql, AuditCheckpoints checkpoints) {
        this.sql = sql;
        this.checkpoints = checkpoints;
    }

    @Transactional(readOnly = true)
    Verification verify() {
        // Read before the query's snapshot is taken: every entry a checkpoint names is then in it.
        List<AuditCheckpoints.Signed> signed = checkpoints.read();
        Optional<AuditCheckpoints.Signed> forged =
                signed.stream().filter(s -> !s.valid()).findFirst();
        if (forged.isPresent()) {
            long entry = forged.get().checkpoint().entry();
            return Verification.broken(
                    0,
                    entry,
                    Problem.BAD_CHECKPOINT_SIGNATURE,
                    null,
                    "the signature of the checkpoint for entry " + entry + " does not hold",
                    null);
        }
        var walk = new Walk(signed.stream()
                .map(AuditCheckpoints.Signed::checkpoint)
                .sorted(Comparator.comparingLong(Checkpoint::entry))
                .toList());
        try {
            sql.sql("""
                            select id, at, actor, actor_nation, action, object_type, object_id, classification,
                                   owner_nation, releasable_to, outcome, source_address, details::text as details,
                                   prev_hash, hash
                              from audit.event
                             order by id""").withFetchSize(FETCH_SIZE).query(walk);
        } catch (Walk.Stop stop) {
            // The first wrong entry is found; the rest need not be read.
        }
        return walk.result(this::entryWithHash);
    }

    /** The id of the entry whose hash this is, if any: where a broken link points to. */
    private Optional<Long> entryWithHash(byte[] hash) {
        return sql.sql("select id from audit.event where hash = ?")
                .param(hash)
                .query(Long.class)
                .optional();
    }

    static AuditEntry entry(ResultSet row) throws SQLException {
        Array releasableTo = row.getArray("releasable_to");
        return new AuditEntry(
                row.getObject("at", OffsetDateTime.class).toInstant(),
                row.getString("actor"),
                row.getString("actor_nation"),
                row.getString("action"),
                row.getString("object_type"),
                row.getString("object_id"),
                row.getObject("classification", Integer.class),
                row.getString("owner_nation"),
                releasableTo == null ? null : List.of((String[]) releasableTo.getArray()),
                row.getString("outcome"),
                row.getString("source_address"),
                JSON.readValue(row.getString("details"), DETAILS),
                row.getBytes("prev_hash"));
    }

    /** The walk's state: where it is in the chain and in the sorted checkpoints. */
    private static final class Walk implements RowCallbackHandler {

        /** Thrown to leave the streaming query at the first wrong entry. */
        static final class Stop extends RuntimeException {
            Stop() {
                super(null, null, false, false);
            }
        }

        private final MessageDigest digest = AuditEntry.sha256();
        private final Deque<Checkpoint> checkpoints;
        private byte[] previousHash = AuditEntry.GENESIS;
        private Long previousId;
        private long intact;
        private Checkpoint lastMatched;
        private long badEntry;
        private Problem problem;
        private byte[] brokenLink;
        private String detail;

        Walk(List<Checkpoint> sorted) {
            this.checkpoints = new ArrayDeque<>(sorted);
        }

        @Override
        public void processRow(ResultSet row) throws SQLException {
            long id = row.getLong("id");
            AuditEntry entry = entry(row);
            byte[] hash = row.getBytes("hash");
            if (!Arrays.equals(entry.hash(digest), hash)) {
                fail(id, Problem.HASH_MISMATCH, "its fields no longer give its hash");
            }
            if (!Arrays.equals(entry.prevHash(), previousHash)) {
                brokenLink = entry.prevHash();
                fail(id, Problem.BROKEN_LINK, "it is not chained to the entry before it");
            }
            Checkpoint next = checkpoints.peek();
            if (next != null && next.entry() < id) {
                fail(next.entry(), Problem.SIGNED_ENTRY_MISSING, "a checkpoint signed it, and it is gone");
            }
            if (next != null && next.entry() == id) {
                if (!next.hash().equals(HEX.formatHex(hash))) {
                    fail(id, Problem.CHECKPOINT_MISMATCH, "its hash differs from the signed checkpoint's");
                }
                lastMatched = checkpoints.pop();
            }
            previousHash = hash;
            previousId = id;
            intact++;
        }

        private void fail(long entry, Problem found, String why) {
            badEntry = entry;
            problem = found;
            detail = why;
            throw new Stop();
        }

        Verification result(Function<byte[], Optional<Long>> entryWithHash) {
            if (problem == null && !checkpoints.isEmpty()) {
                long missing = checkpoints.peek().entry();
                return Verification.broken(
                        intact,
                        missing,
                        Problem.TAIL_TRUNCATED,
                        previousId,
                        "a checkpoint signed entry " + missing + " and the trail ends "
                                + (previousId == null ? "empty" : "at entry " + previousId),
                        lastMatched);
            }
            if (problem == null) {
                return Verification.intact(intact, lastMatched);
            }
            if (problem == Problem.BROKEN_LINK) {
                return brokenLink(entryWithHash.apply(brokenLink));
            }
            return Verification.broken(
                    intact, badEntry, problem, previousId, "entry " + badEntry + ": " + detail, lastMatched);
        }

        /** A link that points elsewhere: to a later entry (a swap), to an earlier one, or to nothing. */
        private Verification brokenLink(Optional<Long> predecessor) {
            if (predecessor.isEmpty()) {
                return Verification.broken(
                        intact,
                        badEntry,
                        Problem.MISSING_ENTRY,
                        previousId,
                        "entry " + badEntry + ": the entry it follows is missing"
                                + (previousId == null ? " (it is the first left)" : " after entry " + previousId),
                        lastMatched);
            }
            long follows = predecessor.get();
            if (follows > badEntry) {
                return Verification.broken(
                        intact,
                        badEntry,
                        Problem.ENTRIES_SWAPPED,
                        follows,
                        "entry " + badEntry + ": the entry it follows, " + follows + ", comes after it",
                        lastMatched);
            }
            return Verification.broken(
                    intact,
                    badEntry,
                    Problem.BROKEN_LINK,
                    follows,
                    "entry " + badEntry + ": it follows entry " + follows + " instead of "
                            + (previousId == null ? "starting the chain" : "entry " + previousId),
                    lastMatched);
        }
    }
}
