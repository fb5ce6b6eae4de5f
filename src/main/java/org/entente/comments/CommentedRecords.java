package org.entente.comments;

import java.util.Map;
import java.util.Optional;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.RecordType;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The records one may comment on or watch, found by type and id: their label, the page that shows
 * them and their committee. Like the search module's sources, this reads the owning modules'
 * tables under the reader's row-level security and filter, and depends on none of their Java types;
 * a record the reader may not read is not found, whichever the reason.
 */
@Component
class CommentedRecords {

    /** A record as found for a reader. */
    record Found(String type, long id, Label label, String url, Long committeeId) {}

    private static final String LABEL = "x.classification, x.owner_nation, x.releasable_to";

    /**
     * Each type's query: id, label, url (the catalogue's link, {@code %3$s}) and committee of {@code
     * x}, readable by the reader; the types one may comment on ({@link RecordType#commented()}) and
     * {@code committee}, watched only.
     */
    private static final Map<String, String> QUERIES = Map.of(
            RecordType.AGREEMENT.spelled(), """
                    select %s, %3$s as url, null::bigint as committee_id
                      from agreements.agreement x where x.id = :id and %s""",
            RecordType.SESSION.spelled(), """
                    select %s, %3$s as url, x.committee_id
                      from committees.session x join committees.committee c on c.id = x.committee_id
                     where x.id = :id and %s""" + " and " + AccessPolicy.readableBy("c"),
            RecordType.ACTION_ITEM.spelled(), """
                    select %s, %3$s as url, x.committee_id
                      from committees.action_item x left join committees.session s on s.id = x.session_id
                     where x.id = :id and %s""",
            RecordType.PLAN.spelled(), """
                    select %s, %3$s as url, x.committee_id
                      from workplans.plan x where x.id = :id and %s""",
            RecordType.ACTIVITY.spelled(), """
                    select %s, %3$s as url, p.committee_id
                      from workplans.activity x join workplans.plan p on p.id = x.plan_id where x.id = :id and %s""",
            RecordType.AMENDMENT.spelled(), """
                    select %s, %3$s as url, p.committee_id
                      from workplans.amendment x join workplans.plan p on p.id = x.plan_id where x.id = :id and %s""",
            RecordType.PROJECT.spelled(), """
                    select %s, %3$s as url, null::bigint as committee_id
                      from projects.project x where x.id = :id and %s""",
            RecordType.MILESTONE.spelled(), """
                    select %s, %3$s as url, null::bigint as committee_id
                      from projects.milestone x where x.id = :id and %s""",
            RecordType.COMMITTEE.spelled(), """
                    select %s, %3$s as url, x.id as committee_id
                      from committees.committee x where x.id = :id and %s""");

    private final JdbcClient sql;

    CommentedRecords(JdbcClient sql) {
        this.sql = sql;
    }

    /** Whether one may comment on records of this type. */
    static boolean commented(String type) {
        return RecordType.spelled(type).map(RecordType::commented).orElse(false);
    }

    /** Whether one may watch records of this type. */
    static boolean watched(String type) {
        return QUERIES.containsKey(type);
    }

    /** The record, if it exists and the reader may read it; call inside a transaction. */
    /** A type as the audit trail may name it: one of ours, else {@code record} (a path holds anything). */
    static String named(String type) {
        return type != null && watched(type) ? type : "record";
    }

    Optional<Found> find(Subject reader, String type, long id) {
        String query = type == null ? null : QUERIES.get(type);
        if (query == null) {
            return Optional.empty();
        }
        return sql.sql(query.formatted(
                        LABEL,
                        AccessPolicy.readableBy("x"),
                        RecordType.spelled(type).orElseThrow().urlSql()))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> new Found(type, id, Labels.read(rs), rs.getString("url"), (Long)
                        rs.getObject("committee_id", Long.class)))
                .optional();
    }
}
