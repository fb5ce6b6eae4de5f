package org.entente.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.RecordType;
import org.entente.shared.Subject;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.entente.shared.web.Fragment;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The search page ({@code /search?q=}), the navigation's results as you type, and {@code GET
 * /api/v1/search}. Every answer comes from {@link Search}, under the reader's row-level security.
 */
@Controller
class SearchController {

    static final String PAGE = "/search";
    static final String SUGGESTIONS = "/search/suggestions";
    static final String API = "/api/v1/search";
    static final String ADMIN = "/admin/search";

    static final int PAGE_SIZE = 20;
    static final int SUGGESTED = 8;

    /**
     * A hit as the API shows it: {@code title} keyed by language, the snippet as plain text in the
     * reader's language when the words are in that form, and {@code snippetLanguage} the language
     * it is in (null when unknown: a name, a city).
     */
    record HitJson(
            String type,
            long id,
            Map<String, String> title,
            String code,
            String snippet,
            String snippetLanguage,
            LabelJson label,
            String url) {
        static HitJson of(Search.Hit hit) {
            return new HitJson(
                    hit.type(),
                    hit.id(),
                    hit.title().values(),
                    hit.code(),
                    hit.snippet().plain(),
                    hit.snippet().langAttribute(),
                    LabelJson.of(hit.label()),
                    hit.url());
        }
    }

    private final Search search;
    private final SearchStatistics statistics;

    SearchController(Search search, SearchStatistics statistics) {
        this.search = search;
        this.statistics = statistics;
    }

    /** Bean Validation's group of what only the API requires ({@code q}: the page may open empty). */
    interface ApiOnly {}

    /**
     * The query string of the page and the API, bound whole and validated: each field may be absent;
     * a value that is not a number or a classification fails in binding, the rest by their constraints.
     */
    record Asked(
            @NotBlank(groups = ApiOnly.class, message = "{search.query.empty}")
            @Size(max = SearchQuery.LONGEST, message = "{search.query.tooLong}")
            String q,

            @Pattern(regexp = "\\s*(" + RecordType.NAMES + ")?\\s*", message = "{search.type.unknown}")
            String type,

            @Positive(message = "{validation.number.positive}")
            Long committee,

            @Positive(message = "{validation.number.positive}") @Max(value = 9999, message = "{validation.year}")
            Integer year,

            @Pattern(regexp = "\\s*([A-Z_]{1,40})?\\s*", message = "{search.status.unknown}")
            String status,

            @Pattern(regexp = "\\s*([A-Z]{3})?\\s*", message = "{search.nation.unknown}")
            String nation,

            Classification classification,

            @PositiveOrZero(message = "{validation.number.notNegative}")
            Integer page,

            @Positive(message = "{validation.number.positive}")
            Integer size) {

        /** The filters, leaving out any that was refused (the page shows the others as chosen). */
        Search.Filters filters(Predicate<String> refused) {
            return new Search.Filters(
                    valid(type, "type", refused),
                    valid(committee, "committee", refused),
                    valid(year, "year", refused),
                    valid(status, "status", refused),
                    valid(nation, "nation", refused),
                    classification == null || refused.test("classification") ? null : classification.ordinal());
        }

        Paging paging(int defaultSize) {
            return new Paging(page == null ? 0 : page, Math.min(size == null ? defaultSize : size, Paging.MAX_SIZE));
        }

        @SuppressWarnings("unchecked") // a String stays a String
        private static <T> T valid(T value, String field, Predicate<String> refused) {
            if (refused.test(field)) {
                return null;
            }
            return value instanceof String text ? (T) (text.isBlank() ? null : text.strip()) : value;
        }
    }

    /**
     * The query string bound to {@link Asked} like every form and filter record (once-asked constructor
     * metadata: {@code shared.web.RecordArguments}); a refused filter is shown, not thrown.
     */
    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal Subject reader, @Valid Asked asked, BindingResult binding, Model model) {
        String typed = asked.q() == null ? "" : asked.q();
        Search.Filters filters = asked.filters(binding::hasFieldErrors);
        Search.Results results = Search.Results.NONE;
        String problem = null;
        Paging paging = asked.paging(PAGE_SIZE);
        if (binding.hasFieldErrors("q")) {
            problem = "search.query.tooLong";
        } else if (binding.hasErrors()) {
            problem = "search.filter.invalid";
        } else {
            SearchQuery query = SearchQuery.parse(typed, false);
            if (!typed.isBlank() && query.empty()) {
                problem = "search.query.noWords";
            } else {
                results = search.find(query, filters, paging.page(), PAGE_SIZE, true);
            }
        }
        model.addAttribute("q", typed.length() > SearchQuery.LONGEST ? "" : typed);
        model.addAttribute("filters", filters);
        model.addAttribute("results", results);
        model.addAttribute("problem", problem);
        model.addAttribute("page", binding.hasFieldErrors("page") ? 0 : paging.page());
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute(
                "label",
                Label.highWaterMark(
                        reader.nation(),
                        results.hits().stream().map(Search.Hit::label).toList()));
        return "search/results";
    }

    /**
     * What the navigation's box has typed so far: longer than a query may be, nothing is suggested. A
     * fragment without the navigation however it is asked for: it reads no bell's count.
     */
    @GetMapping(SUGGESTIONS)
    @Fragment
    String suggestions(@RequestParam(name = "q", required = false) String typed, Model model) {
        List<Search.Hit> hits = typed != null && typed.length() > SearchQuery.LONGEST
                ? List.of() // nothing to suggest for a query nobody types
                : search.find(SearchQuery.parse(typed, true), Search.Filters.NONE, 0, SUGGESTED, false)
                        .hits();
        model.addAttribute("q", typed == null ? "" : typed);
        model.addAttribute("hits", hits);
        return "search/suggestions";
    }

    /** Invalid parameters go to the one refusal path: 400 for a value of the wrong kind, else 422. */
    @GetMapping(API)
    @ResponseBody
    ListJson<HitJson> api(@Validated({Default.class, ApiOnly.class}) Asked asked) {
        Paging paging = asked.paging(Paging.DEFAULT_SIZE);
        SearchQuery query = SearchQuery.parse(asked.q(), false);
        Search.Results results = search.find(query, asked.filters(field -> false), paging.page(), paging.size(), true);
        return new ListJson<>(
                results.hits().stream().map(HitJson::of).toList(), paging.page(), paging.size(), results.total());
    }

    @GetMapping(ADMIN)
    String admin(@AuthenticationPrincipal Subject reader, Model model) {
        model.addAttribute("statistics", statistics.now());
        model.addAttribute("label", Label.unclassified(reader.nation()));
        return "search/admin";
    }
}
