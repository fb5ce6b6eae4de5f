package org.entente.attachments;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The kinds of file Entente accepts, each with its media type and the extensions it may bear. */
enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    TXT("text/plain", "txt"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg");

    private final String mediaType;
    private final Set<String> extensions;

    FileKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = Set.of(extensions);
    }

    String mediaType() {
        return mediaType;
    }

    /** Whether the kind holds text to search (an image holds none that is read). */
    boolean hasText() {
        return this != PNG && this != JPEG;
    }

    /** The kind a file name claims by its extension, if it is one Entente accepts. */
    static Optional<FileKind> ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> kind.extensions.contains(extension))
                .findFirst();
    }

    static Optional<FileKind> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(kind -> kind.mediaType.equals(mediaType))
                .findFirst();
    }
}
