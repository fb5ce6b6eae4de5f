package org.entente.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.entente.DemoApplicationTest;
import org.entente.Entente;
import org.entente.audit.AuditIntegrity;
import org.entente.database.SuperuserConnections;
import org.entente.shared.EntenteProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Backup of the demo instance (with a file attached) → restore into a fresh data directory: every
 * table holds the same rows (the attached files' chunks among them), the audit keys are the same bytes, and the audit trail
 * verifies. A second restore into the now filled instance, and a tampered archive, are refused.
 */
@DemoApplicationTest
class BackupRestoreIT {

    @Autowired
    InstanceArchive archive;

    @Autowired
    SuperuserConnections superuser;

    @Autowired
    EntenteProperties properties;

    @Autowired
    MockMvc mvc;

    /**
     * One story, three application starts (each a Spring context and a PostgreSQL server of its
     * own): the damaged archive is refused into an empty directory; the good archive then restores
     * into that same directory, which shows the refusal wrote nothing, and restores identically;
     * a second restore into the now filled instance is refused.
     */
    @Test
    void aDamagedArchiveIsRefusedBeforeAnythingIsWrittenAndTheGoodOneRestoresIdentically() throws Exception {
        attachAFile();
        Path work = Path.of("target/it-data/backup-" + UUID.randomUUID()).toAbsolutePath();
        Files.createDirectories(work);
        Path file = work.resolve("entente.zip");
        InstanceArchive.Backup backup = archive.backup(file);
        Map<String, String> tables = fingerprints(superuser);
        assertThat(tables.get("audit.event")).doesNotStartWith("0 ");
        assertThat(tables.get("attachments.chunk"))
                .as("the attached file's content is a table's rows (issue 19)")
                .doesNotStartWith("0 ");
        assertThat(backup.entries()).anyMatch(e -> e.name().equals("audit/checkpoint-key.pem"));

        Path restoredDir = work.resolve("restored");
        assertThatThrownBy(() -> start(restoredDir, tampered(file, work.resolve("tampered.zip")))
                        .close())
                .isInstanceOf(ArchiveRefused.class)
                .hasMessageContaining("database/identity.account.copy");

        // Nothing was loaded: the instance is still empty, so the good archive restores.
        try (ConfigurableApplicationContext restored = start(restoredDir, file)) {
            assertThat(fingerprints(restored.getBean(SuperuserConnections.class)))
                    .isEqualTo(tables);
            for (String key : new String[] {"checkpoint-key.pem", "checkpoint-key.pub.pem"}) {
                assertThat(restoredDir.resolve("audit").resolve(key))
                        .hasSameBinaryContentAs(
                                properties.dataDir().resolve("audit").resolve(key));
            }
            AuditIntegrity.Result verification =
                    restored.getBean(AuditIntegrity.class).verify();
            assertThat(verification.ok()).as(verification.detail()).isTrue();
            assertThat(verification.entries())
                    .isEqualTo(Long.parseLong(tables.get("audit.event").split(" ")[0]));
        }
        // The instance now holds records: a second restore into it is refused.
        assertThatThrownBy(() -> start(restoredDir, file).close())
                .isInstanceOf(ArchiveRefused.class)
                .hasMessageContaining("not empty");
    }

    /** The archive with one byte-level change inside one table's rows: an account renamed. */
    private static Path tampered(Path good, Path tampered) throws IOException {
        try (ZipFile in = new ZipFile(good.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(tampered))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("database/identity.account.copy")) {
                    content = new String(content, StandardCharsets.UTF_8)
                            .replace("viewer.mar", "viewer.xyz")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return tampered;
    }

    private static ConfigurableApplicationContext start(Path dataDir, Path archive) {
        // Arguments, as on the command line: they override application.properties.
        return new SpringApplicationBuilder(Entente.class)
                .run(
                        "--entente.data-dir=" + dataDir,
                        "--entente.demo=false",
                        "--entente.restore=" + archive,
                        "--server.port=0",
                        "--spring.application.name=entente-restored");
    }

    private void attachAFile() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        long committee;
        try (Connection db = superuser.open();
                Statement query = db.createStatement();
                ResultSet rs = query.executeQuery("select id from committees.committee where code = 'JMC-ISR-MAR'")) {
            rs.next();
            committee = rs.getLong(1);
        }
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(
                        multipart("/api/v1/attachments")
                                .file(new MockMultipartFile("file", "backup.pdf", "application/pdf", pdf))
                                .param("recordType", "committee")
                                .param("recordId", Long.toString(committee))
                                .session(planner)
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isCreated());
    }

    /** Per table: its row count and a hash of all its rows in a fixed order. */
    private static Map<String, String> fingerprints(SuperuserConnections connections) throws Exception {
        var fingerprints = new TreeMap<String, String>();
        try (Connection db = connections.open()) {
            var tables = new java.util.ArrayList<String>();
            try (Statement query = db.createStatement();
                    ResultSet rs = query.executeQuery("""
                            select schemaname || '.' || tablename from pg_tables
                             where schemaname not in ('pg_catalog', 'information_schema')
                               and tablename not like '%schema_history%'""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                // The scheduled jobs' locks are taken by each application's scheduler thread at any
                // moment, the restored one's included: their names are restored, their times move.
                String rows = table.equals("shared.scheduled_lock") ? "t.name" : "t::text";
                try (Statement query = db.createStatement();
                        ResultSet rs = query.executeQuery("select count(*) || ' ' || coalesce(md5(string_agg(" + rows
                                + ", '|' order by " + rows + ")), '') from " + table + " t")) {
                    rs.next();
                    fingerprints.put(table, rs.getString(1));
                }
            }
        }
        return fingerprints;
    }
}
