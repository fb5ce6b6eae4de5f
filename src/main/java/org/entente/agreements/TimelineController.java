package org.entente.agreements;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.documents.PdfDocuments;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.Nations;
import org.entente.shared.Subject;
import org.entente.shared.TimelineEntry;
import org.entente.shared.TimelineEntry.TimelineKind;
import org.entente.shared.Translator;
import org.entente.shared.web.AtMost;
import org.entente.shared.web.Forms;
import org.entente.shared.web.LanguageTexts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The relationship timeline of two (or more) nations: context events, agreements' status events and
 * committee sessions, oldest first, filtered by kind and period.
 */
@Controller
class TimelineController {

    static final String PATH = "/timeline";

    static final String PDF = "/timeline.pdf";

    static final String CONTEXT_EVENTS = "/context-events";

    /** The context event form shares the timeline's page: its own errors, labels and element ids. */
    static final Forms.Names CONTEXT_FORM = new Forms.Names("contextErrors", "context.field.", "context-");

    /** The context event form as posted, with the timeline it was typed under. */
    record ContextEventForm(
            @Size(max = Limits.CODE) String date,

            @Size(max = Limits.SHORT_TEXT) String nations,

            @Valid @AtMost(max = Limits.TEXT) LanguageTexts text,

            @Valid @AtMost(max = Limits.SHORT_TEXT) LanguageTexts source,

            Boolean illustrative,

            @Size(max = Limits.CODE) String classification,

            @Size(max = Limits.SHORT_TEXT) String releasableTo,

            @Size(max = Limits.SHORT_TEXT) String timeline) {

        ContextEventForm {
            text = LanguageTexts.orEmpty(text);
            source = LanguageTexts.orEmpty(source);
            illustrative = Boolean.TRUE.equals(illustrative); // an unticked box is not posted
            timeline = timeline == null ? "" : timeline; // the form always posts it; a hand-made request may not
        }

        ContextEventDraft draft() {
            return new ContextEventDraft(
                    strip(date),
                    AgreementForm.codes(nations),
                    text.asMap(),
                    source.asMap(),
                    illustrative,
                    strip(classification),
                    AgreementForm.codes(releasableTo));
        }

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            values.put("date", strip(date));
            values.put("nations", strip(nations));
            text.asMap().forEach((language, typed) -> values.put("text." + language, typed));
            source.asMap().forEach((language, typed) -> values.put("source." + language, typed));
            values.put("classification", strip(classification));
            values.put("releasableTo", strip(releasableTo));
            if (illustrative) {
                values.put("illustrative", "on");
            }
            return values;
        }

