package org.entente.database;

import java.time.Duration;
import java.util.Optional;

/**
 * What a primary PostgreSQL knows of its standbys, and what it means for the writes it acknowledges
 * (issue 19: "a standby that falls behind or disappears: writes block or fail visibly, never
 * acknowledged and then lost, and the health endpoint says why"). A plain value read in one
 * statement ({@link ReplicationHealth}); the rules are here, without a database.
 *
 * @param inRecovery the server is itself a standby ({@link PrimaryDatabaseHealth} reports that)
 * @param synchronousStandbyNames the server's {@code synchronous_standby_names}: empty when commits
 *     wait for no standby (pg_auto_failover empties it when the primary is left alone)
 * @param connected standbys streaming from this server ({@code pg_stat_replication}'s rows)
 * @param synchronous those of them whose {@code sync_state} is {@code sync} or {@code quorum}
 * @param replayLagSeconds the largest {@code replay_lag}, or null when none is known
 * @param detailsVisible whether this role may read the replication details ({@code pg_monitor} or
 *     {@code pg_read_all_stats}); without, PostgreSQL shows the standbys' rows but not their state
 */
record Replication(
        boolean inRecovery,
        String synchronousStandbyNames,
        int connected,
        int synchronous,
        Double replayLagSeconds,
        boolean detailsVisible) {

    /** The health statuses used: commits blocked, or acknowledged by one server alone or late to copy. */
    static final String WRITES_WAIT = "OUT_OF_SERVICE";

    static final String DEGRADED = "DEGRADED";

    /** Why the writes this primary acknowledges are not safe on two servers, if they are not. */
    record Problem(String status, String reason) {}

    /**
     * @param standbyExpected whether this installation runs with a standby (a cluster); a single
     *     server without one is the default and is not a problem
     * @param maxReplayLag how far behind a standby may replay before it is reported
     */
    Optional<Problem> problem(boolean standbyExpected, Duration maxLag) {
        if (inRecovery) {
            return Optional.empty();
        }
        boolean commitsWait = !synchronousStandbyNames.isBlank();
        if (commitsWait && connected == 0) {
            return Optional.of(new Problem(
                    WRITES_WAIT,
                    "writes wait: synchronous replication is required (synchronous_standby_names = '"
                            + synchronousStandbyNames + "') and no standby is connected"));
        }
        if (commitsWait && detailsVisible && synchronous == 0) {
            return Optional.of(new Problem(
                    WRITES_WAIT,
                    "writes wait: " + connected + " standby connected, none synchronous yet (catching up)"));
        }
        if (!commitsWait && (standbyExpected || connected > 0)) {
            return Optional.of(new Problem(
                    DEGRADED,
                    "writes are acknowledged by this server alone: no synchronous standby"
                            + " (synchronous_standby_names is empty); a failover now could lose them"));
        }
        if (replayLagSeconds != null && replayLagSeconds > maxLag.toMillis() / 1000.0) {
            return Optional.of(new Problem(
                    DEGRADED,
                    "a standby replays %.0f s behind (limit %d s): a failover would wait for it"
                            .formatted(replayLagSeconds, maxLag.toSeconds())));
        }
        if (commitsWait && !detailsVisible) {
            return Optional.of(new Problem(
                    "UNKNOWN",
                    "replication details hidden from this role: grant pg_monitor to the application's role"));
        }
        return Optional.empty();
    }
}
