package org.entente.attachments;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * Tells what a received file is by its content (Tika's magic numbers, never the name), refuses a
 * kind Entente does not accept or one whose name claims another kind, and opens Office files (ZIP
 * archives, an ODT too) to refuse archive bombs before anyone's Office opens them.
 */
@Component
class ContentCheck {

    /** The most entries an accepted DOCX or XLSX may hold; real documents hold tens to hundreds. */
    static final int MAX_ENTRIES = 2_000;

    /** The most an accepted DOCX or XLSX may inflate to, all entries together. */
    static final long MAX_UNCOMPRESSED = 200L * 1024 * 1024;

    /**
     * Magic numbers only: with Tika's parsers on the class path, its default detector would also
     * open containers (a ZIP) to name them, before {@link #officeKind} has counted their entries. The
     * detector alone, not {@code new Tika(detector)}, which builds one of every parser on the class
     * path besides (issue 20: resident memory).
     */
    private final Detector magic = MimeTypes.getDefaultMimeTypes();

    /**
     * The kind of the file, checked against the kind its name claims.
     *
     * @throws AttachmentRefused when the file is empty, of a kind not accepted, not what its name
     *     says, or an archive bomb
     */
    FileKind check(Path file, String fileName) throws IOException {
        if (Files.size(file) == 0) {
            throw AttachmentRefused.invalid("attachments.error.empty");
        }
        FileKind claimed = FileKind.ofFileName(fileName)
                .orElseThrow(() -> AttachmentRefused.invalid("attachments.error.typeNotAllowed"));
        String detected;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            // No file name given: Tika then judges by the bytes alone.
            detected = magic.detect(in, new Metadata()).toString();
        }
        FileKind actual = switch (detected) {
            case "application/pdf" -> FileKind.PDF;
            case "image/png" -> FileKind.PNG;
            case "image/jpeg" -> FileKind.JPEG;
            case "text/plain" -> FileKind.TXT;
            case "application/zip", "application/x-tika-ooxml", "application/vnd.oasis.opendocument.text" ->
                officeKind(file).orElseThrow(() -> AttachmentRefused.invalid("attachments.error.typeNotAllowed"));
            default -> throw AttachmentRefused.invalid("attachments.error.typeNotAllowed");
        };
        if (actual != claimed) {
            throw AttachmentRefused.invalid("attachments.error.typeMismatch");
        }
        return actual;
    }

    /**
     * A ZIP archive is a DOCX or an XLSX by the parts it holds, an ODT by its {@code mimetype}. Every entry is inflated here, its
     * bytes counted, so that neither sizes declared falsely nor a flood of entries get through.
     */
    private static Optional<FileKind> officeKind(Path file) throws IOException {
        Set<String> names = new HashSet<>();
        String openDocument = "";
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw AttachmentRefused.invalid("attachments.error.archiveBomb");
            }
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                names.add(entry.getName());
                if (entry.getSize() > MAX_UNCOMPRESSED) {
                    throw AttachmentRefused.invalid("attachments.error.archiveBomb");
                }
                if (entry.getName().equals("mimetype") && entry.getSize() < 100) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        openDocument = new String(in.readNBytes(100), java.nio.charset.StandardCharsets.US_ASCII);
                    }
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        total += n;
                        if (total > MAX_UNCOMPRESSED) {
                            throw AttachmentRefused.invalid("attachments.error.archiveBomb");
                        }
                    }
                }
            }
        } catch (java.util.zip.ZipException damaged) {
            throw AttachmentRefused.invalid("attachments.error.typeNotAllowed");
        }
        if (openDocument.equals(FileKind.ODT.mediaType()) && names.contains("content.xml")) {
            return Optional.of(FileKind.ODT);
        }
        if (!names.contains("[Content_Types].xml")) {
            return Optional.empty();
        }
        if (names.contains("word/document.xml")) {
            return Optional.of(FileKind.DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
            return Optional.of(FileKind.XLSX);
        }
        return Optional.empty();
    }
}
