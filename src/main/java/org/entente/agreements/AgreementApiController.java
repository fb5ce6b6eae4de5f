package org.entente.agreements;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.documents.PdfDocuments;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Nations;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.api.ApiProblems;
import org.entente.shared.api.ApiRequestInvalid;
import org.entente.shared.api.ApiRequestInvalid.FieldError;
import org.entente.shared.api.ETags;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.entente.shared.web.DeniedAs;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The agreements' API (api.md): the list a caller may read, and one agreement with its history. */
@RestController
@RequestMapping(AgreementApiController.PATH)
class AgreementApiController {

    static final String PATH = "/api/v1/agreements";

    record EventJson(
            long id,
            LocalDate date,
            AgreementEventKind kind,
            Map<String, String> reason,
            Map<String, String> note,
            boolean illustrative) {

        static EventJson of(StatusEvent e) {
            return new EventJson(
                    e.id(),
                    e.date(),
                    e.kind(),
                    e.reason() == null ? null : e.reason().values(),
                    e.note() == null ? null : e.note().values(),
                    e.illustrative());
        }
    }

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
                    history == null ? null : history.stream().map(EventJson::of).toList());
        }
    }

    private final Agreements agreements;
    private final AuditTrail audit;
    private final PdfDocuments documents;
    private final ApiProblems problems;
    private final Domains domains;

    AgreementApiController(
            Agreements agreements, AuditTrail audit, PdfDocuments documents, ApiProblems problems, Domains domains) {
        this.agreements = agreements;
        this.audit = audit;
        this.documents = documents;
        this.problems = problems;
        this.domains = domains;
    }

    /** Agreements signed latest first; {@code page} counts from 0, {@code size} is at most {@value Paging#MAX_SIZE}. */
    @GetMapping
    ListJson<AgreementJson> list(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size,
            @RequestParam(required = false) String nation,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind) {
        var errors = new ArrayList<FieldError>();
        Paging paging = Paging.of(page, size, errors);
        String nationCode = nation == null ? null : nation.strip().toUpperCase(Locale.ROOT);
        if (nationCode != null && !Nations.isKnown(nationCode)) {
            errors.add(new FieldError("nation", "api.nation.unknown", "nation"));
        }
        AgreementStatus statusFilter = AgreementController.parse(AgreementStatus.class, status);
        if (status != null && statusFilter == null) {
            errors.add(new FieldError("status", "api.value.unknown", "status"));
        }
        AgreementKind kindFilter = AgreementController.parse(AgreementKind.class, kind);
        if (kind != null && kindFilter == null) {
            errors.add(new FieldError("kind", "api.value.unknown", "kind"));
        }
        if (!errors.isEmpty()) {
            throw new ApiRequestInvalid(errors);
        }
        Agreements.Page result = agreements.page(
                reader, new Agreements.Filter(nationCode, statusFilter, kindFilter), paging.page(), paging.size());
        agreements.recordListing(
                result.items(),
                Label.highWaterMark(
                        reader.nation(),
                        result.items().stream().map(AgreementSummary::label).toList()));
        return new ListJson<>(
                result.items().stream().map(a -> AgreementJson.of(a, null)).toList(),
                result.page(),
                result.size(),
                result.total());
    }

    @GetMapping("/{id}")
    @DeniedAs(action = "agreements.agreement.read", objectType = "agreement")
    ResponseEntity<?> one(
            @AuthenticationPrincipal Subject reader, @PathVariable String id, HttpServletRequest request) {
        AgreementSummary agreement = parseId(id)
                .flatMap(number -> agreements.find(reader, number))
                .orElseThrow(() -> new NotReadable("agreement", id));
        long number = agreement.id();
        if (agreement.label().classification() != Classification.UNCLASSIFIED) {
            audit.recordSeparately(AuditEvent.read("agreements.agreement.read", "agreement", id, agreement.label()));
        }
        return ETags.ok(request, AgreementJson.of(agreement, agreements.historyOf(reader, number)));
    }

    /**
     * The agreement as a PDF document, in one language or two side by side ({@code languages=ar,en}):
     * title, parties, signatories, dates, domains and status history, under the banner of the
     * high-water mark of what it shows. Unreadable: 404. Every export is audited.
     */
    @GetMapping(value = "/{id}/document.pdf")
    @DeniedAs(action = "agreements.agreement.export", objectType = "agreement")
    ResponseEntity<?> document(
            @AuthenticationPrincipal Subject reader,
            @PathVariable String id,
            @RequestParam(required = false) String languages,
            Locale locale) {
        List<String> codes = PdfDocuments.languages(languages, locale); // else 400 naming the field
        AgreementSummary agreement = parseId(id)
                .flatMap(number -> agreements.find(reader, number))
                .orElseThrow(() -> new NotReadable("agreement", id));
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
        model.put("domains", domains.domainsOf(agreement));
        byte[] pdf = documents.render("agreements/document.jte", model, whole, agreement.title(), written);
        audit.recordSeparately(AuditEvent.read("agreements.agreement.export", "agreement", id, whole)
                .with("format", "pdf")
                .with("languages", String.join(",", codes)));
        return PdfDocuments.response(pdf, "agreement-" + agreement.id() + "-" + String.join("-", codes) + ".pdf");
    }

    private static Optional<Long> parseId(String id) {
        return id.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }

    /**
     * Creates an agreement from the JSON body (the fields of {@link AgreementDraft}): 201 with the
     * record, 403 for who may not create agreements, 422 naming each refused field.
     */
    @ResponseStatus(HttpStatus.CREATED) // the answer of success, for the OpenAPI document
    @PostMapping
    @DeniedAs(action = "agreements.agreement.create", objectType = "agreement")
    ResponseEntity<AgreementJson> create(
            @AuthenticationPrincipal Subject subject, @Valid @RequestBody AgreementDraft draft) {
        long id = agreements.create(subject, draft);
        AgreementSummary created = agreements.find(subject, id).orElseThrow();
        return ResponseEntity.created(URI.create(PATH + "/" + id))
                .body(AgreementJson.of(created, agreements.historyOf(subject, id)));
    }
}
