package org.entente.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.RecordType;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a query from the index, under the reader's row-level security: hits, counts, facets and
 * snippets come only from entries the reader may read, with no filter of ours to forget.
 *
 * <p>A common word must not make a query read, rank or count every match: at most {@value #RANKED}
 * matches are read (those the plan finds first), ranked and counted; past that the page says "more
 * than 1,000" and each facet's count is marked as a lower bound. Exact codes come first, then codes
 * that begin with the query. A query never runs longer than 2 s.
 *
 * <p>Every condition is one the planner can answer from an index under row-level security: the text
 * match ({@code @@}, made leakproof by the database's preparation) from the GIN index, a code by
 * a byte-wise range ({@code ~>=~ ~<~}, leakproof) on its stored upper-case key ({@code
 * entry_code_key}) — never {@code LIKE} or {@code upper(code)}, whose functions are not leakproof
 * and sent every code query through every row. Only
 * the filters asked for are written into the statement, and each search plans for its own values
 * ({@code plan_cache_mode}): a generic plan cannot tell a rare word from a common one.
 */
@Service
public class Search {

    static final int RANKED = 1_000;

    /** Results as you type: this many title matches are read, the best {@link #find} asks for shown. */
    static final int SUGGESTION_WINDOW = 64;

    /** What to narrow the matches to; null fields narrow nothing. */
    public record Filters(
            String type, Long committee, Integer year, String status, String nation, Integer classification) {
        static final Filters NONE = new Filters(null, null, null, null, null, null);
    }

    /**
     * A match: {@code title} in every language it has, {@code heading} its form for this reader
     * and {@code snippet} a passage of its text, both with the searched words marked ({@link
     * Snippets}).
     */
    public record Hit(
            String type,
            long id,
            LocalizedText title,
            Snippets.Passage heading,
            String code,
            Snippets.Passage snippet,
            Label label,
            String url) {

        /** Its kind in the catalogue (every source of the index is one). */
        public RecordType kind() {
            return RecordType.spelled(type).orElseThrow();
        }
    }

    /** A facet's value and how many matches have it; {@code name} is shown (a committee's name). */
    public record FacetValue(String value, LocalizedText name, long count) {}

    public record Results(List<Hit> hits, long total, boolean more, Map<String, List<FacetValue>> facets) {
        static final Results NONE = new Results(List.of(), 0, false, Map.of());
    }

    private final JdbcClient sql;

    Search(JdbcClient sql) {
        this.sql = sql;
    }

    /**
     * A search's transaction: no statement longer than 2 s, each planned for its own values (a
     * generic plan cannot tell a rare word from a common one); set with the reader's settings, in the
     * transaction's first statement ({@code database.ReaderSettingsTransactionManager}).
     */
    static final String STATEMENT_TIMEOUT = "statement_timeout=2s";

    static final String PLAN_PER_SEARCH = "plan_cache_mode=force_custom_plan";

    /** Answers in the language of the request (the reader's choice) for titles and snippets. */
    @Transactional(
            readOnly = true,
            label = {STATEMENT_TIMEOUT, PLAN_PER_SEARCH})
    Results find(SearchQuery query, Filters filters, int page, int size, boolean withFacets) {
        return find(query, filters, page, size, withFacets, LocaleContextHolder.getLocale());
    }

    @Transactional(
            readOnly = true,
            label = {STATEMENT_TIMEOUT, PLAN_PER_SEARCH})
    Results find(SearchQuery query, Filters filters, int page, int size, boolean withFacets, Locale reader) {
        String language = reader.getLanguage();
        if (query.empty()) {
            return Results.NONE;
        }
        Map<String, Object> params = params(query, filters);
        if (!withFacets) {
            List<Hit> hits = sql.sql(hitsStatement(query, filters, SUGGESTION_WINDOW))
                    .params(params)
                    .param("size", size)
                    .param("offset", (long) page * size)
                    .query((rs, n) -> hit(rs, query, language, false))
                    .list();
            return new Results(hits, hits.size(), false, Map.of());
        }
        var hits = new ArrayList<Hit>();
        var facets = new LinkedHashMap<String, List<FacetValue>>();
        for (String facet : List.of("type", "committee", "year", "status", "nation", "classification")) {
            facets.put(facet, new ArrayList<>());
        }
        long[] total = {0};
        sql.sql(resultsStatement(query, filters))
                .params(params)
                .param("size", size)
                .param("offset", (long) page * size)
                .query(rs -> {
                    if (rs.getObject("place") != null) {
                        hits.add(hit(rs, query, language, true));
                    } else {
                        total[0] += facet(rs, facets);
                    }
                });
        boolean more = total[0] > RANKED;
        return new Results(hits, Math.min(total[0], RANKED), more, facets);
    }

    /** Adds a facet row of {@link #resultsStatement} to its facet; returns its count if it is one by type, else 0. */
    private static long facet(java.sql.ResultSet rs, Map<String, List<FacetValue>> facets)
            throws java.sql.SQLException {
        long count = rs.getLong("n");
        if (rs.getInt("by_type") == 0) {
            facets.get("type").add(new FacetValue(rs.getString("record_type"), null, count));
            return count;
        }
        if (rs.getObject("facet_committee") != null) {
            String name = rs.getString("committee_name");
            facets.get("committee")
                    .add(new FacetValue(
                            rs.getString("facet_committee"),
                            name == null ? null : LocalizedText.fromJson(name),
                            count));
        } else if (rs.getObject("facet_year") != null) {
            facets.get("year").add(new FacetValue(rs.getString("facet_year"), null, count));
        } else if (rs.getString("facet_status") != null) {
            facets.get("status").add(new FacetValue(rs.getString("facet_status"), null, count));
        } else if (rs.getString("facet_nation") != null) {
            facets.get("nation").add(new FacetValue(rs.getString("facet_nation").strip(), null, count));
        } else if (rs.getObject("facet_classification") != null) {
            facets.get("classification")
                    .add(new FacetValue(
                            Classification.values()[rs.getShort("facet_classification")].name(), null, count));
        }
        return 0;
    }

    /**
     * The one statement of the results page (parameters {@link #params}, {@code size} and {@code
     * offset}): the first {@value #RANKED} matches and one more are found once (a CTE read twice is
     * materialised), ranked for the page and grouped for the count and every facet. The page's rows
     * come first, read whole ({@code place} set: a snippet's text is read for the page only), then one
     * row per facet value ({@code place} null, {@code by_type} 0 for the facet by type, whose counts
     * add up to the count of matches).
     */
    static String resultsStatement(SearchQuery query, Filters filters) {
        return """
                with matches as (
                    select e.record_type, e.record_id, e.updated_at, e.committee_id, e.year, e.status, e.nation,
                           e.classification, %s, %s as rank
                      from search.entry e where %s limit %d),
                page as (
                    select m.record_type, m.record_id,
                           row_number() over (order by m.exact desc, m.prefix desc, m.rank desc, m.updated_at desc)
                               as place
                      from matches m order by place limit :size offset :offset),
                facets as (
                    select grouping(m.record_type) as by_type, m.record_type, m.committee_id, m.year, m.status,
                           m.nation, m.classification, count(*) as n
                      from matches m
                     group by grouping sets ((m.record_type), (m.committee_id), (m.year), (m.status), (m.nation),
                                             (m.classification)))
                select p.place, e.record_type, e.record_id, e.title, e.code, e.body, e.url, e.classification,
                       e.owner_nation, e.releasable_to, null::int as by_type, null::bigint as facet_committee,
                       null::int as facet_year, null::text as facet_status, null::char(3) as facet_nation,
                       null::smallint as facet_classification, null::bigint as n, null::jsonb as committee_name
                  from page p join search.entry e on e.record_type = p.record_type and e.record_id = p.record_id
                union all
                select null, f.record_type, null, null, null, null, null, null, null, null, f.by_type, f.committee_id,
                       f.year, f.status, f.nation, f.classification, f.n,
                       (select c.title from search.entry c where c.record_type = 'committee' and c.record_id = f.committee_id)
                  from facets f
                 order by place, n desc""".formatted(ranking(query), rank(query), match(query, filters), RANKED + 1);
    }

    /**
     * The statement of results as you type (parameters {@link #params}, {@code size} and {@code
     * offset}): the first {@code window} matches found, ranked, the best rows then read without their
     * text (no snippet is shown as you type).
     */
    static String hitsStatement(SearchQuery query, Filters filters, int window) {
        return """
                with matches as (
                    select e.record_type, e.record_id, e.updated_at, %s, %s as rank
                      from search.entry e where %s limit %d),
                page as (
                    select m.*, row_number() over (order by m.exact desc, m.prefix desc, m.rank desc,
                                                            m.updated_at desc) as place
                      from matches m order by place limit :size offset :offset)
                select e.record_type, e.record_id, e.title, e.code, e.url, e.classification, e.owner_nation,
                       e.releasable_to
                  from page p join search.entry e on e.record_type = p.record_type and e.record_id = p.record_id
                 order by p.place""".formatted(ranking(query), rank(query), match(query, filters), window);
    }

    /** Whether a match is the code asked for ({@code exact}) or begins with it ({@code prefix}). */
    private static String ranking(SearchQuery query) {
        return query.code() == null
                ? "false as exact, false as prefix"
                : "coalesce(e.code_key = :code, false) as exact,"
                        + " coalesce(e.code_key ~>=~ :code and e.code_key ~<~ :codeEnd, false) as prefix";
    }

    private static String rank(SearchQuery query) {
        return query.tsquery().isEmpty() ? "0" : "ts_rank(e.document, to_tsquery('simple', :query))";
    }

    /** A hit from a row of either statement; its snippet only if asked (results as you type show none). */
    private static Hit hit(java.sql.ResultSet rs, SearchQuery query, String language, boolean withSnippet)
            throws java.sql.SQLException {
        LocalizedText title = LocalizedText.fromJson(rs.getString("title"));
        return new Hit(
                rs.getString("record_type"),
                rs.getLong("record_id"),
                title,
                title.unreadable()
                        ? Snippets.Passage.NONE
                        : Snippets.title(title.values(), language, query.terms(), query.prefixes()),
                rs.getString("code"),
                withSnippet
                        ? Snippets.snippet(
                                LocalizedText.fromJson(rs.getString("body")).values(),
                                language,
                                query.terms(),
                                query.prefixes())
                        : Snippets.Passage.NONE,
                new Label(
                        Classification.values()[rs.getShort("classification")],
                        rs.getString("owner_nation"),
                        Set.of((String[]) rs.getArray("releasable_to").getArray())),
                rs.getString("url"));
    }

    /**
     * What a match must satisfy: the text, or the code (equal, or beginning with the query: a
     * byte-wise range on {@code entry_code_key}), and each filter asked for, and nothing else.
     */
    private static String match(SearchQuery query, Filters filters) {
        var text = new ArrayList<String>();
        if (!query.tsquery().isEmpty()) {
            text.add("e.document @@ to_tsquery('simple', :query)");
        }
        if (query.code() != null) {
            text.add("(e.code_key is not null and e.code_key ~>=~ :code and e.code_key ~<~ :codeEnd)");
        }
        var match = new StringBuilder(text.size() == 1 ? text.get(0) : "(" + String.join(" or ", text) + ")");
        filter(match, filters.type(), "e.record_type = :type");
        filter(match, filters.committee(), "e.committee_id = :committee");
        filter(match, filters.year(), "e.year = :year");
        filter(match, filters.status(), "e.status = :status");
        filter(match, filters.nation(), "e.nation = :nation");
        filter(match, filters.classification(), "e.classification = :classification");
        return match.toString();
    }

    private static void filter(StringBuilder match, Object value, String condition) {
        if (value != null) {
            match.append(" and ").append(condition);
        }
    }

    static Map<String, Object> params(SearchQuery query, Filters filters) {
        var params = new LinkedHashMap<String, Object>();
        params.put("query", query.tsquery());
        params.put("code", query.code());
        // byte by byte, a code that begins with the query sorts below the query followed by the
        // highest code point (codes are letters, digits, - and /)
        params.put(
                "codeEnd", query.code() == null ? null : query.code() + Character.toString(Character.MAX_CODE_POINT));
        params.put("type", filters.type());
        params.put("committee", filters.committee());
        params.put("year", filters.year());
        params.put("status", filters.status());
        params.put("nation", filters.nation());
        params.put("classification", filters.classification());
        return params;
    }
}
