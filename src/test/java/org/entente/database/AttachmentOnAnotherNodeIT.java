package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.entente.attachments.Attachments;
import org.entente.shared.SystemSubject;
import org.entente.support.Personas;
import org.entente.support.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Attachments in PostgreSQL (issue 19): a file uploaded on one node is downloaded, byte for byte,
 * from another node running beside it on the same database, with nothing of it left on any disk.
 * The file spans several chunks and ends inside one.
 */
class AttachmentOnAnotherNodeIT {

    @TempDir
    Path dataDir;

    @Test
    void aFileUploadedOnOneNodeIsDownloadedFromTheOther() throws Exception {
        byte[] content = text(3 * (1 << 20) + 12_345);
        try (ConfigurableApplicationContext a = TwoNodes.first(dataDir);
                ConfigurableApplicationContext b = TwoNodes.second(a, dataDir)) {
            long id = upload(a, content);
            try (Stream<Path> left = Files.walk(dataDir.resolve("files"))) {
                assertThat(left.filter(Files::isRegularFile))
                        .as("nothing of the file on the disk: node B reads it from the database")
                        .isEmpty();
            }
            var browser = new CookieManager();
            var onB = new LiveHttp(TwoNodes.port(b), browser);
            onB.signIn("liaison.isr", Personas.DEMO_PASSWORD, "en");
            HttpResponse<byte[]> download = onB.bytes("/attachments/" + id);
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(content.length);
            assertThat(download.body()).isEqualTo(content);

            var french = new LiveHttp(TwoNodes.port(b));
            french.signIn("planner.fra", Personas.DEMO_PASSWORD, "en");
            assertThat(french.bytes("/attachments/" + id).statusCode())
                    .as("not released to France")
                    .isEqualTo(404);
        }
    }

    private static long upload(ConfigurableApplicationContext node, byte[] content) {
        SystemSubject planner = Persona.PLANNER_MAR.subject();
        long committee = Personas.inTransaction(
                node.getBean(PlatformTransactionManager.class),
                Personas.HOST,
                () -> node.getBean(JdbcClient.class)
                        .sql("select id from committees.committee where code = 'JMC-ISR-MAR'")
                        .query(Long.class)
                        .single());
        return planner.run(() -> {
            try {
                return node.getBean(Attachments.class)
                        .upload(planner, "committee", committee, "report.txt", new ByteArrayInputStream(content))
                        .id();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Plain text of that many bytes, lines numbered so that a chunk out of order shows. */
    private static byte[] text(int size) {
        var out = new StringBuilder(size + 64);
        for (int line = 0; out.length() < size; line++) {
            out.append("Line ").append(line).append(" of the joint survey report.\n");
        }
        return out.substring(0, size).getBytes(StandardCharsets.US_ASCII);
    }
}
