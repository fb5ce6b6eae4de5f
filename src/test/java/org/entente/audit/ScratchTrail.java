package org.entente.audit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.entente.TestProperties;
import org.entente.audit.report.Verification;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An audit trail in a database of its own, migrated by the audit module's own migration, with its
 * checkpoints in a scratch directory: for tests that break the trail on purpose, and for the
 * benchmark. The same two roles as the application's database: {@code entente_owner} owns the
 * table, {@code entente_app} writes through {@link #trail}.
 */
final class ScratchTrail {

    final JdbcClient app;
    final JdbcClient owner;
    final TransactionTemplate transaction;
    final AuditCheckpoints checkpoints;
    final AuditTrail trail;
    final AuditVerifier verifier;
    final DataSource appDataSource;
    final DataSource ownerDataSource;

    private final TransactionTemplate ownerTransaction;

    /**
     * The database every scratch trail is copied from: migrated once per scratch PostgreSQL, so that a
     * test's new trail is a {@code create database ... template}, not a Flyway run of its own (one
     * per test of {@code AuditTamperIT}, seventeen of them, before round build33).
     */
    private static final String TEMPLATE = "scratch_trail_template";

    /** A scratch PostgreSQL with the two roles and a migrated, empty trail to copy, for as many scratch trails as needed. */
    static EmbeddedPostgres startPostgres(Path directory) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory.resolve("postgres"))
                .setCleanDataDirectory(true)
                // As the application's tests run theirs (entente.database.flush-to-disk=false): a
                // commit reaches the operating system, not the disk. What AuditTamperIT and
                // GroupCommitIT prove is in the rows, not in their durability; AuditTamperIT took
                // 12.5 CPU-s with fsync, 8.4 without (round build33, under load).
                .setServerConfig("fsync", "off")
                .start();
        JdbcClient superuser = JdbcClient.create(postgres.getPostgresDatabase());
        superuser.sql("create role entente_owner login").update();
        superuser.sql("create role entente_app login").update();
        superuser.sql("create database " + TEMPLATE + " owner entente_owner").update();
        Flyway.configure()
                .dataSource(postgres.getDatabase("entente_owner", TEMPLATE))
                .locations("classpath:db/migration/audit")
                .table("flyway_schema_history_audit")
                .placeholders(Map.of("app_role", "entente_app"))
                .load()
                .migrate();
        return postgres;
    }

    /** A new, empty trail in a database of this name (a copy of the migrated template), its checkpoints in the directory. */
    ScratchTrail(EmbeddedPostgres postgres, String database, Path directory, int checkpointEvery) {
        JdbcClient.create(postgres.getPostgresDatabase())
                .sql("create database " + database + " template " + TEMPLATE + " owner entente_owner")
                .update();
        ownerDataSource = postgres.getDatabase("entente_owner", database);
        appDataSource = postgres.getDatabase("entente_app", database);
        owner = JdbcClient.create(ownerDataSource);
        ownerTransaction = new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource));
        app = JdbcClient.create(appDataSource);
        var transactions = new DataSourceTransactionManager(appDataSource);
        transaction = new TransactionTemplate(transactions);
        checkpoints = new AuditCheckpoints(
                new AuditProperties(checkpointEvery, null), TestProperties.withDataDir(directory), app, transactions);
        trail = new AuditTrail(app, checkpoints, transactions);
        verifier = new AuditVerifier(app, checkpoints);
    }

    /** Records the event as a user of that nation, in a transaction of its own; returns its id. */
    long record(String actor, String nation, AuditEvent event) {
        return transaction.execute(status -> trail.recordAs(actor, nation, "192.0.2.7", event));
    }

    /** Verifies in one read-only transaction, as the application does, so the rows are streamed. */
    Verification verify() {
        return transaction.execute(status -> verifier.verify());
    }

    /** Runs SQL as the owner with the append-only trigger off, in one transaction: what tampering takes. */
    void tamper(String... statements) {
        ownerTransaction.executeWithoutResult(status -> {
            owner.sql("alter table audit.event disable trigger event_append_only")
                    .update();
            for (String statement : statements) {
                owner.sql(statement).update();
            }
            owner.sql("alter table audit.event enable trigger event_append_only")
                    .update();
        });
    }
}
