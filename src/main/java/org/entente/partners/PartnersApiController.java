package org.entente.partners;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.entente.shared.web.DeniedAs;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Organizations and people (api.md): lists holding only what the caller may read. */
@RestController
class PartnersApiController {

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
            Map<String, String> name,
            Map<String, String> rank,
            Map<String, String> position,
            boolean illustrative,
            LabelJson label) {}

    private final Organizations organizations;
    private final People people;
    private final AuditTrail audit;

    PartnersApiController(Organizations organizations, People people, AuditTrail audit) {
        this.organizations = organizations;
        this.people = people;
        this.audit = audit;
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
                p.name().values(),
                p.rank().values(),
                p.position().values(),
                p.illustrative(),
                LabelJson.of(p.label()));
    }

    /**
     * Records an organization from the JSON body (the fields of {@link OrganizationDraft}): 201 with
     * the record, 403 for who may not write their nation's records, 422 naming each refused field.
     */
    @ResponseStatus(HttpStatus.CREATED) // the answer of success, for the OpenAPI document
    @PostMapping("/api/v1/organizations")
    @DeniedAs(action = "partners.organization.create", objectType = "organization")
    ResponseEntity<OrganizationJson> createOrganization(
            @AuthenticationPrincipal Subject subject, @Valid @RequestBody OrganizationDraft draft) {
        long id = organizations.create(subject, draft);
        return ResponseEntity.created(URI.create(
                        "/api/v1/organizations?nation=" + draft.nation().strip()))
                .body(json(organizations.find(subject, id).orElseThrow()));
    }

    /** Records a person from the JSON body (the fields of {@link PersonDraft}); answers as for organizations. */
    @ResponseStatus(HttpStatus.CREATED) // the answer of success, for the OpenAPI document
    @PostMapping("/api/v1/people")
    @DeniedAs(action = "partners.person.create", objectType = "person")
    ResponseEntity<PersonJson> createPerson(
            @AuthenticationPrincipal Subject subject, @Valid @RequestBody PersonDraft draft) {
        long id = people.create(subject, draft);
        return ResponseEntity.created(URI.create("/api/v1/people"))
                .body(json(people.find(subject, id).orElseThrow()));
    }

    /** Organizations by nation, parents first; {@code nation} narrows to one nation. */
    @GetMapping("/api/v1/organizations")
    ListJson<OrganizationJson> organizations(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String nation,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        return ListJson.of(
                organizations.visibleTo(reader).stream()
                        .filter(o -> nation == null || o.nation().equals(nation))
                        .toList(),
                paging,
                PartnersApiController::json);
    }

    @GetMapping("/api/v1/people")
    ListJson<PersonJson> people(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        People.Page result = people.visibleTo(reader, paging.page(), paging.size());
        String read = result.items().stream()
                .filter(p -> p.label().classification() != Classification.UNCLASSIFIED)
                .map(p -> Long.toString(p.id()))
                .collect(Collectors.joining(","));
        if (!read.isEmpty()) {
            Label shown = Label.highWaterMark(
                    reader.nation(),
                    result.items().stream().map(PersonSummary::label).toList());
            audit.recordSeparately(AuditEvent.read("partners.person.list", "person", null, shown)
                    .with("ids", read));
        }
        return new ListJson<>(
                result.items().stream().map(PartnersApiController::json).toList(),
                result.page(),
                result.size(),
                result.total());
    }
}
