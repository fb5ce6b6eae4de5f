package org.entente.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.entente.shared.api.ApiRequestInvalid;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
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

    static final List<String> TYPES = List.of(
            "agreement",
            "context-event",
            "committee",
            "session",
            "action-item",
            "plan",
            "objective",
            "activity",
            "amendment",
            "project",
            "milestone",
            "organization",
            "person",
            "attachment");

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

    /** The query string of the page and the API, bound whole: each field may be absent. */
    record Asked(
            String q,
            String type,
            String committee,
            String year,
            String status,
            String nation,
            String classification,
            String page,
            String size) {

        Search.Filters filters(List<ApiRequestInvalid.FieldError> errors) {
            return SearchController.filters(this, errors);
        }
    }

    @GetMapping(PAGE)
    String page(@AuthenticationPrincipal Subject reader, Asked asked, Model model) {
        String q = asked.q();
        String typed = q == null ? "" : q;
        var errors = new ArrayList<ApiRequestInvalid.FieldError>();
        Paging paging = Paging.of(asked.page(), Integer.toString(PAGE_SIZE), errors);
        Search.Filters filters = asked.filters(errors);
        Search.Results results = Search.Results.NONE;
        String problem = null;
        try {
            SearchQuery query = SearchQuery.parse(typed, false);
            if (!errors.isEmpty()) {
                problem = "search.filter.invalid";
            } else if (!typed.isBlank() && query.empty()) {
                problem = "search.query.noWords";
            } else {
                results = search.find(query, filters, paging.page(), PAGE_SIZE, true);
            }
        } catch (IllegalArgumentException tooLong) {
            problem = tooLong.getMessage();
        }
        model.addAttribute("q", typed.length() > SearchQuery.LONGEST ? "" : typed);
        model.addAttribute("filters", filters);
        model.addAttribute("results", results);
        model.addAttribute("problem", problem);
        model.addAttribute("page", paging.page());
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute(
                "label",
                Label.highWaterMark(
                        reader.nation(),
                        results.hits().stream().map(Search.Hit::label).toList()));
        return "search/results";
    }

    @GetMapping(SUGGESTIONS)
    String suggestions(@RequestParam(required = false) String q, Model model) {
        List<Search.Hit> hits = List.of();
        try {
            SearchQuery query = SearchQuery.parse(q, true);
            hits = search.find(query, Search.Filters.NONE, 0, SUGGESTED, false).hits();
        } catch (IllegalArgumentException tooLong) {
            // nothing to suggest for a query nobody types
        }
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("hits", hits);
        return "search/suggestions";
    }

    @GetMapping(API)
    @ResponseBody
    ListJson<HitJson> api(Asked asked) {
        String q = asked.q();
        var errors = new ArrayList<ApiRequestInvalid.FieldError>();
        Paging paging = Paging.of(asked.page(), asked.size(), errors);
        Search.Filters filters = asked.filters(errors);
        SearchQuery query = null;
        if (q == null || q.isBlank()) {
            errors.add(new ApiRequestInvalid.FieldError("q", "search.query.empty", "q"));
        } else {
            try {
                query = SearchQuery.parse(q, false);
            } catch (IllegalArgumentException tooLong) {
                errors.add(new ApiRequestInvalid.FieldError("q", tooLong.getMessage(), "q"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiRequestInvalid(errors);
        }
        Search.Results results = search.find(query, filters, paging.page(), paging.size(), true);
        return new ListJson<>(
                results.hits().stream().map(HitJson::of).toList(), paging.page(), paging.size(), results.total());
    }

    @GetMapping(ADMIN)
    String admin(@AuthenticationPrincipal Subject reader, Model model) {
        model.addAttribute("statistics", statistics.now());
        model.addAttribute("label", Label.unclassified(reader.nation()));
        return "search/admin";
    }

    private static Search.Filters filters(Asked asked, List<ApiRequestInvalid.FieldError> errors) {
        String type = asked.type();
        String status = asked.status();
        String nation = asked.nation();
        String classification = asked.classification();
        String chosenType = blank(type) ? null : type.strip();
        if (chosenType != null && !TYPES.contains(chosenType)) {
            errors.add(new ApiRequestInvalid.FieldError("type", "search.type.unknown", "type"));
            chosenType = null;
        }
        Long chosenCommittee = number(asked.committee(), "committee", errors);
        Long chosenYear = number(asked.year(), "year", errors);
        String chosenStatus = blank(status) ? null : status.strip();
        if (chosenStatus != null && !chosenStatus.matches("[A-Z_]{1,40}")) {
            errors.add(new ApiRequestInvalid.FieldError("status", "search.status.unknown", "status"));
            chosenStatus = null;
        }
        String chosenNation = blank(nation) ? null : nation.strip();
        if (chosenNation != null && !chosenNation.matches("[A-Z]{3}")) {
            errors.add(new ApiRequestInvalid.FieldError("nation", "search.nation.unknown", "nation"));
            chosenNation = null;
        }
        Integer chosenClassification = null;
        if (!blank(classification)) {
            try {
                chosenClassification =
                        Classification.valueOf(classification.strip()).ordinal();
            } catch (IllegalArgumentException unknown) {
                errors.add(new ApiRequestInvalid.FieldError(
                        "classification", "search.classification.unknown", "classification"));
            }
        }
        return new Search.Filters(
                chosenType,
                chosenCommittee,
                chosenYear == null || chosenYear > 9999 ? null : chosenYear.intValue(),
                chosenStatus,
                chosenNation,
                chosenClassification);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Long number(String text, String field, List<ApiRequestInvalid.FieldError> errors) {
        if (blank(text)) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        errors.add(new ApiRequestInvalid.FieldError(field, "api.number.positive", field));
        return null;
    }
}
