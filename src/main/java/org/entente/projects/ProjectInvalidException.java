package org.entente.projects;

import java.util.Map;
import org.entente.attachments.AttachmentRefused;
import org.entente.shared.Refused;

/**
 * Input refused, field by field (field → message key); nothing was stored. A {@link Refused} whose
 * fields are named in the reader's language by {@code project.field.*}: nobody catches it, pages
 * show the form again (422) through {@code Forms.submit}, the API answers 422 with {@code errors[]}.
 */
public class ProjectInvalidException extends Refused {

    private final int status;

    public ProjectInvalidException(Map<String, String> errors) {
        this(errors, 422);
    }

    private ProjectInvalidException(Map<String, String> errors, int status) {
        super(Refused.fields(errors).fields());
        this.status = status;
    }

    /**
     * A milestone's evidence file refused by the attachments (not a PDF it claims to be, too
     * large…), as the {@code evidence} field: 422, or 413 for a file above the limit.
     */
    static ProjectInvalidException evidence(AttachmentRefused refused) {
        // The attachments' status is an HttpStatus today and may become a Refused's int: read either.
        Object status = refused.status();
        int code = status instanceof org.springframework.http.HttpStatusCode http
                ? http.value()
                : ((Number) status).intValue();
        return new ProjectInvalidException(Map.of("evidence", refused.messageKey()), code);
    }

    @Override
    public String fieldLabelPrefix() {
        return "project.field.";
    }

    @Override
    public int status() {
        return status;
    }
}
