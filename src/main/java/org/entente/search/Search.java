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
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers a query from the index, under the reader's row-level security: hits, counts, facets and
 * snippets come only from entries the reader may read, with no filter of ours to forget.
 *
 * <p>A common word must not make every query rank all its matches: at most {@value #RANKED}
 * matches are ranked (those first found, newest-first where PostgreSQL can), and counts stop at
 * {@value #COUNTED} ("10,000+"). Exact codes come first. A query never runs longer than 2 s.
 */
@Service
public class Search {

    static final int RANKED = 1_000;
    static final int COUNTED = 10_000;

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
            String url) {}

    /** A facet's value and how many matches have it; {@code name} is shown (a committee's name). */
    public record FacetValue(String value, LocalizedText name, long count) {}

    public record Results(List<Hit> hits, long total, boolean more, Map<String, List<FacetValue>> facets) {
        static final Results NONE = new Results(List.of(), 0, false, Map.of());
    }

    private static final String MATCH = """
            (e.document @@ to_tsquery('simple', :query)
                or (cast(:code as text) is not null and upper(e.code) like :codePrefix escape '\\'))
            and (cast(:type as text) is null or e.record_type = :type)
            and (cast(:committee as bigint) is null or e.committee_id = :committee)
            and (cast(:year as integer) is null or e.year = :year)
            and (cast(:status as text) is null or e.status = :status)
            and (cast(:nation as text) is null or e.nation = :nation)
            and (cast(:classification as integer) is null or e.classification = :classification)""";

    private final JdbcClient sql;

    Search(JdbcClient sql) {
        this.sql = sql;
    }

    /** Answers in the language of the request (the reader's choice) for titles and snippets. */
    @Transactional(readOnly = true)
    Results find(SearchQuery query, Filters filters, int page, int size, boolean withFacets) {
        return find(query, filters, page, size, withFacets, LocaleContextHolder.getLocale());
    }

    @Transactional(readOnly = true)
    Results find(SearchQuery query, Filters filters, int page, int size, boolean withFacets, Locale reader) {
        String language = reader.getLanguage();
        if (query.empty()) {
            return Results.NONE;
        }
        sql.sql("set local statement_timeout = '2s'").update();
        Map<String, Object> params = params(query, filters);
        List<Hit> hits = sql.sql("""
                        with matches as (
                            select e.* from search.entry e where %s limit %d)
                        select m.record_type, m.record_id, m.title, m.code, m.body, m.url,
                               m.classification, m.owner_nation, m.releasable_to
                          from matches m
                         order by (upper(m.code) = cast(:code as text)) desc nulls last,
                                  (upper(m.code) like :codePrefix escape '\\') desc nulls last,
                                  ts_rank(m.document, to_tsquery('simple', :query)) desc, m.updated_at desc
                         limit :size offset :offset""".formatted(MATCH, RANKED))
                .params(params)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> {
                    LocalizedText title = LocalizedText.fromJson(rs.getString("title"));
                    return new Hit(
                            rs.getString("record_type"),
                            rs.getLong("record_id"),
                            title,
                            title.unreadable()
                                    ? Snippets.Passage.NONE
                                    : Snippets.title(title.values(), language, query.terms(), query.prefixes()),
                            rs.getString("code"),
                            Snippets.snippet(
                                    LocalizedText.fromJson(rs.getString("body")).values(),
                                    language,
                                    query.terms(),
                                    query.prefixes()),
                            new Label(
                                    Classification.values()[rs.getShort("classification")],
                                    rs.getString("owner_nation"),
                                    Set.of((String[])
                                            rs.getArray("releasable_to").getArray())),
                            rs.getString("url"));
                })
                .list();
        if (!withFacets) {
            return new Results(hits, hits.size(), false, Map.of());
        }
        var facets = new LinkedHashMap<String, List<FacetValue>>();
        for (String facet : List.of("type", "committee", "year", "status", "nation", "classification")) {
            facets.put(facet, new ArrayList<>());
        }
        long[] total = {0};
        sql.sql("""
                        with matches as (select e.* from search.entry e where %s limit %d)
                        select grouping(m.record_type) as by_type, m.record_type, m.committee_id, m.year, m.status,
                               m.nation, m.classification, count(*) as n,
                               (select c.title from search.entry c
                                 where c.record_type = 'committee' and c.record_id = m.committee_id) as committee_name
                          from matches m
                         group by grouping sets ((m.record_type), (m.committee_id), (m.year), (m.status), (m.nation),
                                                 (m.classification))
                         order by n desc""".formatted(MATCH, COUNTED + 1)).params(params).query(rs -> {
            long count = rs.getLong("n");
            if (rs.getInt("by_type") == 0) {
                total[0] += count;
                facets.get("type").add(new FacetValue(rs.getString("record_type"), null, count));
            } else if (rs.getObject("committee_id") != null) {
                String name = rs.getString("committee_name");
                facets.get("committee")
                        .add(new FacetValue(
                                rs.getString("committee_id"),
                                name == null ? null : LocalizedText.fromJson(name),
                                count));
            } else if (rs.getObject("year") != null) {
                facets.get("year").add(new FacetValue(rs.getString("year"), null, count));
            } else if (rs.getString("status") != null) {
                facets.get("status").add(new FacetValue(rs.getString("status"), null, count));
            } else if (rs.getString("nation") != null) {
                facets.get("nation").add(new FacetValue(rs.getString("nation").strip(), null, count));
            } else if (rs.getObject("classification") != null) {
                facets.get("classification")
                        .add(new FacetValue(
                                Classification.values()[rs.getShort("classification")].name(), null, count));
            }
        });
        boolean more = total[0] > COUNTED;
        return new Results(hits, Math.min(total[0], COUNTED), more, facets);
    }

    private static Map<String, Object> params(SearchQuery query, Filters filters) {
        var params = new LinkedHashMap<String, Object>();
        params.put("query", query.tsquery());
        params.put("code", query.code());
        params.put(
                "codePrefix",
                query.code() == null
                        ? null
                        : query.code().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        params.put("type", filters.type());
        params.put("committee", filters.committee());
        params.put("year", filters.year());
        params.put("status", filters.status());
        params.put("nation", filters.nation());
        params.put("classification", filters.classification());
        return params;
    }
}
