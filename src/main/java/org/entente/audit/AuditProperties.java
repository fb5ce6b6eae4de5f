package org.entente.audit;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit trail's settings ({@code entente.audit.*}).
 *
 * @param checkpointEvery how many committed entries between two signed checkpoints; entries after
 *     the last checkpoint are protected by the chain alone, so a smaller number narrows what a
 *     truncated tail can hide, at the cost of a signature and a file write each time
 * @param directory where the checkpoint key pair and the checkpoints file are (default {@code
 *     <data-dir>/audit}); in a cluster, a directory every node mounts
 */
@ConfigurationProperties("entente.audit")
record AuditProperties(@DefaultValue("100") int checkpointEvery, Path directory) {

    AuditProperties {
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("entente.audit.checkpoint-every must be at least 1");
        }
    }
}
