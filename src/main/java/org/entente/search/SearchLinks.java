package org.entente.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Links of the search page: the same query, narrowed by a facet or on another page, encoded. */
public final class SearchLinks {

    private SearchLinks() {}

    public static String narrowed(String q, Search.Filters filters, String facet, String value) {
        Map<String, String> parameters = parameters(q, filters);
        parameters.put(facet, value);
        return link(parameters);
    }

    public static String page(String q, Search.Filters filters, int page) {
        Map<String, String> parameters = parameters(q, filters);
        parameters.put("page", Integer.toString(page));
        return link(parameters);
    }

    private static Map<String, String> parameters(String q, Search.Filters filters) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("q", q);
        put(parameters, "type", filters.type());
        put(parameters, "committee", filters.committee());
        put(parameters, "year", filters.year());
        put(parameters, "status", filters.status());
        put(parameters, "nation", filters.nation());
        if (filters.classification() != null) {
            parameters.put(
                    "classification", org.entente.shared.Classification.values()[filters.classification()].name());
        }
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, Object value) {
        if (value != null) {
            parameters.put(name, value.toString());
        }
    }

    private static String link(Map<String, String> parameters) {
        var link = new StringBuilder(SearchController.PAGE);
        char separator = '?';
        for (var parameter : parameters.entrySet()) {
            link.append(separator)
                    .append(parameter.getKey())
                    .append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        return link.toString();
    }
}
