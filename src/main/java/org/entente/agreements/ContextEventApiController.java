package org.entente.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.shared.Nations;
import org.entente.shared.Subject;
import org.entente.shared.api.ApiRequestInvalid;
import org.entente.shared.api.ApiRequestInvalid.FieldError;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Context events through the API: those concerning every nation asked for, oldest first, of which
 * only those the caller may read are listed and counted.
 */
@RestController
class ContextEventApiController {

    static final String PATH = "/api/v1/context-events";

    record ContextEventJson(
            long id,
            LocalDate date,
            List<String> nations,
            Map<String, String> text,
            Map<String, String> source,
            boolean illustrative,
            LabelJson label) {

        static ContextEventJson of(ContextEvent e) {
            return new ContextEventJson(
                    e.id(),
                    e.date(),
                    e.nations(),
                    e.text().values(),
                    e.source() == null ? null : e.source().values(),
                    e.illustrative(),
                    LabelJson.of(e.label()));
        }
    }

    private final ContextEvents contextEvents;

    ContextEventApiController(ContextEvents contextEvents) {
        this.contextEvents = contextEvents;
    }

    @GetMapping(PATH)
    ListJson<ContextEventJson> list(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(defaultValue = "") String nations,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        var errors = new ArrayList<FieldError>();
        List<String> codes = Arrays.stream(nations.toUpperCase(Locale.ROOT).split("[\\s,;]+"))
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
        if (codes.stream().anyMatch(c -> !Nations.isKnown(c))) {
            errors.add(new FieldError("nations", "api.nation.unknown", "nations"));
        }
        Paging paging = Paging.of(page, size, errors);
        if (!errors.isEmpty()) {
            throw new ApiRequestInvalid(errors);
        }
        return ListJson.of(contextEvents.contextEventsOf(reader, codes), paging, ContextEventJson::of);
    }
}
