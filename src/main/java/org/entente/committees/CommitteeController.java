package org.entente.committees;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.access.AccessPolicy;
import org.entente.attachments.AttachmentSummary;
import org.entente.attachments.Attachments;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Limits;
import org.entente.shared.Markings;
import org.entente.shared.Nations;
import org.entente.shared.NotReadable;
import org.entente.shared.RecordType;
import org.entente.shared.Refused;
import org.entente.shared.Subject;
import org.entente.shared.web.DeniedAs;
import org.entente.shared.web.Forms;
import org.entente.shared.web.PageNames;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The committees a reader may see, one committee with its sessions, and changing its label. */
@Controller
class CommitteeController {

    static final String LIST = "/committees";
    static final String ONE = "/committees/{id}";
    static final String LABEL = "/committees/{id}/label";

    /** The relabel form as posted: the nations ticked by name, each sent as its code. */
    record RelabelForm(
            @Size(max = Limits.CODE) String classification,

            @Size(max = 300) List<@Size(max = Limits.CODE) String> releasableTo) {}

    private final Committees committees;
    private final AccessPolicy policy;
    private final Markings markings;
    private final AuditTrail audit;
    private final Attachments attachments;
    private final ActionItems actions;
    private final Forms forms;
    private final TransactionTemplate pageReads;
    private final Clock clock = Clock.systemDefaultZone();

    CommitteeController(
            Committees committees,
            AccessPolicy policy,
            Markings markings,
            AuditTrail audit,
            Attachments attachments,
            ActionItems actions,
            Forms forms,
            PlatformTransactionManager transactions) {
        this.pageReads = new TransactionTemplate(transactions);
        this.pageReads.setReadOnly(true);
        this.actions = actions;
        this.forms = forms;
        this.committees = committees;
        this.policy = policy;
        this.markings = markings;
        this.audit = audit;
        this.attachments = attachments;
    }

    @GetMapping(LIST)
    String list(@AuthenticationPrincipal Subject reader, Model model) {
        List<CommitteeSummary> visible = committees.visibleTo(reader);
        var labels = new ArrayList<Label>();
        visible.forEach(c -> labels.add(c.label()));
        model.addAttribute("committees", visible);
        model.addAttribute(
                "mayCreate",
                policy.mayWriteNationRecord(reader, Label.unclassified(reader.nation()))
                        .allowed());
        Label page = Label.highWaterMark(reader.nation(), labels);
        model.addAttribute("label", page);
        committees.recordListing(visible, page);
        return "committees/list";
    }

    @GetMapping(ONE)
    @DeniedAs(action = "committees.committee.read", objectType = "committee")
    String one(
            @AuthenticationPrincipal Subject reader,
            @PathVariable long id,
            @RequestParam(required = false) String relabelled,
            @RequestParam(required = false) String attached,
            @RequestParam(required = false) String relabel,
            @ModelAttribute(name = "viewer", binding = false) PageNames names,
            Model model) {
        Forms.noErrorsYet(model);
        showCommittee(reader, id, names, model);
        model.addAttribute("relabelled", relabelled != null);
        model.addAttribute("attached", attached != null);
        model.addAttribute("relabelling", relabel != null);
        return "committees/detail";
    }

    @PostMapping(LABEL)
    @DeniedAs(action = Committees.RELABEL, objectType = "committee")
    String relabel(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @Valid RelabelForm form,
            BindingResult binding,
            @ModelAttribute(name = "viewer", binding = false) PageNames names,
            Model model) {
        CommitteeSummary committee = readable(subject, id);
        return forms.submit(
                binding,
                model,
                "label.field.",
                () -> {
                    Label proposed = proposedLabel(form, committee.label().owner());
                    policy.mayRelabel(subject, committee.label(), proposed, id)
                            .orThrow(Committees.RELABEL, "committee", id, committee.label());
                    committees.relabel(subject, id, proposed);
                },
                "/committees/" + id + "?relabelled",
                () -> {
                    showCommittee(subject, id, names, model);
                    model.addAttribute("relabelled", false);
                    model.addAttribute("attached", false);
                    model.addAttribute("relabelling", true);
                    return "committees/detail";
                });
    }

