package org.entente.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        Optional<ProcessHandle> orphan = pidIn(dataDirectory)
                .flatMap(ProcessHandle::of)
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

    /** The process id in the data directory's {@code postmaster.pid}, if there is one. */
    static Optional<Long> pidIn(Path dataDirectory) {
        try {
            return Files.readAllLines(dataDirectory.resolve("postmaster.pid")).stream()
                    .findFirst()
                    .map(String::strip)
                    .filter(line -> line.matches("\\d+"))
                    .map(Long::parseLong);
        } catch (IOException | UncheckedIOException absent) {
            return Optional.empty();
        }
    }

    /**
     * Waits until no process works in the data directory any more (a PostgreSQL backend's working
     * directory is its data directory): the processes of a postmaster that was killed end on their
     * own soon after it, and a new server must not start while they still write.
     *
     * @return whether none is left
     */
    static boolean awaitNoneWorkingIn(Path dataDirectory, Duration atMost) throws InterruptedException {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!workingIn(dataDirectory).isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(100);
        }
        return true;
    }

    /** The PostgreSQL processes whose working directory is this data directory. */
    static List<ProcessHandle> workingIn(Path dataDirectory) {
        return ProcessHandle.allProcesses()
                .filter(OrphanedPostgres::isPostgres)
                .filter(process -> {
                    try {
                        return Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"))
                                .equals(dataDirectory);
                    } catch (IOException | UnsupportedOperationException unknown) {
                        return false;
                    }
                })
                .toList();
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(c -> c.endsWith("/postgres")).orElse(false);
    }
}
