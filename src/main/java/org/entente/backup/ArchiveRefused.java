package org.entente.backup;

/** A backup or restore that cannot be done, with the reason in a sentence for the operator. */
public class ArchiveRefused extends RuntimeException {

    ArchiveRefused(String message) {
        super(message);
    }

    ArchiveRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
