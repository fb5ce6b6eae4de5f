package org.entente.agreements;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.access.AccessDeniedException;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.documents.DocumentLanguagesInvalid;
import org.entente.documents.PdfDocuments;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Nations;
import org.entente.shared.Subject;
import org.entente.shared.Translator;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The agreements' API (api.md): the list a caller may read, and one agreement with its history. */
@RestController
@RequestMapping(AgreementApiController.PATH)
class AgreementApiController {

    static final String PATH = "/api/v1/agreements";
    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    /** A label as every record of the API carries it (api.md). */
    record LabelJson(Classification classification, String owner, List<String> releasableTo, String banner) {

        static LabelJson of(Label label) {
            return new LabelJson(
                    label.classification(),
                    label.owner(),
                    label.releasableTo().stream().sorted().toList(),
                    label.banner());
        }
    }

    record EventJson(
            long id, LocalDate date, AgreementEventKind kind, String reason, String note, boolean illustrative) {}

    record AgreementJson(
            long id,
            AgreementKind kind,
            AgreementStatus status,
            List<String> parties,
            List<Signatory> signatories,
            LocalDate signedOn,
            Map<String, String> signedPlace,
            LocalDate enteredIntoForce,
            Integer termYears,
            boolean tacitRenewal,
            LocalDate termEnds,
            List<String> domains,
            Long parentId,
            Map<String, String> title,
            Map<String, String> summary,
            boolean illustrative,
            LabelJson label,
            List<EventJson> events) {

        static AgreementJson of(AgreementSummary a, List<StatusEvent> history) {
            return new AgreementJson(
                    a.id(),
                    a.kind(),
                    a.status(),
                    a.parties(),
                    a.signatories(),
                    a.signedOn(),
                    a.signedPlace().values(),
                    a.enteredIntoForce(),
                    a.termYears(),
                    a.tacitRenewal(),
                    a.termEnds(),
                    a.domains(),
                    a.parentId(),
                    a.title().values(),
                    a.summary().values(),
                    a.illustrative(),
                    LabelJson.of(a.label()),
                    history == null
                            ? null
                            : history.stream()
                                    .map(e -> new EventJson(
                                            e.id(), e.date(), e.kind(), e.reason(), e.note(), e.illustrative()))
                                    .toList());
        }
    }

    record AgreementsJson(List<AgreementJson> items, int page, int size, long total) {}

    private final Agreements agreements;
    private final AuditTrail audit;
    private final Translator messages;
    private final PdfDocuments documents;

    AgreementApiController(Agreements agreements, AuditTrail audit, Translator messages, PdfDocuments documents) {
        this.agreements = agreements;
        this.audit = audit;
        this.messages = messages;
        this.documents = documents;
    }

