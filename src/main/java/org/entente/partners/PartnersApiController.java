package org.entente.partners;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.access.AccessDeniedException;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.entente.shared.Translator;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Organizations and people (api.md): lists holding only what the caller may read. */
@RestController
class PartnersApiController {

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

    record OrganizationJson(
            long id,
            String nation,
            Long parentId,
            OrganizationKind kind,
            Map<String, String> name,
            String abbreviation,
            boolean illustrative,
            LabelJson label) {}

    record PersonJson(
            long id,
            String nation,
            Long organizationId,
            String nameLatin,
            String nameNative,
            Map<String, String> rank,
            Map<String, String> position,
            boolean illustrative,
            LabelJson label) {}

    record ListJson<T>(List<T> items, int page, int size, long total) {}

    private final Organizations organizations;
    private final People people;
    private final AuditTrail audit;
    private final Translator messages;

    PartnersApiController(Organizations organizations, People people, AuditTrail audit, Translator messages) {
        this.organizations = organizations;
        this.people = people;
        this.audit = audit;
        this.messages = messages;
    }

    static OrganizationJson json(OrganizationSummary o) {
        return new OrganizationJson(
                o.id(),
                o.nation(),
                o.parentId(),
                o.kind(),
                o.name().values(),
                o.abbreviation(),
                o.illustrative(),
                LabelJson.of(o.label()));
    }

    static PersonJson json(PersonSummary p) {
        return new PersonJson(
                p.id(),
                p.nation(),
                p.organizationId(),
                p.nameLatin(),
                p.nameNative(),
                p.rank().values(),
                p.position().values(),
                p.illustrative(),
                LabelJson.of(p.label()));
    }

    /**
     * Records an organization from the JSON body (the fields of {@link OrganizationDraft}): 201 with
     * the record, 403 for who may not write their nation's records, 422 naming each refused field.
     */
    @PostMapping("/api/v1/organizations")
    ResponseEntity<?> createOrganization(
            @AuthenticationPrincipal Subject subject, @RequestBody OrganizationDraft draft, Locale locale) {
        try {
            long id = organizations.create(subject, draft);
            return ResponseEntity.created(URI.create(
                            "/api/v1/organizations?nation=" + draft.nation().strip()))
                    .body(json(organizations.find(subject, id).orElseThrow()));
        } catch (AccessDeniedException denied) {
            return denied(denied, "partners.organization.create", "organization", locale);
        } catch (PartnerInvalidException invalid) {
            return invalid(invalid, locale);
        }
    }

    /** Records a person from the JSON body (the fields of {@link PersonDraft}); answers as for organizations. */
    @PostMapping("/api/v1/people")
    ResponseEntity<?> createPerson(
            @AuthenticationPrincipal Subject subject, @RequestBody PersonDraft draft, Locale locale) {
        try {
            long id = people.create(subject, draft);
            return ResponseEntity.created(URI.create("/api/v1/people"))
                    .body(json(people.find(subject, id).orElseThrow()));
        } catch (AccessDeniedException denied) {
            return denied(denied, "partners.person.create", "person", locale);
        } catch (PartnerInvalidException invalid) {
            return invalid(invalid, locale);
        }
    }

    private ResponseEntity<?> denied(AccessDeniedException denied, String action, String objectType, Locale locale) {
        audit.recordSeparately(AuditEvent.denied(action, objectType, null, null).with("reason", denied.messageKey()));
        return ResponseEntity.of(problem(HttpStatus.FORBIDDEN, denied.messageKey(), locale))
                .build();
    }

    private ResponseEntity<?> invalid(PartnerInvalidException invalid, Locale locale) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "api.invalid", locale);
        problem.setProperty(
                "errors",
                invalid.errors().entrySet().stream()
                        .map(e -> Map.of("field", e.getKey(), "message", messages.t(locale, e.getValue())))
                        .toList());
        return ResponseEntity.of(problem).build();
    }

    private ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.t(locale, key));
        problem.setTitle(messages.t(locale, "api.status." + status.value()));
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    /** Organizations by nation, parents first; {@code nation} narrows to one nation. */
    @GetMapping("/api/v1/organizations")
    ListJson<OrganizationJson> organizations(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String nation,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size) {
        List<OrganizationJson> all = organizations.visibleTo(reader).stream()
                .filter(o -> nation == null || o.nation().equals(nation))
                .map(o -> new OrganizationJson(
                        o.id(),
                        o.nation(),
                        o.parentId(),
                        o.kind(),
                        o.name().values(),
                        o.abbreviation(),
                        o.illustrative(),
                        LabelJson.of(o.label())))
                .toList();
        int shown = Math.min(Math.max(size, 1), MAX_SIZE);
        int first = (int) Math.min((long) Math.max(page, 0) * shown, all.size());
        return new ListJson<>(
                all.subList(first, Math.min(first + shown, all.size())), Math.max(page, 0), shown, all.size());
    }

    @GetMapping("/api/v1/people")
    ListJson<PersonJson> people(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) int size) {
        People.Page result = people.visibleTo(reader, Math.max(page, 0), Math.min(Math.max(size, 1), MAX_SIZE));
        String read = result.items().stream()
                .filter(p -> p.label().classification() != Classification.UNCLASSIFIED)
                .map(p -> Long.toString(p.id()))
                .collect(Collectors.joining(","));
        if (!read.isEmpty()) {
            Label shown = Label.highWaterMark(
                    reader.nation(),
                    result.items().stream().map(PersonSummary::label).toList());
            audit.recordSeparately(AuditEvent.success("partners.person.list", "person", null, shown)
                    .with("ids", read));
        }
        return new ListJson<>(
                result.items().stream()
                        .map(p -> new PersonJson(
                                p.id(),
                                p.nation(),
                                p.organizationId(),
                                p.nameLatin(),
                                p.nameNative(),
                                p.rank().values(),
                                p.position().values(),
                                p.illustrative(),
                                LabelJson.of(p.label())))
                        .toList(),
                result.page(),
                result.size(),
                result.total());
    }
}
