package org.entente.agreements;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The cooperation domains' administration (account administrators: the route is theirs, and the
 * service asks the access policy again), and the taxonomy through the API for everyone signed in.
 */
@Controller
class DomainController {

    static final String PAGE = "/admin/domains";
    static final String API = "/api/v1/domains";

    record DomainJson(String code, Map<String, String> name, boolean retired) {}

    private final Agreements agreements;

    DomainController(Agreements agreements) {
        this.agreements = agreements;
    }

    @GetMapping(API)
    @ResponseBody
    ListJson<DomainJson> list(
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return ListJson.of(
                agreements.domains(),
                Paging.of(page, size),
                d -> new DomainJson(d.code(), d.name().values(), d.retired()));
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal Subject subject, @RequestParam Map<String, String> flags, Model model) {
        show(subject, model, Map.of(), Map.of());
        model.addAttribute("done", flags.containsKey("done"));
        return "agreements/domains";
    }

    @PostMapping(PAGE)
    String add(
            @AuthenticationPrincipal Subject subject,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        try {
            agreements.addDomain(subject, form.getFirst("code"), names(form));
            return "redirect:" + PAGE + "?done";
        } catch (AgreementInvalidException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            show(subject, model, form.toSingleValueMap(), invalid.errors());
            model.addAttribute("done", false);
            return "agreements/domains";
        }
    }

    @PostMapping(PAGE + "/{code}")
    String rename(
            @AuthenticationPrincipal Subject subject,
            @PathVariable String code,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            HttpServletResponse response) {
        try {
            if (!agreements.renameDomain(subject, code, names(form))) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            }
            return "redirect:" + PAGE + "?done";
        } catch (AgreementInvalidException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            show(subject, model, Map.of(), invalid.errors());
            model.addAttribute("done", false);
            return "agreements/domains";
        }
    }

    @PostMapping(PAGE + "/{code}/retire")
    String retire(@AuthenticationPrincipal Subject subject, @PathVariable String code) {
        if (!agreements.retireDomain(subject, code)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + PAGE + "?done";
    }

    private void show(Subject subject, Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("domains", agreements.domains());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("languages", NewAgreementController.LANGUAGES);
        model.addAttribute("label", Label.unclassified(subject.nation()));
    }

    /** {@code name.en}, {@code name.fr}… as a name per language. */
    private static Map<String, String> names(MultiValueMap<String, String> form) {
        var names = new LinkedHashMap<String, String>();
        for (String language : NewAgreementController.LANGUAGES) {
            String name = form.getFirst("name." + language);
            names.put(language, name == null ? "" : name);
        }
        return names;
    }
}
