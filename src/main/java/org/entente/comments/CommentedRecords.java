package org.entente.comments;

import java.util.Map;
import java.util.Optional;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.Labels;
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

    /** The types one may comment on; {@code committee} is watched only. */
    static final java.util.List<String> COMMENTED = java.util.List.of(
            "agreement", "session", "action-item", "plan", "activity", "amendment", "project", "milestone");

    /** Each type's query: id, label, url and committee of {@code x}, readable by the reader. */
    private static final Map<String, String> QUERIES = Map.of(
            "agreement", """
                    select %s, '/agreements/' || x.id as url, null::bigint as committee_id
                      from agreements.agreement x where x.id = :id and %s""",
            "session", """
                    select %s, '/committees/' || x.committee_id || '/sessions/' || x.number as url, x.committee_id
                      from committees.session x join committees.committee c on c.id = x.committee_id
                     where x.id = :id and %s""" + " and " + AccessPolicy.readableBy("c"),
            "action-item", """
                    select %s, coalesce('/committees/' || x.committee_id || '/sessions/' || s.number || '#action-' || x.id,
                                        '/committees/' || x.committee_id) as url, x.committee_id
                      from committees.action_item x left join committees.session s on s.id = x.session_id
                     where x.id = :id and %s""",
            "plan", """
                    select %s, '/workplans/' || x.id as url, x.committee_id
                      from workplans.plan x where x.id = :id and %s""",
            "activity", """
                    select %s, '/activities/' || x.id as url, p.committee_id
                      from workplans.activity x join workplans.plan p on p.id = x.plan_id where x.id = :id and %s""",
            "amendment", """
                    select %s, '/workplans/' || x.plan_id || '/amendments/' || x.number as url, p.committee_id
                      from workplans.amendment x join workplans.plan p on p.id = x.plan_id where x.id = :id and %s""",
            "project", """
                    select %s, '/projects/' || x.id as url, null::bigint as committee_id
                      from projects.project x where x.id = :id and %s""",
            "milestone", """
                    select %s, '/projects/' || x.project_id || '#milestone-' || x.id as url, null::bigint as committee_id
                      from projects.milestone x where x.id = :id and %s""",
            "committee", """
                    select %s, '/committees/' || x.id as url, x.id as committee_id
                      from committees.committee x where x.id = :id and %s""");

    private final JdbcClient sql;

    CommentedRecords(JdbcClient sql) {
        this.sql = sql;
    }

    /** Whether one may comment on records of this type. */
    static boolean commented(String type) {
        return COMMENTED.contains(type);
    }

    /** Whether one may watch records of this type. */
    static boolean watched(String type) {
        return QUERIES.containsKey(type);
    }

    /** The record, if it exists and the reader may read it; call inside a transaction. */
    /** A type as the audit trail may name it: one of ours, else {@code record} (a path holds anything). */
    static String named(String type) {
        return type != null && (COMMENTED.contains(type) || type.equals("committee")) ? type : "record";
    }

    Optional<Found> find(Subject reader, String type, long id) {
        String query = type == null ? null : QUERIES.get(type);
        if (query == null) {
            return Optional.empty();
        }
        return sql.sql(query.formatted(LABEL, AccessPolicy.readableBy("x")))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> new Found(type, id, Labels.read(rs), rs.getString("url"), (Long)
                        rs.getObject("committee_id", Long.class)))
                .optional();
    }
}
