package org.entente.audit;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.entente.audit.AuditEvent.Outcome;
import org.entente.audit.report.AuditFilter;
import org.entente.audit.report.AuditPage;
import org.entente.audit.report.AuditRecord;
import org.entente.audit.report.Verification;
import org.entente.identity.Viewer;
import org.entente.shared.EntenteProperties;
import org.entente.shared.Label;
import org.entente.shared.RecordType;
import org.entente.shared.Subject;
import org.entente.shared.Translator;
import org.entente.shared.web.Forms;
import org.entente.shared.web.IsoDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The auditor's page: the events they may read, filtered and a page at a time, and the chain's
 * verification — as a fragment for htmx, or the whole page without it.
 */
@Controller
@PreAuthorize("hasRole('AUDITOR')")
class AuditPageController {

    static final String PATH = "/audit";
    static final String VERIFY = "/audit/verify";
    static final int PAGE_SIZE = 25;

    private final AuditorActions actions;
    private final EntenteProperties properties;
    private final Forms forms;
    private final Translator translator;

    AuditPageController(AuditorActions actions, EntenteProperties properties, Forms forms, Translator translator) {
        this.actions = actions;
        this.properties = properties;
        this.forms = forms;
        this.translator = translator;
    }

    /**
     * The filter as the form sends it: days as the reader writes them ({@code form/day.jte}; {@code
     * ReaderDaysFilter} has turned what it could read into ISO), an outcome by its code.
     */
    record Query(
            String actor,
            String action,
            Outcome outcome,
            @IsoDate(message = "{workplans.field.date}") String from,
            @IsoDate(message = "{workplans.field.date}") String to) {

        AuditFilter filter() {
            return new AuditFilter(actor, action, outcome, IsoDate.Check.day(from), IsoDate.Check.day(to));
        }

        /** The filter without what could not be read, so that a refused value filters nothing. */
        AuditFilter readable(BindingResult binding) {
            return new AuditFilter(
                    actor,
                    action,
                    binding.hasFieldErrors("outcome") ? null : outcome,
                    IsoDate.Check.day(from),
                    IsoDate.Check.day(to));
        }
    }

    @GetMapping(PATH)
    String page(
            @Valid Query query,
            BindingResult binding,
            @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal Subject reader,
            Locale locale,
            Model model) {
        return forms.submit(
                binding,
                model,
                "audit.filter.",
                () -> {
                    show(query.filter(), Math.max(page, 0), reader, null, locale, model);
                    return "audit/page";
                },
                () -> {
                    show(query.readable(binding), 0, reader, null, locale, model);
                    model.addAttribute("days", days(query.from(), query.to()));
                    return "audit/page";
                });
    }

    /** The verification's outcome: only that fragment for htmx, otherwise the page showing it. */
    @GetMapping(VERIFY)
    String verify(
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @AuthenticationPrincipal Subject reader,
            Locale locale,
            Model model) {
        Verification verification = actions.verify();
        if ("true".equals(htmx)) {
            model.addAttribute("verification", verification);
            return "audit/verification";
        }
        show(AuditFilter.none(), 0, reader, verification, locale, model);
        return "audit/page";
    }

    /** The date fields' values: ISO for a day, the text as typed for one that was refused. */
    private static Map<String, String> days(Object from, Object to) {
        return Map.of(
                "from", from == null ? "" : from.toString(),
                "to", to == null ? "" : to.toString());
    }

    /**
     * Each action shown, named in the reader's language ({@code audit.action.<code>}); an action
     * without a name (an older entry's code) is left out, and the page shows its code, marked.
     */
    private Map<String, String> actionNames(AuditPage events, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (AuditRecord event : events.items()) {
            name(locale, "audit.action.", event.action(), names);
        }
        return names;
    }

    /** Each detail's key shown, named in the reader's language ({@code audit.detail.<key>}), likewise. */
    private Map<String, String> detailNames(AuditPage events, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (AuditRecord event : events.items()) {
            event.details().keySet().forEach(key -> name(locale, "audit.detail.", key, names));
        }
        return names;
    }

    /**
     * Each kind of object shown, named in the reader's language: a record's kind as everywhere
     * ({@code record.type.<kind>}), another ({@code audit-trail}, {@code route}) as {@code
     * audit.object.<type>}; a type without a name is left out, and the page shows it as written.
     */
    private Map<String, String> objectNames(AuditPage events, Locale locale) {
        Map<String, String> names = new LinkedHashMap<>();
        for (AuditRecord event : events.items()) {
            String type = event.objectType();
            if (type != null && !names.containsKey(type)) {
                RecordType.spelled(type)
                        .map(kind -> translator.t(locale, kind.key()))
                        .ifPresentOrElse(
                                name -> names.put(type, name), () -> name(locale, "audit.object.", type, names));
            }
        }
        return names;
    }

    private void name(Locale locale, String prefix, String code, Map<String, String> names) {
        if (!names.containsKey(code)) {
            translator.find(locale, prefix + code).ifPresent(name -> names.put(code, name));
        }
    }

    private void show(
            AuditFilter filter, int page, Subject reader, Verification verification, Locale locale, Model model) {
        AuditPage events = actions.list(filter, reader, page, PAGE_SIZE);
        model.addAttribute("actionNames", actionNames(events, locale));
        model.addAttribute("detailNames", detailNames(events, locale));
        model.addAttribute("objectNames", objectNames(events, locale));
        List<Label> shown = events.items().stream()
                .map(AuditRecord::label)
                .filter(Objects::nonNull)
                .toList();
        model.addAttribute("label", Label.highWaterMark(properties.hostNation(), shown));
        Forms.noErrorsYet(model);
        model.addAttribute("filter", filter);
        if (!model.containsAttribute("days")) {
            model.addAttribute("days", days(filter.from(), filter.to()));
        }
        model.addAttribute("events", events);
        model.addAttribute("outcomes", List.of(Outcome.values()));
        List<AuditActionChoices.Group> actions = AuditActionChoices.in(translator, locale);
        model.addAttribute("actionGroups", actions);
        model.addAttribute(
                "actionOffered", filter.action() == null || AuditActionChoices.offers(actions, filter.action()));
        // The advice has put the page's viewer in the model: the values are shown as that reader reads.
        Viewer viewer = (Viewer) model.getAttribute("viewer");
        model.addAttribute("values", AuditValues.forReader(viewer, translator));
        AuditActors actors = AuditActors.forReader(viewer, translator);
        model.addAttribute("actors", actors);
        model.addAttribute("actorChoices", actors.choices(this.actions.actors(reader)));
        model.addAttribute("verification", verification);
    }
}
