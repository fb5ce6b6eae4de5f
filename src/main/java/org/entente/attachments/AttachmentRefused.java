package org.entente.attachments;

import org.entente.shared.Refused;
import org.springframework.http.HttpStatus;

/**
 * An upload refused before anything was stored, with the message key that tells the user why in
 * their language and the HTTP status to answer with (422, or 413 for a file above the limit).
 * Nobody catches it: the one refusal path answers it (docs/refusals.md).
 */
public class AttachmentRefused extends Refused {

    private final int status;

    AttachmentRefused(String messageKey, HttpStatus status) {
        super(messageKey);
        this.status = status.value();
    }

    static AttachmentRefused invalid(String messageKey) {
        return new AttachmentRefused(messageKey, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Override
    public int status() {
        return status;
    }
}
