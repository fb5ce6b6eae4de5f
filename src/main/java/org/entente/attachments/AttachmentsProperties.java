package org.entente.attachments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The attachments' settings ({@code entente.attachments.*}).
 *
 * @param maxSize the largest file accepted; Spring's multipart limits follow it, so that a larger
 *     upload is cut off while it streams in rather than after it filled the disk
 */
@ConfigurationProperties("entente.attachments")
record AttachmentsProperties(@DefaultValue("25MB") DataSize maxSize) {

    AttachmentsProperties {
        if (maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("entente.attachments.max-size must be at least 1 byte");
        }
    }
}
