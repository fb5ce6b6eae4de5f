package org.entente.backup;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code --entente.backup=FILE} writes the instance to FILE; {@code --entente.restore=FILE} restores
 * FILE into this (empty) instance. Runs before anything else at start (before the first
 * administrator or the demo are created); {@link org.entente.Entente#main} then stops.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ArchiveRunner implements ApplicationRunner {

    static final String BACKUP = "entente.backup";
    static final String RESTORE = "entente.restore";
    private static final Logger log = LoggerFactory.getLogger(ArchiveRunner.class);

    private final InstanceArchive archive;
    private final Environment environment;

    ArchiveRunner(InstanceArchive archive, Environment environment) {
        this.archive = archive;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        String backup = environment.getProperty(BACKUP);
        String restore = environment.getProperty(RESTORE);
        if (backup != null && !backup.isBlank()) {
            InstanceArchive.Backup written = archive.backup(Path.of(backup));
            log.info(
                    "Backup complete: {} ({} entries, {} rows)",
                    written.file(),
                    written.entries().size(),
                    written.rows());
        }
        if (restore != null && !restore.isBlank()) {
            InstanceArchive.Restored restored = archive.restore(Path.of(restore));
            if (!restored.audit().ok()) {
                throw new ArchiveRefused("Restored, but the audit trail does not verify: "
                        + restored.audit().detail());
            }
            log.info(
                    "Restore complete: {} entries; the audit trail verifies ({} entries)",
                    restored.entries().size(),
                    restored.audit().entries());
        }
    }
}
