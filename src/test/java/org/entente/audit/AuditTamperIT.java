package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.audit.report.Verification;
import org.entente.audit.report.Verification.Problem;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.support.RunsAlongside;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Breaking the trail on purpose, on a database of its own: every kind of tampering is found, and
 * the first bad entry named. Twenty-five entries, a checkpoint signed every ten.
 */
@RunsAlongside
class AuditTamperIT {

    static final int ENTRIES = 25;
    static final int CHECKPOINT_EVERY = 10;

    static EmbeddedPostgres postgres;
    static int databases;

    @TempDir
    Path directory;

    ScratchTrail scratch;
    List<Long> ids = new ArrayList<>();

    @BeforeAll
    static void start(@TempDir Path postgresDirectory) throws Exception {
        postgres = ScratchTrail.startPostgres(postgresDirectory);
    }

    @AfterAll
    static void stop() throws Exception {
        postgres.close();
    }

    @BeforeEach
    void fillTheTrail() {
        scratch = new ScratchTrail(postgres, "trail_" + ++databases, directory, CHECKPOINT_EVERY);
        for (int i = 0; i < ENTRIES; i++) {
            Label label = i % 3 == 0 ? null : new Label(Classification.RESTRICTED, "MAR", Set.of("ISR", "FRA"));
            ids.add(scratch.record(
                    "planner.mar",
                    "MAR",
                    AuditEvent.success("committees.session.change", "session", Integer.toString(i), label)
                            .with("field", "city")
                            .with("was", "الرباط")));
        }
    }

    @Test
    void anUntouchedTrailVerifiesAgainstItsLastCheckpoint() {
        Verification verification = scratch.verify();
        assertThat(verification.ok()).isTrue();
        assertThat(verification.entries()).isEqualTo(ENTRIES);
        assertThat(verification.lastCheckpoint().entry()).isEqualTo(ids.get(19));
    }

