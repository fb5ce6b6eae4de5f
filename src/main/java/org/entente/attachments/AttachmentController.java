package org.entente.attachments;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.entente.access.AccessDeniedException;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.WebUtils;

/**
 * Uploading from a record's page and downloading. The form posts to {@code
 * /attachments/{recordType}/{recordId}} with the CSRF token in the query string: the multipart
 * body is read only here (lazily), so that a file above the limit is answered with a page that
 * says so, not with a refused token.
 */
@Controller
class AttachmentController {

    static final String UPLOAD = "/attachments/{recordType}/{recordId}";
    static final String DOWNLOAD = "/attachments/{id}";

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    @PostMapping(UPLOAD)
    String upload(
            @AuthenticationPrincipal Subject uploader,
            @PathVariable String recordType,
            @PathVariable long recordId,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Label label = attachments
                .label(uploader, recordType, recordId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String back = attachments.pagePath(recordType, recordId);
        try {
            attachments.requireMayAttach(uploader, recordType, recordId);
            MultipartHttpServletRequest multipart =
                    WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
            MultipartFile file = multipart == null ? null : multipart.getFile("file");
            if (file == null) {
                throw AttachmentRefused.invalid("attachments.error.noFile");
            }
            try (InputStream content = file.getInputStream()) {
                attachments.upload(uploader, recordType, recordId, file.getOriginalFilename(), content);
            }
            return "redirect:" + back + (back.contains("?") ? "&" : "?") + "attached#attachments";
        } catch (AttachmentRefused refused) {
            return refused(refused.messageKey(), refused.status(), label, back, model, response);
        } catch (MaxUploadSizeExceededException tooLarge) {
            return refused("attachments.error.tooLarge", HttpStatus.CONTENT_TOO_LARGE, label, back, model, response);
        } catch (MultipartException | IOException unreadable) {
            return refused("attachments.error.noFile", HttpStatus.UNPROCESSABLE_CONTENT, label, back, model, response);
        } catch (AccessDeniedException denied) {
            return refused(denied.messageKey(), HttpStatus.FORBIDDEN, label, back, model, response);
        }
    }

    @GetMapping(DOWNLOAD)
    ResponseEntity<Resource> download(@AuthenticationPrincipal Subject reader, @PathVariable long id) {
        return attachments
                .download(reader, id)
                .map(AttachmentController::send)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
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
                .body(new FileSystemResource(download.file()));
    }

    private static String refused(
            String messageKey, HttpStatus status, Label label, String back, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("label", label);
        model.addAttribute("reason", messageKey);
        model.addAttribute("back", back);
        return "attachments/refused";
    }
}