    /** Agreements signed latest first; {@code page} counts from 0, {@code size} is at most {@value #MAX_SIZE}. */
    @GetMapping
    ResponseEntity<?> list(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) String size,
            @RequestParam(required = false) String nation,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind,
            Locale locale) {
        var errors = new ArrayList<Map<String, String>>();
        int pageNumber = number(page, "page", 0, errors, locale);
        int pageSize = number(size, "size", 1, errors, locale);
        String nationCode = nation == null ? null : nation.strip().toUpperCase(Locale.ROOT);
        if (nationCode != null && !Nations.isKnown(nationCode)) {
            errors.add(error("nation", "api.nation.unknown", locale));
        }
        AgreementStatus statusFilter = AgreementController.parse(AgreementStatus.class, status);
        if (status != null && statusFilter == null) {
            errors.add(error("status", "api.value.unknown", locale));
        }
        AgreementKind kindFilter = AgreementController.parse(AgreementKind.class, kind);
        if (kind != null && kindFilter == null) {
            errors.add(error("kind", "api.value.unknown", locale));
        }
        if (!errors.isEmpty()) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.invalid", locale);
            problem.setProperty("errors", errors);
            return ResponseEntity.of(problem).build();
        }
        Agreements.Page result = agreements.page(
                reader,
                new Agreements.Filter(nationCode, statusFilter, kindFilter),
                pageNumber,
                Math.min(pageSize, MAX_SIZE));
        agreements.recordListing(
                result.items(),
                Label.highWaterMark(
                        reader.nation(),
                        result.items().stream().map(AgreementSummary::label).toList()));
        return ResponseEntity.ok(new AgreementsJson(
                result.items().stream().map(a -> AgreementJson.of(a, null)).toList(),
                result.page(),
                result.size(),
                result.total()));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> one(@AuthenticationPrincipal Subject reader, @PathVariable String id, Locale locale) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException notANumber) {
            return ResponseEntity.of(problem(HttpStatus.NOT_FOUND, "api.notFound", locale))
                    .build();
        }
        var found = agreements.find(reader, number);
        if (found.isEmpty()) {
            audit.recordSeparately(AuditEvent.denied("agreements.agreement.read", "agreement", id, null));
            return ResponseEntity.of(problem(HttpStatus.NOT_FOUND, "api.notFound", locale))
                    .build();
        }
        AgreementSummary agreement = found.get();
        if (agreement.label().classification() != Classification.UNCLASSIFIED) {
            audit.recordSeparately(AuditEvent.success("agreements.agreement.read", "agreement", id, agreement.label()));
        }
        return ResponseEntity.ok(AgreementJson.of(agreement, agreements.historyOf(reader, number)));
    }

    /**
     * The agreement as a PDF document, in one language or two side by side ({@code languages=ar,en}):
     * title, parties, signatories, dates, domains and status history, under the banner of the
     * high-water mark of what it shows. Unreadable: 404. Every export is audited.
     */
    @GetMapping(value = "/{id}/document.pdf")
    ResponseEntity<?> document(
            @AuthenticationPrincipal Subject reader,
            @PathVariable String id,
            @RequestParam(required = false) String languages,
            Locale locale) {
        List<String> codes;
        try {
            codes = PdfDocuments.languages(languages, locale);
        } catch (DocumentLanguagesInvalid invalid) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "api.invalid", locale);
            problem.setProperty("errors", List.of(error("languages", invalid.messageKey(), locale)));
            return ResponseEntity.of(problem).build();
        }
        var found = parseId(id).flatMap(number -> agreements.find(reader, number));
        if (found.isEmpty()) {
            audit.recordSeparately(AuditEvent.denied("agreements.agreement.export", "agreement", id, null));
            return ResponseEntity.of(problem(HttpStatus.NOT_FOUND, "api.notFound", locale))
                    .build();
        }
        AgreementSummary agreement = found.get();
        List<StatusEvent> history = agreements.historyOf(reader, agreement.id());
        AgreementSummary parent = agreement.parentId() == null
                ? null
                : agreements.find(reader, agreement.parentId()).orElse(null);
        var labels = new ArrayList<Label>();
        labels.add(agreement.label());
        history.forEach(e -> labels.add(e.label()));
        if (parent != null) {
            labels.add(parent.label());
        }
        Label whole = Label.highWaterMark(agreement.label().owner(), labels);
        List<Locale> written = PdfDocuments.locales(codes, reader.nation());
        var model = new HashMap<String, Object>();
        model.put("agreement", agreement);
        model.put("parent", parent);
        model.put("history", history);
        model.put("domains", agreements.domainsOf(agreement));
        byte[] pdf = documents.render("agreements/document.jte", model, whole, agreement.title(), written);
        audit.recordSeparately(AuditEvent.success("agreements.agreement.export", "agreement", id, whole)
                .with("format", "pdf")
                .with("languages", String.join(",", codes)));
        return PdfDocuments.response(pdf, "agreement-" + agreement.id() + "-" + String.join("-", codes) + ".pdf");
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * Creates an agreement from the JSON body (the fields of {@link AgreementDraft}): 201 with the
     * record, 403 for who may not create agreements, 422 naming each refused field.
     */
    @PostMapping
    ResponseEntity<?> create(
            @AuthenticationPrincipal Subject subject, @RequestBody AgreementDraft draft, Locale locale) {
        long id;
        try {
            id = agreements.create(subject, draft);
        } catch (AccessDeniedException denied) {
            audit.recordSeparately(AuditEvent.denied("agreements.agreement.create", "agreement", null, null)
                    .with("reason", denied.messageKey()));
            return ResponseEntity.of(problem(HttpStatus.FORBIDDEN, denied.messageKey(), locale))
                    .build();
        } catch (AgreementInvalidException invalid) {
            ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.invalid", locale);
            problem.setProperty(
                    "errors",
                    invalid.errors().entrySet().stream()
                            .map(e -> Map.of("field", e.getKey(), "message", messages.t(locale, e.getValue())))
                            .toList());
            return ResponseEntity.of(problem).build();
        }
        AgreementSummary created = agreements.find(subject, id).orElseThrow();
        return ResponseEntity.created(URI.create(PATH + "/" + id))
                .body(AgreementJson.of(created, agreements.historyOf(subject, id)));
    }

    private int number(String text, String field, int least, List<Map<String, String>> errors, Locale locale) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= least) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(error(field, least == 0 ? "api.number.notNegative" : "api.number.positive", locale));
        return least;
    }

    private Map<String, String> error(String field, String key, Locale locale) {
        return Map.of("field", field, "message", messages.t(locale, key, field));
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.t(locale, key));
        problem.setTitle(messages.t(locale, "api.status." + status.value()));
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
