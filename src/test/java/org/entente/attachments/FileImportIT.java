package org.entente.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.entente.DemoApplicationTest;
import org.entente.database.SuperuserConnections;
import org.entente.shared.EntenteProperties;
import org.entente.support.Personas;
import org.entente.support.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Files kept on the disk before issue 19 move into the database at start: the one present is
 * written as chunks under its row's label and leaves the disk; the one missing is logged and
 * left, and the start goes on; a second run finds nothing more to do.
 */
@DemoApplicationTest
class FileImportIT {

    @Autowired
    Attachments attachments;

    @Autowired
    FileImport fileImport;

    @Autowired
    SuperuserConnections superuser;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    EntenteProperties properties;

    @Test
    void aFileOnTheDiskMovesIntoChunksAndAMissingOneIsLeftWithoutStoppingTheStart() throws Exception {
        byte[] kept = "Minutes kept on the disk before issue 19.\n".getBytes(StandardCharsets.UTF_8);
        long onDisk = upload("old-minutes.txt", kept);
        long lost = upload("lost-minutes.txt", "Lost.\n".getBytes(StandardCharsets.UTF_8));
        // As before issue 19: no chunks, the file under files/ at its storage path; one file gone.
        Path file = properties.dataDir().resolve("files/ab/ab" + onDisk + "old");
        Files.createDirectories(file.getParent());
        Files.write(file, kept);
        update("""
                delete from attachments.chunk where attachment_id in (%d, %d);
                update attachments.attachment set storage_path = 'ab/ab%dold' where id = %d;
                update attachments.attachment set storage_path = 'gone/%d' where id = %d""".formatted(onDisk, lost, onDisk, onDisk, lost, lost));

        assertThat(fileImport.moveAll()).isEqualTo(1);

        assertThat(string("select coalesce(storage_path, 'none') || ' ' || encode(string_agg(data, ''::bytea"
                        + " order by seq), 'escape') || count(*) from attachments.attachment a"
                        + " join attachments.chunk c on c.attachment_id = a.id where a.id = " + onDisk
                        + " group by storage_path"))
                .isEqualTo("none " + new String(kept, StandardCharsets.UTF_8) + "1");
        assertThat(string("select string_agg(distinct c.classification || c.owner_nation"
                        + " || array_to_string(c.releasable_to, ','), ';') = string_agg(distinct a.classification"
                        + " || a.owner_nation || array_to_string(a.releasable_to, ','), ';')"
                        + " from attachments.chunk c join attachments.attachment a on a.id = c.attachment_id"
                        + " where a.id = " + onDisk))
                .as("the chunks carry the row's label")
                .isEqualTo("t");
        assertThat(file).as("moved: the disk's copy removed once committed").doesNotExist();
        assertThat(string("select storage_path from attachments.attachment where id = " + lost))
                .isEqualTo("gone/" + lost);
        assertThat(fileImport.moveAll()).as("idempotent").isZero();
    }

    private long upload(String name, byte[] content) {
        return Persona.PLANNER_MAR.subject().run(() -> {
            long committee = Personas.inTransaction(
                    transactions,
                    Personas.HOST,
                    () -> sql.sql("select id from committees.committee where code = 'JMC-ISR-MAR'")
                            .query(Long.class)
                            .single());
            try {
                return attachments
                        .upload(
                                Persona.PLANNER_MAR.subject(),
                                org.entente.shared.RecordType.COMMITTEE,
                                committee,
                                name,
                                new ByteArrayInputStream(content))
                        .id();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void update(String statements) throws Exception {
        SuperuserSql.execute(superuser, statements);
    }

    private String string(String query) throws Exception {
        return SuperuserSql.string(superuser, query);
    }
}