    @ParameterizedTest(name = "set {0}")
    @ValueSource(
            strings = {
                "actor = 'mallory'",
                "actor_nation = 'ISR'",
                "object_id = '99'",
                "classification = 0",
                "releasable_to = '{ISR}'",
                "outcome = 'DENIED'",
                "details = '{\"field\": \"city\", \"was\": \"Rabat\"}'",
                "at = at + interval '1 microsecond'",
                "hash = set_byte(hash, 0, get_byte(hash, 0) # 1)"
            })
    void anAlteredFieldIsFoundAtItsEntry(String change) {
        long victim = ids.get(13);
        scratch.tamper("update audit.event set " + change + " where id = " + victim);

        Verification verification = scratch.verify();
        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBadEntry()).isEqualTo(victim);
        assertThat(verification.reason()).isEqualTo(Problem.HASH_MISMATCH);
        assertThat(verification.entries()).isEqualTo(13);
    }

    @Test
    void aDeletedMiddleEntryIsFoundAtTheEntryAfterIt() {
        scratch.tamper("delete from audit.event where id = " + ids.get(5));

        Verification verification = scratch.verify();
        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBadEntry()).isEqualTo(ids.get(6));
        assertThat(verification.reason()).isEqualTo(Problem.MISSING_ENTRY);
        assertThat(verification.relatedEntry()).isEqualTo(ids.get(4));
    }

    @Test
    void twoSwappedEntriesAreFound() {
        long first = ids.get(7);
        long second = ids.get(8);
        scratch.tamper(
                "create temporary table swapped as select * from audit.event where id in (%d, %d)"
                        .formatted(first, second),
                "delete from audit.event where id in (%d, %d)".formatted(first, second),
                """
                insert into audit.event overriding system value
                select case when id = %d then %d else %d end, at, actor, actor_nation, action, object_type,
                       object_id, classification, owner_nation, releasable_to, outcome, source_address, details,
                       prev_hash, hash
                  from swapped""".formatted(first, second, first));

        Verification verification = scratch.verify();
        assertThat(verification.ok()).isFalse();
        assertThat(verification.firstBadEntry()).isEqualTo(first);
        assertThat(verification.reason()).isEqualTo(Problem.ENTRIES_SWAPPED);
        assertThat(verification.relatedEntry()).isEqualTo(second);
    }

    @Test
    void aTailCutBelowTheLastCheckpointIsFound() {
        scratch.tamper("delete from audit.event where id > " + ids.get(14));

        Verification verification = scratch.verify();
        assertThat(verification.ok()).isFalse();
        assertThat(verification.reason()).isEqualTo(Problem.TAIL_TRUNCATED);
        assertThat(verification.firstBadEntry()).isEqualTo(ids.get(19));
        assertThat(verification.relatedEntry()).isEqualTo(ids.get(14));
        assertThat(verification.entries()).isEqualTo(15);
    }

    @Test
    void aWholeChainRecomputedAfterAChangeDisagreesWithTheSignedCheckpoint() {
        long victim = ids.get(3);
        scratch.tamper("update audit.event set actor = 'mallory' where id = " + victim);
        rechainFrom(victim);

        Verification verification = scratch.verify();
        assertThat(verification.ok()).isFalse();
        assertThat(verification.reason()).isEqualTo(Problem.CHECKPOINT_MISMATCH);
        assertThat(verification.firstBadEntry()).isEqualTo(ids.get(9));
    }

    @Test
    void anAlteredCheckpointFileIsFound() throws Exception {
        Path file = directory.resolve("audit").resolve(AuditCheckpoints.CHECKPOINTS);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String last = lines.get(lines.size() - 1);
        String[] fields = last.split(" ");
        fields[1] = (fields[1].charAt(0) == '0' ? "1" : "0") + fields[1].substring(1);
        lines.set(lines.size() - 1, String.join(" ", fields));
        Files.write(file, lines, StandardCharsets.UTF_8);

        Verification verification = scratch.verify();
        assertThat(verification.ok()).isFalse();
        assertThat(verification.reason()).isEqualTo(Problem.BAD_CHECKPOINT_SIGNATURE);
        assertThat(verification.firstBadEntry()).isEqualTo(ids.get(19));
    }

    @Test
    void aRolledBackEntryLeavesAGapButNoBreak() {
        assertThatThrownBy(() -> scratch.transaction.executeWithoutResult(status -> {
                    scratch.trail.recordAs("planner.mar", "MAR", "192.0.2.7", AuditEvent.failure("x", "y", null, null));
                    throw new IllegalStateException("the change fails after its audit entry");
                }))
                .isInstanceOf(IllegalStateException.class);
        long next = scratch.record("planner.mar", "MAR", AuditEvent.success("x", "y", null, null));

        assertThat(next).isGreaterThan(ids.get(ENTRIES - 1) + 1);
        assertThat(scratch.verify().ok()).isTrue();
        assertThat(scratch.verify().entries()).isEqualTo(ENTRIES + 1);
    }

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(8);
        try {
            var done = new ArrayList<Future<?>>();
            for (int w = 0; w < 8; w++) {
                String actor = "writer." + w;
                done.add(writers.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        scratch.record(actor, "MAR", AuditEvent.success("test.write", "test", null, null));
                    }
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }
        Verification verification = scratch.verify();
        assertThat(verification.ok()).isTrue();
        assertThat(verification.entries()).isEqualTo(ENTRIES + 8 * 25);
    }

    @Test
    void theOwnerCannotChangeOrRemoveAnEntryWhileTheTriggerStands() {
        for (String statement : List.of(
                "update audit.event set actor = 'mallory'",
                "delete from audit.event",
                "truncate audit.event",
                "update audit.event set actor = 'mallory' where false")) {
            assertThatThrownBy(() -> scratch.owner.sql(statement).update())
                    .as(statement)
                    .hasMessageContaining("audit.event is append-only");
        }
        assertThat(scratch.verify().ok()).isTrue();
    }

    /** What a forger with the owner's rights does: recompute every hash from the changed entry on. */
    private void rechainFrom(long changed) {
        var digest = AuditEntry.sha256();
        var statements = new ArrayList<String>();
        byte[][] previous = {null};
        scratch.owner
                .sql("select * from audit.event where id >= ? order by id")
                .param(changed)
                .query(row -> {
                    AuditEntry entry = AuditVerifier.entry(row);
                    if (previous[0] != null) {
                        entry = new AuditEntry(
                                entry.at(),
                                entry.actor(),
                                entry.actorNation(),
                                entry.action(),
                                entry.objectType(),
                                entry.objectId(),
                                entry.classification(),
                                entry.ownerNation(),
                                entry.releasableTo(),
                                entry.outcome(),
                                entry.sourceAddress(),
                                entry.details(),
                                previous[0]);
                    }
                    byte[] hash = entry.hash(digest);
                    statements.add("update audit.event set prev_hash = '\\x%s', hash = '\\x%s' where id = %d"
                            .formatted(hex(entry.prevHash()), hex(hash), row.getLong("id")));
                    previous[0] = hash;
                });
        scratch.tamper(statements.toArray(String[]::new));
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
