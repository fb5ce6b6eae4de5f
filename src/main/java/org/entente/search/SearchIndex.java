package org.entente.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the index, always in the caller's transaction and under the caller's row-level security:
 * an entry is built from what its writer may read, and carries the label of its record at that
 * moment, so a relabel reaches the index before the write commits.
 */
@Component
class SearchIndex {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** An entry ready to be written. */
    record Entry(
            String type,
            long id,
            String title,
            String lang,
            String code,
            String body,
            String document,
            String url,
            Long committee,
            Integer year,
            String status,
            String nation,
            short classification,
            String owner,
            String[] releasableTo) {}

    private final JdbcClient sql;

    SearchIndex(JdbcClient sql) {
        this.sql = sql;
    }

    /**
     * Rebuilds what a write to this record (named as the audit trail names it) changes. A record
     * that is gone, or that its writer may no longer read, loses its entry (when its writer's nation
     * owns it; otherwise the owner's next write or a reindex does it).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void refresh(String auditType, long id) {
        for (SearchSources.Target target : SearchSources.targetsOf(auditType)) {
            List<Entry> entries = read(target.source(), target.condition(), "id", id);
            entries.forEach(this::write);
            if (target.theRecordItself() && entries.isEmpty()) {
                sql.sql("delete from search.entry where record_type = :type and record_id = :id")
                        .param("type", target.source().type())
                        .param("id", id)
                        .update();
            }
        }
    }

    /**
     * Indexes the next {@code limit} records of this source that the current reader's nation owns,
     * those after {@code after} in the order of their ids; returns how many and the last id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Written indexOwnedAfter(SearchSources.Source source, String nation, long after, int limit) {
        List<Entry> entries = sql.sql(
                        source.where("x.owner_nation = :nation and x.id > :after order by x.id limit " + limit))
                .param("nation", nation)
                .param("after", after)
                .query((rs, n) -> entry(source.type(), rs))
                .list();
        entries.forEach(this::write);
        return new Written(
                entries.size(),
                entries.isEmpty() ? after : entries.get(entries.size() - 1).id());
    }

    /** What one call of {@link #indexOwnedAfter} wrote: how many records, and the last one's id. */
    record Written(int records, long last) {}

    /**
     * Deletes this nation's entries of this source whose record it no longer owns or that is gone,
     * and its entries of kinds no longer searched; returns how many.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    int deleteOrphans(SearchSources.Source source, String nation) {
        return sql.sql("""
                        delete from search.entry e
                         where e.owner_nation = :nation
                           and (e.record_type = :type and not exists (
                                    select from %s x where x.id = e.record_id and x.owner_nation = :nation)
                                or e.record_type <> all (cast(:types as text[])))""".formatted(source.table()))
                .param("nation", nation)
                .param("type", source.type())
                .param(
                        "types",
                        SearchSources.ALL.stream()
                                .map(SearchSources.Source::type)
                                .toArray(String[]::new))
                .update();
    }

    private List<Entry> read(SearchSources.Source source, String condition, String name, Object value) {
        return sql.sql(source.where(condition))
                .param(name, value)
                .query((rs, n) -> entry(source.type(), rs))
                .list();
    }

    static Entry entry(String type, ResultSet rs) throws SQLException {
        JsonNode title = JSON.readTree(rs.getString("title"));
        List<String> titles = SearchDocument.strings(title);
        JsonNode textsNode = JSON.readTree(rs.getString("texts"));
        List<String> texts = SearchDocument.strings(textsNode);
        String code = rs.getString("code");
        var document = new SearchDocument();
        titles.forEach(text -> document.addName(text, 'A'));
        if (code != null) {
            document.add(code, 'B');
        }
        texts.forEach(text -> document.add(text, 'D'));
        String body = JSON.writeValueAsString(Snippets.byLanguage(textsNode, SearchDocument.BODY_KEPT));
        String lang = title.isObject() && !title.isEmpty()
                ? title.propertyNames().iterator().next()
                : "en";
        long committee = rs.getLong("committee_id");
        boolean noCommittee = rs.wasNull();
        int year = rs.getInt("year");
        boolean noYear = rs.wasNull();
        return new Entry(
                type,
                rs.getLong("id"),
                title.isObject() ? title.toString() : "{}",
                lang,
                code,
                body,
                document.literal(),
                rs.getString("url"),
                noCommittee ? null : committee,
                noYear ? null : year,
                rs.getString("status"),
                rs.getString("nation"),
                rs.getShort("classification"),
                rs.getString("owner_nation"),
                (String[]) rs.getArray("releasable_to").getArray());
    }

    private static java.util.Map<String, Object> params(Entry entry) {
        var params = new java.util.HashMap<String, Object>();
        params.put("type", entry.type());
        params.put("id", entry.id());
        params.put("title", entry.title());
        params.put("lang", entry.lang());
        params.put("code", entry.code());
        params.put("body", entry.body());
        params.put("document", entry.document());
        params.put("url", entry.url());
        params.put("committee", entry.committee());
        params.put("year", entry.year());
        params.put("status", entry.status());
        params.put("nation", entry.nation());
        params.put("classification", entry.classification());
        params.put("owner", entry.owner());
        params.put("releasable", entry.releasableTo());
        return params;
    }

    /**
     * Rewrites the entry where the writer may (any reader of a joint record), or creates it when the
     * writer's nation owns the record; never fails the write it follows.
     */
    private void write(Entry entry) {
        int updated = sql.sql("""
                        update search.entry
                           set title = cast(:title as jsonb), lang = :lang, code = :code, body = cast(:body as jsonb),
                               document = cast(:document as tsvector), url = :url, committee_id = :committee,
                               year = :year, status = :status, nation = :nation, classification = :classification,
                               owner_nation = :owner, releasable_to = cast(:releasable as char(3)[]), updated_at = now()
                         where record_type = :type and record_id = :id
                           and (title, lang, code, body, document, url, committee_id, year, status, nation,
                                classification, owner_nation, releasable_to)
                               is distinct from
                               (cast(:title as jsonb), :lang, :code, cast(:body as jsonb), cast(:document as tsvector), :url,
                                cast(:committee as bigint), cast(:year as integer), :status, cast(:nation as char(3)),
                                cast(:classification as smallint), cast(:owner as char(3)),
                                cast(:releasable as char(3)[]))""").params(params(entry)).update();
        if (updated == 0) {
            sql.sql("""
                            insert into search.entry (record_type, record_id, title, lang, code, body, document, url,
                                                      committee_id, year, status, nation, classification,
                                                      owner_nation, releasable_to)
                            select :type, :id, cast(:title as jsonb), :lang, :code, cast(:body as jsonb), cast(:document as tsvector),
                                   :url, :committee, :year, :status, :nation, :classification, :owner,
                                   cast(:releasable as char(3)[])
                             where shared.owned(cast(:classification as smallint), cast(:owner as char(3)),
                                                cast(:releasable as char(3)[]))
                            on conflict do nothing""").params(params(entry)).update();
        }
    }
}
