package org.entente.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent.Outcome;
import org.entente.audit.report.AuditFilter;
import org.entente.audit.report.AuditPage;
import org.entente.audit.report.AuditRecord;
import org.entente.shared.Labels;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reading the trail a page at a time, newest first, cut by the need-to-know rule like any record. */
@Component
class AuditLog {

    /**
     * The need-to-know rule (domain.md) over the label an event carries; an event about no labelled
     * record is visible to every auditor.
     */
    /** Unlabelled events (sign-ins and the like) are for every auditor; labelled ones, need-to-know. */
    private static final String READABLE = "(e.classification is null or (" + AccessPolicy.readableBy("e") + "))";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> DETAILS = new TypeReference<>() {};
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcClient sql;

    AuditLog(JdbcClient sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    AuditPage page(AuditFilter filter, Subject reader, int page, int size) {
        var conditions = new ArrayList<String>(List.of(READABLE));
        Map<String, Object> parameters = new HashMap<>();
        parameters.putAll(AccessPolicy.readerParams(reader));
        if (filter.actor() != null) {
            conditions.add("e.actor like :actor");
            parameters.put("actor", startsWith(filter.actor()));
        }
        if (filter.action() != null) {
            conditions.add("e.action like :action");
            parameters.put("action", startsWith(filter.action()));
        }
        if (filter.outcome() != null) {
            conditions.add("e.outcome = :outcome");
            parameters.put("outcome", filter.outcome().name());
        }
        if (filter.from() != null) {
            conditions.add("e.at >= :from");
            parameters.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("e.at < :to");
            parameters.put("to", startOf(filter.to().plusDays(1)));
        }
        String where = String.join(" and ", conditions);
        long total = sql.sql("select count(*) from audit.event e where " + where)
                .params(parameters)
                .query(Long.class)
                .single();
        List<AuditRecord> items = sql.sql("select e.*, e.details::text as details_json from audit.event e where "
                        + where + " order by e.id desc limit :limit offset :offset")
                .params(parameters)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> record(rs))
                .list();
        return new AuditPage(items, page, size, total);
    }

    /**
     * Everyone who appears in the part of the trail the reader may read, for the actor filter: the
     * distinct actors by a skip scan of {@code event_actor} (one probe per actor, not a pass over the
     * trail), each kept only when one of their events is readable.
     */
    @Transactional(readOnly = true)
    List<String> actors(Subject reader) {
        return sql.sql("""
                        with recursive actors(actor) as (
                            (select actor from audit.event order by actor limit 1)
                            union all
                            select (select e.actor from audit.event e where e.actor > a.actor order by e.actor limit 1)
                              from actors a where a.actor is not null)
                        select a.actor from actors a
                         where a.actor is not null
                           and exists (select 1 from audit.event e where e.actor = a.actor and %s)""".formatted(READABLE))
                .params(AccessPolicy.readerParams(reader))
                .query(String.class)
                .list();
    }

    private static AuditRecord record(ResultSet rs) throws SQLException {
        return new AuditRecord(
                rs.getLong("id"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("actor_nation"),
                rs.getString("action"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getObject("classification") == null ? null : Labels.read(rs),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getString("source_address"),
                JSON.readValue(rs.getString("details_json"), DETAILS),
                HEX.formatHex(rs.getBytes("hash")));
    }

    /** A LIKE pattern for text starting with this, its own wildcards taken literally. */
    private static String startsWith(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
