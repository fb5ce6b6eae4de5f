package org.entente.agreements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.shared.Label;
import org.entente.shared.Limits;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.entente.shared.web.AtMost;
import org.entente.shared.web.Forms;
import org.entente.shared.web.LanguageTexts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The cooperation domains' administration (account administrators: the route is theirs, and the
 * service asks the access policy again), and the taxonomy through the API for everyone signed in.
 */
@Controller
class DomainController {

    static final String PAGE = "/admin/domains";
    static final String API = "/api/v1/domains";

    static final String VIEW = "agreements/domains";
    static final String LABELS = "domain.field.";

    record DomainJson(String code, Map<String, String> name, boolean retired) {}

    /** The add and rename forms as posted (rename posts only the names). */
    record DomainForm(
            @Size(max = Limits.CODE) String code,

            @Valid @AtMost(max = Limits.NAME) LanguageTexts name) {

        static final DomainForm EMPTY = new DomainForm("", null);

        DomainForm {
            name = LanguageTexts.orEmpty(name);
        }

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            values.put("code", code == null ? "" : code);
            name.asMap().forEach((language, text) -> values.put("name." + language, text));
            return values;
        }
    }

    private final Domains domains;

    private final Forms forms;

    DomainController(Domains domains, Forms forms) {
        this.domains = domains;
        this.forms = forms;
    }

    @GetMapping(API)
    @ResponseBody
    ListJson<DomainJson> list(
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return ListJson.of(
                domains.domains(),
                Paging.of(page, size),
                d -> new DomainJson(d.code(), d.name().values(), d.retired()));
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal Subject subject, @RequestParam(required = false) String done, Model model) {
        model.addAttribute("done", done != null);
        return show(subject, model, DomainForm.EMPTY);
    }

    @PostMapping(PAGE)
    String add(@AuthenticationPrincipal Subject subject, @Valid DomainForm form, BindingResult binding, Model model) {
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> domains.addDomain(subject, form.code(), form.name().asMap()),
                PAGE + "?done",
                () -> show(subject, model, form));
    }

    @PostMapping(PAGE + "/{code}")
    String rename(
            @AuthenticationPrincipal Subject subject,
            @PathVariable String code,
            @Valid DomainForm form,
            BindingResult binding,
            Model model) {
        return forms.submit(
                binding,
                model,
                LABELS,
                () -> {
                    if (!domains.renameDomain(subject, code, form.name().asMap())) {
                        throw new NotReadable("domain", code);
                    }
                },
                PAGE + "?done",
                () -> show(subject, model, DomainForm.EMPTY));
    }

    @PostMapping(PAGE + "/{code}/retire")
    String retire(@AuthenticationPrincipal Subject subject, @PathVariable String code) {
        if (!domains.retireDomain(subject, code)) {
            throw new NotReadable("domain", code);
        }
        return "redirect:" + PAGE + "?done";
    }

    private String show(Subject subject, Model model, DomainForm form) {
        Forms.noErrorsYet(model);
        if (!model.containsAttribute("done")) {
            model.addAttribute("done", false);
        }
        model.addAttribute("domains", domains.domains());
        model.addAttribute("form", form.values());
        model.addAttribute(
                "languages",
                org.entente.shared.web.LanguageTexts.forReader(
                        org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("label", Label.unclassified(subject.nation()));
        return VIEW;
    }
}
