package org.entente.attachments;

import org.springframework.http.HttpStatus;

/**
 * An upload refused before anything was stored, with the message key that tells the user why in
 * their language and the HTTP status to answer with (422, or 413 for a file above the limit).
 */
public class AttachmentRefused extends RuntimeException {

    private final String messageKey;
    private final HttpStatus status;

    AttachmentRefused(String messageKey, HttpStatus status) {
        super(messageKey, null, false, false);
        this.messageKey = messageKey;
        this.status = status;
    }

    static AttachmentRefused invalid(String messageKey) {
        return new AttachmentRefused(messageKey, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    public String messageKey() {
        return messageKey;
    }

    public HttpStatus status() {
        return status;
    }
}
