package org.entente.shared.edge;

import java.util.Locale;
import org.springframework.util.unit.DataSize;

/**
 * How large a request body may be: {@code entente.request.max-body} (1 MB) for JSON, forms and
 * anything else; for uploads — multipart forms, and the raw files of imports — the attachment
 * limit {@code entente.attachments.max-size} and room for the form's other fields.
 */
public record RequestLimits(long maxBody, long maxUpload) {

    /** Room for the form fields around an uploaded file (as the multipart configuration allows). */
    static final long FORM_OVERHEAD = 64 * 1024;

    public static RequestLimits of(DataSize maxBody, DataSize maxAttachment) {
        return new RequestLimits(maxBody.toBytes(), maxAttachment.toBytes() + FORM_OVERHEAD);
    }

    /** The limit of a body of this content type. */
    public long limitFor(String contentType) {
        if (contentType == null) {
            return maxBody;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        boolean upload = type.startsWith("multipart/")
                || type.startsWith("application/octet-stream")
                || type.startsWith("application/zip")
                || type.startsWith("application/vnd.openxmlformats")
                || type.startsWith("application/pdf")
                || type.startsWith("image/");
        return upload ? maxUpload : maxBody;
    }

    /** A limit as people read it: "1 MB", "25 MB", "512 KB". */
    static String describe(long bytes) {
        if (bytes >= 1024 * 1024) {
            return (bytes / (1024 * 1024)) + " MB";
        }
        return Math.max(1, bytes / 1024) + " KB";
    }
}
