package org.entente.attachments;

import java.io.IOException;
import java.time.Instant;
import org.entente.shared.NotReadable;
import org.entente.shared.RecordType;
import org.entente.shared.Subject;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.entente.shared.web.DeniedAs;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The attachments API (api.md): a record's files, uploading one, downloading one. Refusals are
 * {@code application/problem+json} in the caller's language.
 */
@RestController
@RequestMapping(AttachmentApiController.PATH)
class AttachmentApiController {

    static final String PATH = "/api/v1/attachments";

    record AttachmentJson(
            long id,
            String recordType,
            long recordId,
            String fileName,
            int version,
            String mediaType,
            long size,
            String sha256,
            String uploadedBy,
            Instant uploadedAt,
            String download,
            LabelJson label) {

        static AttachmentJson of(AttachmentSummary a) {
            return new AttachmentJson(
                    a.id(),
                    a.recordType(),
                    a.recordId(),
                    a.fileName(),
                    a.version(),
                    a.mediaType(),
                    a.size(),
                    a.sha256Hex(),
                    a.uploadedBy(),
                    a.uploadedAt(),
                    PATH + "/" + a.id() + "/content",
                    LabelJson.of(a.label()));
        }
    }

    private final Attachments attachments;

    AttachmentApiController(Attachments attachments) {
        this.attachments = attachments;
    }

    /** A record's files the caller may read; a record hidden from the caller is answered 404. */
    @GetMapping
    ListJson<AttachmentJson> list(
            @AuthenticationPrincipal Subject reader,
            @RequestParam String recordType,
            @RequestParam long recordId,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        RecordType kind = attachments.kind(recordType, recordId);
        if (attachments.label(reader, kind, recordId).isEmpty()) {
            throw new NotReadable(recordType, recordId);
        }
        return ListJson.of(attachments.of(reader, kind, recordId), paging, AttachmentJson::of);
    }

    /** Uploads a file ({@code file}) to a record: 201 with the stored version, or a problem. */
    @ResponseStatus(HttpStatus.CREATED) // the answer of success, for the OpenAPI document
    @PostMapping
    @DeniedAs(action = Attachments.UPLOAD, objectType = "record")
    ResponseEntity<AttachmentJson> upload(
            @AuthenticationPrincipal Subject uploader,
            @RequestParam String recordType,
            @RequestParam long recordId,
            @RequestParam(required = false) MultipartFile file)
            throws IOException {
        AttachmentSummary stored = AttachmentController.receive(attachments, uploader, recordType, recordId, file);
        return ResponseEntity.status(HttpStatus.CREATED).body(AttachmentJson.of(stored));
    }

    @GetMapping("/{id}/content")
    ResponseEntity<Resource> content(@AuthenticationPrincipal Subject reader, @PathVariable long id) {
        return attachments
                .download(reader, id)
                .map(AttachmentController::send)
                .orElseThrow(() -> new NotReadable("attachment", id));
    }
}
