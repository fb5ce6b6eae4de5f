package org.entente.partners;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.entente.access.AccessPolicy;
import org.entente.attachments.Attachments;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.NotReadable;
import org.entente.shared.RecordType;
import org.entente.shared.Subject;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The organizations of each nation as a tree, and the people, as far as the reader may see them. */
@Controller
class PartnersController {

    static final int PAGE_SIZE = 50;

    private final Organizations organizations;
    private final People people;
    private final AuditTrail audit;
    private final AccessPolicy policy;
    private final Attachments attachments;

    PartnersController(
            Organizations organizations,
            People people,
            AuditTrail audit,
            AccessPolicy policy,
            Attachments attachments) {
        this.organizations = organizations;
        this.people = people;
        this.audit = audit;
        this.policy = policy;
        this.attachments = attachments;
    }

    /** One organization with its parent (when the reader may see it) and its attachments. */
    @GetMapping("/organizations/{id}")
    String organization(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            @RequestParam(required = false) String attached,
            Model model) {
        OrganizationSummary organization =
                organizations.find(reader, id).orElseThrow(() -> new NotReadable("organization", id));
        if (organization.label().classification() != Classification.UNCLASSIFIED) {
            audit.recordSeparately(AuditEvent.read(
                    "partners.organization.read", "organization", Long.toString(id), organization.label()));
        }
        var files = attachments.of(reader, RecordType.ORGANIZATION, id);
        var labels = new ArrayList<Label>();
        labels.add(organization.label());
        files.forEach(f -> labels.add(f.label()));
        model.addAttribute("organization", organization);
        model.addAttribute(
                "parent",
                organization.parentId() == null
                        ? null
                        : organizations.find(reader, organization.parentId()).orElse(null));
        model.addAttribute("label", Label.highWaterMark(organization.label().owner(), labels));
        model.addAttribute("mayEdit", organizations.mayWrite(reader, organization));
        model.addAttribute("attachments", files);
        model.addAttribute("mayAttach", attachments.mayAttach(reader, RecordType.ORGANIZATION, id));
        model.addAttribute("maxAttachmentSize", attachments.maxSize());
        model.addAttribute("attached", attached != null);
        return "partners/organization";
    }

    /** One person: names, nation, organization (when the reader may see it), rank and position. */
    @GetMapping("/people/{id}")
    String person(@AuthenticationPrincipal Subject reader, @PathVariable long id, Model model) {
        PersonSummary person = people.find(reader, id).orElseThrow(() -> new NotReadable("person", id));
        if (person.label().classification() != Classification.UNCLASSIFIED) {
            audit.recordSeparately(
                    AuditEvent.read("partners.person.read", "person", Long.toString(id), person.label()));
        }
        model.addAttribute("person", person);
        model.addAttribute("label", person.label());
        model.addAttribute("mayEdit", people.mayWrite(reader, person));
        return "partners/person";
    }

    /** Whether the reader may write records of their own nation at all (the "new" links). */
    private boolean mayCreate(Subject reader) {
        return policy.mayWriteNationRecord(reader, Label.unclassified(reader.nation()))
                .allowed();
    }

    /** One nation's tree (the reader's own by default, else the first they may see), with tabs for the others. */
    @GetMapping("/organizations")
    String organizations(
            @AuthenticationPrincipal Subject reader, @RequestParam(required = false) String nation, Model model) {
        List<OrganizationSummary> visible = organizations.visibleTo(reader);
        List<String> nations = visible.stream()
                .map(OrganizationSummary::nation)
                .distinct()
                .sorted()
                .toList();
        String shown = nation != null && nations.contains(nation)
                ? nation
                : nations.contains(reader.nation())
                        ? reader.nation()
                        : nations.stream().findFirst().orElse(null);
        List<OrganizationSummary> ofNation =
                visible.stream().filter(o -> o.nation().equals(shown)).toList();
        Label page = Label.highWaterMark(
                reader.nation(),
                ofNation.stream().map(OrganizationSummary::label).toList());
        recordListing(
                "partners.organization.list",
                "organization",
                ofNation.stream()
                        .filter(o -> o.label().classification() != Classification.UNCLASSIFIED)
                        .map(o -> Long.toString(o.id()))
                        .collect(Collectors.joining(",")),
                page);
        model.addAttribute("label", page);
        model.addAttribute("nations", nations);
        model.addAttribute("nation", shown);
        model.addAttribute("trees", OrganizationTree.of(ofNation));
        // A listed record is readable: the owner nation's writers may write it (one role check, not one per record).
        boolean mayCreate = mayCreate(reader);
        model.addAttribute("mayCreate", mayCreate);
        model.addAttribute(
                "writable",
                ofNation.stream()
                        .filter(o -> mayCreate && AccessPolicy.ownerNationOf(reader, o.label()))
                        .map(OrganizationSummary::id)
                        .collect(Collectors.toSet()));
        return "partners/organizations";
    }

    @GetMapping("/people")
    String people(@AuthenticationPrincipal Subject reader, @RequestParam(defaultValue = "0") int page, Model model) {
        People.Page result = people.visibleTo(reader, Math.max(page, 0), PAGE_SIZE);
        var labels = new ArrayList<Label>();
        result.items().forEach(p -> labels.add(p.label()));
        Label pageLabel = Label.highWaterMark(reader.nation(), labels);
        recordListing(
                "partners.person.list",
                "person",
                result.items().stream()
                        .filter(p -> p.label().classification() != Classification.UNCLASSIFIED)
                        .map(p -> Long.toString(p.id()))
                        .collect(Collectors.joining(",")),
                pageLabel);
        model.addAttribute("label", pageLabel);
        model.addAttribute("people", result);
        boolean mayCreate = mayCreate(reader);
        model.addAttribute("mayCreate", mayCreate);
        Set<Long> writable = result.items().stream()
                .filter(p -> mayCreate && AccessPolicy.ownerNationOf(reader, p.label()))
                .map(PersonSummary::id)
                .collect(Collectors.toSet());
        model.addAttribute("writable", writable);
        model.addAttribute("pages", (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        return "partners/people";
    }

    /** Records above UNCLASSIFIED shown on a page count as read: one entry per page. */
    private void recordListing(String action, String objectType, String ids, Label page) {
        if (!ids.isEmpty()) {
            audit.recordSeparately(
                    AuditEvent.read(action, objectType, null, page).with("ids", ids));
        }
    }
}
