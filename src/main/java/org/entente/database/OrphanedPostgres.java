package org.entente.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After the JVM was killed with {@code kill -9}, its PostgreSQL may live on, holding the data
 * directory's {@code postmaster.pid}. Reusing that server silently would hide a crash, and the lock
 * file would block a new one: so the orphan is stopped (it has no clients left) and a stale lock
 * file removed, both said in the log.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

    private OrphanedPostgres() {}

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path lockFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(lockFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Files.readAllLines(lockFile).stream()
                .findFirst()
                .map(String::strip)
                .filter(line -> line.matches("\\d+"))
                .flatMap(pid -> ProcessHandle.of(Long.parseLong(pid)))
                .filter(ProcessHandle::isAlive)
                .filter(OrphanedPostgres::isPostgres);
        if (orphan.isPresent()) {
            ProcessHandle process = orphan.get();
            log.warn(
                    "A PostgreSQL left by an earlier run (pid {}) still holds {}; stopping it",
                    process.pid(),
                    dataDirectory);
            process.destroy();
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception notStopped) {
                log.warn("PostgreSQL pid {} did not stop in 30 s; killing it", process.pid());
                process.destroyForcibly();
                process.onExit().join();
            }
        } else {
            log.warn("Removing stale lock file {} left by an earlier run", lockFile);
        }
        Files.deleteIfExists(lockFile);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
    }
}
