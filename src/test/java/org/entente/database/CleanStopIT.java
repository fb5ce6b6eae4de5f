package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.support.RunsAlongside;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A SIGTERM to a running Entente (a real child JVM): it stops taking requests, finishes those in
 * flight, signs the audit checkpoint, then stops its PostgreSQL, within seconds, with no error in
 * the log, and the last checkpoint covers the last audit entry.
 */
@RunsAlongside
class CleanStopIT {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @TempDir
    Path dataDir;

    @Test
    void sigtermSignsACheckpointOfTheLastEntryAndStopsCleanlyWithinSeconds() throws Exception {
        Path log = dataDir.resolve("entente.log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        // The compiler and collector this test JVM was given (pom.xml, test.jvm.options): the
        // child is a test's application too, and C2 would spend most of its CPU compiling.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-XX:") || option.startsWith("-Xss"))
                .forEach(command::add);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                "org.entente.Entente",
                "--entente.data-dir=" + dataDir,
                "--entente.demo=false",
                "--server.port=0",
                "--server.address=127.0.0.1",
                // No checkpoint but the one at shutdown can cover the last entry.
                "--entente.audit.checkpoint-every=1000000"));
        Process entente = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            int port = awaitPort(entente, log, Duration.ofMinutes(4));
            // A refused sign-in: the last entry of the trail, after any checkpoint written so far.
            assertThat(new LiveHttp(port).signIn("nobody", "wrong", "en").statusCode())
                    .isEqualTo(302);

            long stopping = System.nanoTime();
            entente.destroy(); // SIGTERM
            assertThat(entente.waitFor(30, TimeUnit.SECONDS))
                    .as("stopped within 30 s")
                    .isTrue();
            long tookMs = (System.nanoTime() - stopping) / 1_000_000;
            System.out.printf("SIGTERM: exit code %d after %d ms%n", entente.exitValue(), tookMs);
            assertThat(tookMs).isLessThan(15_000);
            // 143 = 128 + SIGTERM: the JVM's status after a signal whose shutdown hooks all completed.
            assertThat(entente.exitValue()).isIn(0, 143);
        } finally {
            entente.destroyForcibly();
        }

        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(lines)
                .as("no error, no stack trace")
                .noneMatch(
                        line -> line.contains(" ERROR ") || line.startsWith("\tat ") || line.startsWith("Caused by"));
        int checkpointSigned = indexOf(lines, "AuditCheckpoints", "Signed the audit checkpoint at shutdown");
        assertThat(checkpointSigned).as("the checkpoint signed at shutdown").isNotNegative();
        int postgresStopped = indexOf(lines, "EmbeddedServer", "Embedded PostgreSQL stopped");
        assertThat(postgresStopped)
                .as("PostgreSQL stopped, and after the checkpoint")
                .isGreaterThan(checkpointSigned);

        String lastCheckpoint = Files.readAllLines(dataDir.resolve("audit").resolve("checkpoints.txt")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .reduce((first, second) -> second)
                .orElseThrow();
        try (EmbeddedServer server = EmbeddedServer.start(dataDir)) {
            String lastEntry = JdbcClient.create(
                            server.dataSource(PasswordAuthentication.SUPERUSER, EmbeddedServer.DATABASE))
                    .sql("select id || ' ' || encode(hash, 'hex') from audit.event order by id desc limit 1")
                    .query(String.class)
                    .single();
            assertThat(lastCheckpoint).startsWith(lastEntry + " ");
        }
    }

    private static int indexOf(List<String> lines, String logger, String text) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains(logger) && lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static int awaitPort(Process entente, Path log, Duration atMost) throws Exception {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(entente.isAlive())
                    .as("Entente is starting (see %s)", log)
                    .isTrue();
            Matcher port = PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
            if (port.find() && Files.readString(log).contains("Started Entente")) {
                return Integer.parseInt(port.group(1));
            }
            Thread.sleep(250);
        }
        throw new AssertionError("Entente did not start within " + atMost);
    }
}
