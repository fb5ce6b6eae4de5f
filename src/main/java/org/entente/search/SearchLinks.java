package org.entente.search;

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
        var link = new StringBuilder(SearchController.PAGE.length() + 64).append(SearchController.PAGE);
        char separator = '?';
        for (var parameter : parameters.entrySet()) {
            link.append(separator).append(parameter.getKey()).append('=');
            encode(parameter.getValue(), link);
            separator = '&';
        }
        return link.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * Appends the value form-encoded, byte for byte as {@link java.net.URLEncoder} in UTF-8 writes it
     * (letters, digits and {@code .-*_} as they are, a space as {@code +}, every other run of
     * characters as its UTF-8 bytes in {@code %XX}), without its writer, arrays and strings per run:
     * a results page writes a link per facet value (search33: the links were a fifth of the bytes the
     * common word's page allocated).
     */
    static void encode(String value, StringBuilder out) {
        int length = value.length();
        int i = 0;
        while (i < length) {
            char c = value.charAt(i);
            if (plain(c)) {
                out.append(c == ' ' ? '+' : c);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < length && !plain(value.charAt(end))) {
                end++;
            }
            if (end - i == 1 && c < 0x80) {
                percent(c, out);
            } else {
                for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    percent(b & 0xFF, out);
                }
            }
            i = end;
        }
    }

    /** What URLEncoder leaves as it is (a space becomes {@code +}). */
    private static boolean plain(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '.'
                || c == '-'
                || c == '*'
                || c == '_'
                || c == ' ';
    }

    private static void percent(int b, StringBuilder out) {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
    }
}
