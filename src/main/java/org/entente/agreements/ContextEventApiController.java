package org.entente.agreements;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.agreements.AgreementApiController.LabelJson;
import org.entente.shared.Nations;
import org.entente.shared.Subject;
import org.entente.shared.Translator;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
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
            String source,
            boolean illustrative,
            LabelJson label) {

        static ContextEventJson of(ContextEvent e) {
            return new ContextEventJson(
                    e.id(),
                    e.date(),
                    e.nations(),
                    e.text().values(),
                    e.source(),
                    e.illustrative(),
                    LabelJson.of(e.label()));
        }
    }

    record ContextEventsJson(List<ContextEventJson> items, int page, int size, long total) {}

    private final Agreements agreements;
    private final Translator messages;

    ContextEventApiController(Agreements agreements, Translator messages) {
        this.agreements = agreements;
        this.messages = messages;
    }

    @GetMapping(PATH)
    ResponseEntity<?> list(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(defaultValue = "") String nations,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "" + AgreementApiController.DEFAULT_SIZE) String size,
            Locale locale) {
        var errors = new ArrayList<Map<String, String>>();
        List<String> codes = Arrays.stream(nations.toUpperCase(Locale.ROOT).split("[\\s,;]+"))
                .filter(c -> !c.isEmpty())
                .distinct()
                .toList();
        if (codes.stream().anyMatch(c -> !Nations.isKnown(c))) {
            errors.add(error("nations", "api.nation.unknown", locale));
        }
        int pageNumber = number(page, 0, "page", errors, locale);
        int pageSize = Math.min(number(size, 1, "size", errors, locale), AgreementApiController.MAX_SIZE);
        if (!errors.isEmpty()) {
            ProblemDetail problem =
                    ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.t(locale, "api.invalid"));
            problem.setTitle(messages.t(locale, "api.status.400"));
            problem.setType(URI.create("about:blank"));
            problem.setProperty("errors", errors);
            return ResponseEntity.of(problem).build();
        }
        List<ContextEvent> all = agreements.contextEventsOf(reader, codes);
        List<ContextEventJson> items = all.stream()
                .skip((long) pageNumber * pageSize)
                .limit(pageSize)
                .map(ContextEventJson::of)
                .toList();
        return ResponseEntity.ok(new ContextEventsJson(items, pageNumber, pageSize, all.size()));
    }

    private int number(String text, int least, String field, List<Map<String, String>> errors, Locale locale) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= least) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(error(field, least == 0 ? "api.number.notNegative" : "api.number.positive", locale));
        return least;
    }

    private Map<String, String> error(String field, String key, Locale locale) {
        return Map.of("field", field, "message", messages.t(locale, key, field));
    }
}
