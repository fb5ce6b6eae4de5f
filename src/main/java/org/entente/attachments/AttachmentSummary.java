package org.entente.attachments;

import java.time.Instant;
import java.util.HexFormat;
import org.entente.shared.Label;

/** One stored version of an attached file, as lists show it. */
public record AttachmentSummary(
        long id,
        String recordType,
        long recordId,
        String fileName,
        int version,
        String mediaType,
        long size,
        byte[] sha256,
        String uploadedBy,
        Instant uploadedAt,
        Label label) {

    public String sha256Hex() {
        return HexFormat.of().formatHex(sha256);
    }

    /** The first twelve hex digits: enough to compare two copies by eye. */
    public String sha256Short() {
        return sha256Hex().substring(0, 12);
    }

    /** The size in kibibytes, rounded up: a one-byte file is not "0 KB". */
    public long kilobytes() {
        return (size + 1023) / 1024;
    }

    /** The type as people name it (PDF, DOCX, …). */
    public String kind() {
        return FileKind.ofMediaType(mediaType).map(FileKind::name).orElse(mediaType);
    }
}
