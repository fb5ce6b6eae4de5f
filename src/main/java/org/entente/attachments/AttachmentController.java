package org.entente.attachments;

import java.io.IOException;
import java.io.InputStream;
import org.entente.shared.NotReadable;
import org.entente.shared.RecordType;
import org.entente.shared.Subject;
import org.entente.shared.web.DeniedAs;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploading from a record's page and downloading. The form posts to {@code
 * /attachments/{recordType}/{recordId}} with the CSRF token in the query string: the multipart
 * body is read only when the handler's arguments are (lazily), so that a file above the limit is
 * answered with the 413 page that says so, not with a refused token.
 */
@Controller
class AttachmentController {

    static final String UPLOAD = "/attachments/{recordType}/{recordId}";
    static final String DOWNLOAD = "/attachments/{id}";

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    /**
     * Stores the file and goes back to the record's page. A refusal (not allowed, no file, a kind
     * not accepted, too large) is answered by the one refusal path: the error page saying why.
     */
    @PostMapping(UPLOAD)
    @DeniedAs(action = Attachments.UPLOAD, objectType = "record")
    String upload(
            @AuthenticationPrincipal Subject uploader,
            @PathVariable String recordType,
            @PathVariable long recordId,
            @RequestParam(required = false) MultipartFile file)
            throws IOException {
        receive(attachments, uploader, recordType, recordId, file);
        String back = attachments.pagePath(attachments.kind(recordType, recordId), recordId);
        return "redirect:" + back + (back.contains("?") ? "&" : "?") + "attached#attachments";
    }

    /**
     * Stores a file posted to the record a URL names, for the page and the API alike: who may not
     * attach to it learns that first (404 or 403), then that no file came.
     */
    static AttachmentSummary receive(
            Attachments attachments, Subject uploader, String recordType, long recordId, MultipartFile file)
            throws IOException {
        RecordType kind = attachments.kind(recordType, recordId);
        attachments.requireMayAttach(uploader, kind, recordId);
        if (file == null) {
            throw AttachmentRefused.invalid("attachments.error.noFile");
        }
        try (InputStream content = file.getInputStream()) {
            return attachments.upload(uploader, kind, recordId, file.getOriginalFilename(), content);
        }
    }

    @GetMapping(DOWNLOAD)
    ResponseEntity<Resource> download(@AuthenticationPrincipal Subject reader, @PathVariable long id) {
        return attachments
                .download(reader, id)
                .map(AttachmentController::send)
                .orElseThrow(() -> new NotReadable("attachment", id));
    }

    /** The file as a download, never to be rendered or sniffed by the browser as something else. */
    static ResponseEntity<Resource> send(Attachments.Download download) {
        AttachmentSummary a = download.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(a.mediaType()))
                .contentLength(a.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(a.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header(HttpHeaders.ETAG, "\"" + a.sha256Hex() + "\"")
                .body(download.content());
    }
}
