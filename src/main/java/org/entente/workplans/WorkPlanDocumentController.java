package org.entente.workplans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.entente.agreements.Agreements;
import org.entente.agreements.Domain;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.committees.CoChair;
import org.entente.committees.Committees;
import org.entente.committees.SessionSummary;
import org.entente.documents.PdfDocuments;
import org.entente.documents.PdfProblems;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.entente.shared.Translator;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A work plan as bilingual PDFs: the signed plan ({@code document.pdf}) and the annual execution
 * report ({@code report.pdf}), each holding only what the reader may read, under the banner of its
 * high-water mark. An unreadable plan is a 404; every export is audited.
 */
@RestController
class WorkPlanDocumentController {

    private final WorkPlans plans;
    private final Committees committees;
    private final Agreements agreements;
    private final PdfDocuments documents;
    private final AuditTrail audit;
    private final Translator messages;

    WorkPlanDocumentController(
            WorkPlans plans,
            Committees committees,
            Agreements agreements,
            PdfDocuments documents,
            AuditTrail audit,
            Translator messages) {
        this.plans = plans;
        this.committees = committees;
        this.agreements = agreements;
        this.documents = documents;
        this.audit = audit;
        this.messages = messages;
    }

    /** What both documents read: the plan, its activities the reader may read, and their languages. */
    private record Source(PlanSummary plan, List<ActivitySummary> activities, List<String> codes) {}

    /** The signed plan, bilingual: objectives, activities by quarter, signing session, hash, signatures. */
    @GetMapping("/api/v1/workplans/{id}/document.pdf")
    ResponseEntity<?> document(
            @AuthenticationPrincipal Subject reader,
            @PathVariable String id,
            @RequestParam(required = false) String languages,
            Locale locale) {
        return export(reader, id, languages, locale, "workplans.plan.export", source -> {
            PlanSummary plan = source.plan();
            var committee = committees.find(reader, plan.committeeId());
            List<CoChair> coChairs =
                    committee.map(c -> committees.profile(reader, c).coChairs()).orElse(List.of());
            SessionSummary signing = plan.signedSession() == null
                    ? null
                    : committees.sessionsOf(reader, plan.committeeId()).stream()
                            .filter(s -> s.number() == plan.signedSession())
                            .findFirst()
                            .orElse(null);
            List<ObjectiveSummary> objectives = plans.objectivesOf(reader, plan.id());
            var labels = new ArrayList<Label>();
            objectives.forEach(o -> {
                labels.add(o.label());
                o.indicators().forEach(i -> labels.add(i.label()));
            });
            if (signing != null) {
                labels.add(signing.label());
            }
            var document = new PlanDocument(
                    plan,
                    committee.map(c -> c.name()).orElse(LocalizedText.of("en", plan.committeeCode())),
                    signing,
                    objectives,
                    PlanDocument.byQuarter(source.activities()),
                    domainNames(),
                    PlanDocument.signers(plan, coChairs));
            return new Rendered("workplans/document.jte", Map.of("plan", document), plan.title(), labels, "");
        });
    }

    /** The annual execution report: planned, executed, postponed and cancelled by quarter and domain. */
    @GetMapping("/api/v1/workplans/{id}/report.pdf")
    ResponseEntity<?> report(
            @AuthenticationPrincipal Subject reader,
            @PathVariable String id,
            @RequestParam(required = false) String languages,
            Locale locale) {
        return export(reader, id, languages, locale, "workplans.report.export", source -> {
            PlanSummary plan = source.plan();
            var model = new HashMap<String, Object>();
            model.put("plan", plan);
            model.put("execution", PlanDocument.Execution.of(source.activities()));
            model.put("domains", domainNames());
            var title = new HashMap<String, String>();
            for (String language : PdfDocuments.LANGUAGES) {
                Locale in = Locale.forLanguageTag(language);
                title.put(
                        language,
                        messages.t(in, "workplans.pdf.reportTitle", plan.title().in(in), plan.year()));
            }
            return new Rendered("workplans/report.jte", model, new LocalizedText(title), List.of(), "-report");
        });
    }

    private record Rendered(
            String template, Map<String, Object> model, LocalizedText title, List<Label> labels, String suffix) {}

    private ResponseEntity<?> export(
            Subject reader,
            String id,
            String languages,
            Locale locale,
            String action,
            Function<Source, Rendered> what) {
        List<String> codes =
                PdfDocuments.languages(languages, locale); // DocumentLanguagesInvalid: 400 by the API advice
        var found = parseId(id).flatMap(number -> plans.find(reader, number));
        if (found.isEmpty()) {
            audit.recordSeparately(AuditEvent.deniedRead(action, "workplan", id, null));
            return PdfProblems.notFound(messages, locale);
        }
        PlanSummary plan = found.get();
        List<ActivitySummary> activities = plans.activitiesOf(reader, plan.id(), WorkPlans.Filter.NONE, "quarter");
        Rendered rendered = what.apply(new Source(plan, activities, codes));
        var labels = new ArrayList<Label>(rendered.labels());
        labels.add(plan.label());
        activities.forEach(a -> labels.add(a.label()));
        Label whole = Label.highWaterMark(plan.label().owner(), labels);
        byte[] pdf = documents.render(
                rendered.template(),
                rendered.model(),
                whole,
                rendered.title(),
                PdfDocuments.locales(codes, reader.nation()));
        audit.recordSeparately(AuditEvent.read(action, "workplan", id, whole)
                .with("format", "pdf")
                .with("languages", String.join(",", codes)));
        return PdfDocuments.response(
                pdf, "workplan-" + plan.id() + rendered.suffix() + "-" + String.join("-", codes) + ".pdf");
    }

    private Map<String, LocalizedText> domainNames() {
        var names = new HashMap<String, LocalizedText>();
        for (Domain domain : agreements.domains()) {
            names.put(domain.code(), domain.name());
        }
        return names;
    }

    private static Optional<Long> parseId(String id) {
        return id != null && id.matches("[0-9]{1,18}") ? Optional.of(Long.parseLong(id)) : Optional.empty();
    }
}
