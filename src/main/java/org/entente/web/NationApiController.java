package org.entente.web;

import java.util.Locale;
import org.entente.shared.Nations;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The nations (ISO 3166-1 alpha-3) with their CLDR names in the caller's language, by code. */
@RestController
class NationApiController {

    static final String PATH = "/api/v1/nations";

    record NationJson(String code, String name) {}

    @GetMapping(PATH)
    ListJson<NationJson> list(
            @RequestParam(required = false) String page, @RequestParam(required = false) String size, Locale locale) {
        return ListJson.of(
                Nations.codes().stream().sorted().toList(),
                Paging.of(page, size),
                code -> new NationJson(code, Nations.name(code, locale)));
    }
}