        private static String strip(String typed) {
            return typed == null ? "" : typed.strip();
        }
    }

    private final ContextEvents contextEvents;
    private final AuditTrail audit;
    private final AccessPolicy policy;
    private final PdfDocuments documents;
    private final Translator messages;

    private final Forms forms;

    TimelineController(
            ContextEvents contextEvents,
            AuditTrail audit,
            AccessPolicy policy,
            PdfDocuments documents,
            Translator messages,
            Forms forms) {
        this.contextEvents = contextEvents;
        this.audit = audit;
        this.policy = policy;
        this.documents = documents;
        this.messages = messages;
        this.forms = forms;
    }

    /**
     * Records a context event from the form under the timeline; a refused one comes back as typed,
     * under the timeline it was typed on, with each field to correct named.
     */
    @PostMapping(CONTEXT_EVENTS)
    String recordContextEvent(
            @AuthenticationPrincipal Subject subject,
            @Valid ContextEventForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response) {
        policy.mayManageAgreements(subject, Label.unclassified(subject.nation()))
                .orThrow("agreements.context.create", "context-event", null, null);
        return forms.submit(
                CONTEXT_FORM,
                binding,
                model,
                () -> {
                    ContextEventDraft draft = form.draft();
                    contextEvents.createContextEvent(subject, draft);
                    return "redirect:/timeline?nations="
                            + String.join(",", draft.nations()).toUpperCase(Locale.ROOT);
                },
                () -> {
                    model.addAttribute("contextForm", form.values());
                    return timeline(subject, form.timeline(), null, null, null, model, response);
                });
    }

    @GetMapping(PATH)
    String timeline(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(defaultValue = "") String nations,
            @RequestParam(name = "kind", required = false) List<String> kinds,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model,
            HttpServletResponse response) {
        var errors = new LinkedHashMap<String, String>();
        Selection selection = select(reader, nations, kinds, from, to, errors);
        Set<String> pair = selection.nations();
        Integer fromYear = selection.fromYear();
        Integer toYear = selection.toYear();
        EnumSet<TimelineKind> shownKinds = selection.kinds();
        List<TimelineEntry> entries = selection.entries();
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        var labels = new ArrayList<Label>();
        entries.forEach(e -> labels.add(e.label()));
        Label page = Label.highWaterMark(reader.nation(), labels);
        if (page.classification() != Classification.UNCLASSIFIED) {
            audit.recordSeparately(
                    AuditEvent.read("agreements.timeline.read", "timeline", String.join(",", pair), page));
        }
        // Every year from the first to the last, empty ones too: a gap (a suspension) shows as one.
        Map<Integer, Integer> perYear = new TreeMap<>();
        if (!entries.isEmpty()) {
            int first = entries.get(0).date().getYear();
            int last = entries.get(entries.size() - 1).date().getYear();
            for (int year = first; year <= last; year++) {
                perYear.put(year, 0);
            }
        }
        entries.forEach(e -> perYear.merge(e.date().getYear(), 1, Integer::sum));
        model.addAttribute("nations", List.copyOf(pair));
        model.addAttribute("nationsParam", nations);
        var first = new TreeSet<>(pair);
        first.add(reader.nation());
        model.addAttribute("nationsFirst", List.copyOf(first));
        model.addAttribute("entries", entries);
        model.addAttribute(
                "years",
                perYear.entrySet().stream()
                        .map(y -> new TimelineYear(y.getKey(), y.getValue()))
                        .toList());
        model.addAttribute("kinds", List.of(TimelineKind.values()));
        model.addAttribute("shownKinds", shownKinds);
        model.addAttribute("from", fromYear == null ? "" : fromYear.toString());
        model.addAttribute("to", toYear == null ? "" : toYear.toString());
        model.addAttribute("errors", errors);
        model.addAttribute("label", page);
        model.addAttribute(
                "mayRecord",
                policy.mayManageAgreements(reader, Label.unclassified(reader.nation()))
                        .allowed());
        if (!model.containsAttribute("contextForm")) {
            var blank = new LinkedHashMap<String, String>();
            blank.put("nations", String.join(", ", pair));
            blank.put("classification", Classification.RESTRICTED.name());
            model.addAttribute("contextForm", blank);
        }
        Forms.noErrorsYet(model, CONTEXT_FORM.errors());
        model.addAttribute("classifications", AccessPolicy.classificationsFor(reader));
        model.addAttribute(
                "languages",
                org.entente.shared.web.LanguageTexts.forReader(
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        return "agreements/timeline";
    }

    /** What the timeline shows for these parameters; refused ones are named in {@code errors}. */
    private record Selection(
            Set<String> nations,
            EnumSet<TimelineKind> kinds,
            Integer fromYear,
            Integer toYear,
            List<TimelineEntry> entries) {}

    private Selection select(
            Subject reader, String nations, List<String> kinds, String from, String to, Map<String, String> errors) {
        Set<String> pair = new TreeSet<>();
        for (String code : nations.toUpperCase(Locale.ROOT).split("[\\s,;]+")) {
            if (!code.isEmpty()) {
                if (Nations.isKnown(code)) {
                    pair.add(code);
                } else {
                    errors.put("nations", "timeline.nations.unknown");
                }
            }
        }
        if (pair.size() < 2 && errors.isEmpty()) {
            errors.put("nations", "timeline.nations.required");
        }
        Integer fromYear = year(from, "from", errors);
        Integer toYear = year(to, "to", errors);
        EnumSet<TimelineKind> shownKinds = EnumSet.noneOf(TimelineKind.class);
        if (kinds != null) {
            kinds.forEach(k -> {
                TimelineKind kind = AgreementController.parse(TimelineKind.class, k);
                if (kind != null) {
                    shownKinds.add(kind);
                }
            });
        }
        if (shownKinds.isEmpty()) {
            shownKinds.addAll(EnumSet.allOf(TimelineKind.class));
        }
        List<TimelineEntry> entries = List.of();
        if (errors.isEmpty()) {
            entries = contextEvents.timeline(reader, List.copyOf(pair)).stream()
                    .filter(e -> shownKinds.contains(e.kind()))
                    .filter(e -> fromYear == null || e.date().getYear() >= fromYear)
                    .filter(e -> toYear == null || e.date().getYear() <= toYear)
                    .toList();
        }
        return new Selection(pair, shownKinds, fromYear, toYear, entries);
    }

    /**
     * The timeline as a PDF, in one language or two side by side ({@code languages=ar,en}), with
     * the same filters as the page; its banner is the high-water mark of the lines it shows.
     */
    @GetMapping(PDF)
    ResponseEntity<?> document(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(defaultValue = "") String nations,
            @RequestParam(name = "kind", required = false) List<String> kinds,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String languages,
            Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        Selection selection = select(reader, nations, kinds, from, to, errors);
        if (!errors.isEmpty()) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.t(locale, "api.invalid"));
            problem.setTitle(messages.t(locale, "api.status.400"));
            problem.setProperty(
                    "errors",
                    errors.entrySet().stream()
                            .map(e -> Map.of(
                                    "field", e.getKey(), "message", messages.t(locale, e.getValue(), e.getKey())))
                            .toList());
            return ResponseEntity.of(problem).build();
        }
        List<String> codes = PdfDocuments.languages(languages, locale); // else 400 naming the field
        List<Locale> written = PdfDocuments.locales(codes, reader.nation());
        var title = new LinkedHashMap<String, String>();
        written.forEach(l -> title.put(l.getLanguage(), messages.t(l, "timeline.title")));
        Label whole = Label.highWaterMark(
                reader.nation(),
                selection.entries().stream().map(TimelineEntry::label).toList());
        byte[] pdf = documents.render(
                "agreements/timeline-document.jte",
                Map.of("nations", List.copyOf(selection.nations()), "entries", selection.entries()),
                whole,
                new LocalizedText(title),
                written);
        audit.recordSeparately(
                AuditEvent.read("agreements.timeline.export", "timeline", String.join(",", selection.nations()), whole)
                        .with("format", "pdf")
                        .with("languages", String.join(",", codes)));
        return PdfDocuments.response(pdf, "timeline-" + String.join("-", selection.nations()) + ".pdf");
    }

    private static Integer year(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // A year typed in Arabic-Indic digits (٢٠٢٣) is the same year (issue 16, Bad input).
        String digits = org.entente.shared.web.ReaderDays.westernDigits(text.strip());
        int year = YEAR.matcher(digits).matches() ? Integer.parseInt(digits) : 0;
        if (year < 1900 || year > 2200) {
            errors.put(field, "timeline.year.invalid");
            return null;
        }
        return year;
    }

    /** At most four digits: a year that {@link Integer#parseInt} always reads. */
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("[0-9]{1,4}");
}