    /**
     * Reads the form; any unknown classification or nation code is refused by field, never a wider
     * release.
     */
    private Label proposedLabel(RelabelForm form, String owner) {
        Map<String, String> errors = new LinkedHashMap<>();
        Classification classification = List.of(Classification.values()).stream()
                .filter(level -> markings.name(level)
                        .equals(orEmpty(form.classification()).strip().toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElse(null);
        if (classification == null) {
            errors.put("classification", "label.classification.unknown");
        }
        var nations = new TreeSet<String>();
        if (form.releasableTo() != null) {
            nations.addAll(form.releasableTo());
        }
        if (!nations.stream().allMatch(Nations::isKnown)) {
            errors.put("releasableTo", "label.nation.unknown");
        }
        if (!errors.isEmpty()) {
            throw Refused.fields(errors);
        }
        nations.remove(owner);
        return new Label(classification, owner, nations);
    }

    private static String orEmpty(String typed) {
        return typed == null ? "" : typed;
    }

    /**
     * The committee and the rest of the page in one read-only transaction, then its read recorded in
     * a transaction of its own, before anything is answered. The reads cannot share the audit's
     * transaction (a refused or failed page must still leave its entry), and a page whose reads fail
     * after the committee was read still records that read. Each service call had been a transaction
     * of its own (scale20e); then the committee was read in one transaction, recorded, and read
     * twice more with the rest of the page in a third (committee20h: one read of its row, one
     * transaction fewer). The people the page names are read with it too (committee20i: each unknown
     * author of a note had been read in a transaction of its own while the template was written).
     */
    private void showCommittee(Subject reader, long id, PageNames names, Model model) {
        var read = new ArrayList<CommitteeSummary>(1);
        try {
            pageReads.executeWithoutResult(status -> {
                Committees.WithProfile found =
                        committees.findWithProfile(reader, id).orElseThrow(() -> new NotReadable("committee", id));
                read.add(found.committee());
                showReadable(reader, found, names, model);
            });
        } finally {
            if (!read.isEmpty() && read.get(0).label().classification() != Classification.UNCLASSIFIED) {
                audit.recordSeparately(AuditEvent.read(
                        "committees.committee.read",
                        "committee",
                        Long.toString(id),
                        read.get(0).label()));
            }
        }
    }

    private void showReadable(Subject reader, Committees.WithProfile found, PageNames names, Model model) {
        CommitteeSummary committee = found.committee();
        long id = committee.id();
        List<SessionSummary> sessions = committees.sessionsOf(reader, id);
        var files = attachments.of(reader, RecordType.COMMITTEE, id, committee.label());
        var labels = new ArrayList<Label>();
        labels.add(committee.label());
        sessions.forEach(s -> labels.add(s.label()));
        files.forEach(f -> labels.add(f.label()));
        List<ActionItem> items = actions.ofCommittee(reader, id);
        items.forEach(a -> labels.add(a.label()));
        CommitteeProfile profile = committees.profile(reader, found);
        names.knowing(namedBy(items, files));
        if (profile.agreement() != null) {
            labels.add(profile.agreement().label()); // the page names it
        }
        model.addAttribute("committee", committee);
        model.addAttribute("profile", profile);
        model.addAttribute("actions", items);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute(
                "mayPlan", policy.mayWrite(reader, committee.label(), id).allowed());
        model.addAttribute("sessions", sessions);
        model.addAttribute("label", Label.highWaterMark(committee.label().owner(), labels));
        model.addAttribute(
                "mayRelabel",
                policy.mayRelabel(reader, committee.label(), committee.label(), id)
                        .allowed());
        model.addAttribute("levels", levelsUpTo(reader.clearance()));
        model.addAttribute("attachments", files);
        model.addAttribute("mayAttach", attachments.mayAttach(reader, RecordType.COMMITTEE, id, committee.label()));
        model.addAttribute("maxAttachmentSize", attachments.maxSize());
    }

    /**
     * Who the page names by account: the authors of the action notes and who uploaded each file, read
     * with the page (one read for all, not one transaction each while the template is written).
     */
    private static Set<String> namedBy(List<ActionItem> items, List<AttachmentSummary> files) {
        var accounts = new HashSet<String>();
        items.forEach(item -> item.notes().forEach(note -> accounts.add(note.notedBy())));
        files.forEach(file -> accounts.add(file.uploadedBy()));
        return accounts;
    }

    /** A committee the reader may not see is answered as one that does not exist (and the try recorded). */
    private CommitteeSummary readable(Subject reader, long id) {
        return committees.find(reader, id).orElseThrow(() -> new NotReadable("committee", id));
    }

    private static List<Classification> levelsUpTo(Classification clearance) {
        return List.of(Classification.values()).stream()
                .filter(clearance::dominates)
                .toList();
    }
}
