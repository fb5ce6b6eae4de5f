package org.entente.workplans;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.entente.shared.Subject;
import org.entente.shared.web.DeniedAs;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * A plan's activities as a spreadsheet (api.md, Documents): the export, the template to fill in,
 * and the import, which takes the file as the multipart field {@code file} or as the raw body.
 * A refused file is a {@link SpreadsheetRefused}, answered by the one refusal path: {@code
 * application/problem+json} in the caller's language, each cell's problem named by row and column:
 * {@code errors: [{"field": "row 7, column D (type)", "message": …}]}.
 */
@RestController
@RequestMapping(ActivitySpreadsheetController.PATH)
class ActivitySpreadsheetController {

    static final String PATH = "/api/v1/workplans/{id}";

    /** The largest file an import accepts; 5,000 rows take well under 1 MiB. */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private static final Set<String> ZIP =
            Set.of("application/zip", "application/x-tika-ooxml", ActivitySpreadsheet.MEDIA_TYPE);

    private final ActivitySpreadsheet spreadsheet;
    /** Tika's detectors (magic numbers, then a ZIP's entries), without the parsers {@code new Tika()} builds. */
    private final Detector detector = new DefaultDetector();

    ActivitySpreadsheetController(ActivitySpreadsheet spreadsheet) {
        this.spreadsheet = spreadsheet;
    }

    /** The plan's activities the caller may read, one row each; recorded as an export. */
    @GetMapping("/activities.xlsx")
    ResponseEntity<?> export(@AuthenticationPrincipal Subject reader, @PathVariable long id, Locale locale)
            throws IOException {
        ActivitySpreadsheet.Export export = spreadsheet.export(reader, id); // a hidden plan: NotReadable, 404
        var bytes = new ByteArrayOutputStream();
        spreadsheet.write(export, locale, bytes);
        PlanSummary plan = export.plan();
        return file(bytes.toByteArray(), "%s-%d-activities.xlsx".formatted(plan.committeeCode(), plan.year()));
    }

    /** The columns to fill in, their explanation and the lists to choose from. */
    @GetMapping("/activities-template.xlsx")
    ResponseEntity<?> template(@AuthenticationPrincipal Subject reader, @PathVariable long id, Locale locale)
            throws IOException {
        var bytes = new ByteArrayOutputStream();
        spreadsheet.template(reader, id, locale, bytes); // a hidden plan: NotReadable, 404
        return file(bytes.toByteArray(), "activities-template.xlsx");
    }

    /** Imports the rows of the file as proposals of the caller's nation: all or nothing. */
    @PostMapping("/activities.xlsx")
    @DeniedAs(action = "workplans.activity.import", objectType = "workplan")
    ResponseEntity<?> importFile(
            @AuthenticationPrincipal Subject importer, @PathVariable long id, HttpServletRequest request, Locale locale)
            throws IOException {
        Path file = Files.createTempFile("entente-import-", ".xlsx");
        try {
            spreadsheet.mayImport(importer, id);
            if (!receive(request, file)) {
                throw SpreadsheetRefused.file("workplans.xlsx.error.noFile");
            }
            String detected;
            try (InputStream in = TikaInputStream.get(file)) {
                detected = detector.detect(in, new Metadata()).toString();
            }
            if (!ZIP.contains(detected)) {
                throw SpreadsheetRefused.file("workplans.xlsx.error.notXlsx");
            }
            int imported = spreadsheet.importFile(importer, id, file.toFile());
            return ResponseEntity.ok(Map.of("plan", id, "imported", imported));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Copies the multipart field {@code file}, or else the raw body, to the file; false when empty. */
    private static boolean receive(HttpServletRequest request, Path file) throws IOException {
        InputStream in;
        if (request instanceof MultipartHttpServletRequest multipart) {
            MultipartFile part = multipart.getFile("file");
            if (part == null || part.isEmpty()) {
                return false;
            }
            in = part.getInputStream();
        } else {
            in = request.getInputStream();
        }
        long size = 0;
        try (in;
                OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                size += n;
                if (size > MAX_BYTES) {
                    throw SpreadsheetRefused.file("workplans.xlsx.error.tooLarge", MAX_BYTES / (1024 * 1024));
                }
                out.write(buffer, 0, n);
            }
        }
        return size > 0;
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ActivitySpreadsheet.MEDIA_TYPE))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(bytes);
    }
}
