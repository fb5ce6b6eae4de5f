package org.entente.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.entente.audit.report.Verification;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.util.FileSystemUtils;

/**
 * How long {@link AuditVerifier} takes over a large trail: fills a scratch database with chained
 * entries (hashed here, loaded with COPY), signs a checkpoint, then verifies it several times.
 * Run it with {@code bench/audit-verify.sh [entries] [runs]}; see {@code bench/README.md}.
 */
class AuditVerificationBenchmark {

    private static final String COLUMNS = "at, actor, actor_nation, action, object_type, object_id, classification,"
            + " owner_nation, releasable_to, outcome, source_address, details, prev_hash, hash";
    private static final List<String> ACTORS = List.of("planner.mar", "planner.isr", "viewer.mar", "auditor.mar");
    private static final List<String> ACTIONS =
            List.of("identity.sign-in", "committees.session.change", "workplans.activity.approve", "audit.list");
    private static final HexFormat HEX = HexFormat.of();

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path directory = Files.createTempDirectory("entente-audit-bench");
        try (EmbeddedPostgres postgres = ScratchTrail.startPostgres(directory)) {
            var scratch = new ScratchTrail(postgres, "bench", directory, Integer.MAX_VALUE);
            long started = System.nanoTime();
            fill(scratch, entries);
            System.out.printf("filled %,d chained entries in %.1f s%n", entries, seconds(started));
            scratch.checkpoints.write();
            scratch.owner.sql("vacuum analyze audit.event").update();

            double[] times = new double[runs];
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                Verification verification = scratch.verify();
                times[run] = seconds(start);
                if (!verification.ok() || verification.entries() != entries) {
                    throw new IllegalStateException("The benchmark's trail does not verify: " + verification);
                }
                System.out.printf(
                        "run %d: verified %,d entries in %.2f s (%,.0f entries/s)%n",
                        run + 1, verification.entries(), times[run], entries / times[run]);
            }
            Arrays.sort(times);
            System.out.printf(
                    "best %.2f s, median %.2f s, max heap %d MiB%n",
                    times[0], times[runs / 2], Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } finally {
            FileSystemUtils.deleteRecursively(directory);
        }
    }

    /** Chains the entries here, as AuditTrail would, and streams them in with COPY as the owner. */
    private static void fill(ScratchTrail scratch, int entries) throws Exception {
        var digest = AuditEntry.sha256();
        byte[] previous = AuditEntry.GENESIS;
        Instant at = Instant.parse("2026-01-01T08:00:00Z");
        try (Connection connection = scratch.ownerDataSource.getConnection()) {
            CopyIn copy = connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy audit.event (" + COLUMNS + ") from stdin");
            var rows = new StringBuilder();
            for (int i = 0; i < entries; i++) {
                at = at.plus(1_234_567, ChronoUnit.MICROS);
                boolean labelled = i % 2 == 0;
                var details = new TreeMap<String, String>();
                if (i % 3 == 0) {
                    details.put("field", "city");
                    details.put("was", "الرباط");
                }
                var entry = new AuditEntry(
                        at,
                        ACTORS.get(i % ACTORS.size()),
                        i % 7 == 0 ? null : "MAR",
                        ACTIONS.get(i % ACTIONS.size()),
                        "session",
                        Integer.toString(i),
                        labelled ? i % 4 : null,
                        labelled ? "MAR" : null,
                        labelled ? List.of("FRA", "ISR") : null,
                        i % 11 == 0 ? "DENIED" : "SUCCESS",
                        "192.0.2." + (i % 250),
                        details,
                        previous);
                byte[] hash = entry.hash(digest);
                row(rows, entry, hash);
                previous = hash;
                if (rows.length() > 1 << 20) {
                    write(copy, rows);
                }
            }
            write(copy, rows);
            copy.endCopy();
        }
    }

    private static void row(StringBuilder rows, AuditEntry entry, byte[] hash) {
        rows.append(entry.at()).append('\t');
        rows.append(entry.actor()).append('\t');
        rows.append(orNull(entry.actorNation())).append('\t');
        rows.append(entry.action()).append('\t');
        rows.append(entry.objectType()).append('\t');
        rows.append(orNull(entry.objectId())).append('\t');
        rows.append(
                        entry.classification() == null
                                ? "\\N"
                                : entry.classification().toString())
                .append('\t');
        rows.append(orNull(entry.ownerNation())).append('\t');
        rows.append(entry.releasableTo() == null ? "\\N" : "{" + String.join(",", entry.releasableTo()) + "}")
                .append('\t');
        rows.append(entry.outcome()).append('\t');
        rows.append(entry.sourceAddress()).append('\t');
        rows.append(json(entry.details())).append('\t');
        rows.append("\\\\x").append(HEX.formatHex(entry.prevHash())).append('\t');
        rows.append("\\\\x").append(HEX.formatHex(hash)).append('\n');
    }

    /** The details as JSON; the benchmark's values need no escaping. */
    private static String json(SortedMap<String, String> details) {
        var json = new StringBuilder("{");
        details.forEach((key, value) -> json.append(json.length() > 1 ? ", " : "")
                .append('"')
                .append(key)
                .append("\": \"")
                .append(value)
                .append('"'));
        return json.append('}').toString();
    }

    private static String orNull(String text) {
        return text == null ? "\\N" : text;
    }

    private static void write(CopyIn copy, StringBuilder rows) throws Exception {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
