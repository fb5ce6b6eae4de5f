package org.entente.workplans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.entente.shared.TodoItem;
import org.entente.shared.TodoItem.TodoKind;
import org.entente.shared.TodoSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the work plans ask of a reader: proposals of the other party awaiting the reader's nation's
 * approval in a plan under negotiation (one item per plan, counted in SQL), amendments awaiting it,
 * the reader's nation's proposals the other party rejected, and the activities the reader's nation
 * leads that are overdue (one item per plan). Approvals are asked only of those who may approve for
 * their nation in the plan's committee (its planners). Every count is taken under the reader's
 * access filter, so an item never counts a record the reader may not read.
 */
@Component
class PlanTodo implements TodoSource {

    /** At most this many single items (amendments, rejections) of one kind. */
    static final int LIMIT = 20;

    private final JdbcClient sql;
    private final AccessPolicy policy;

    PlanTodo(JdbcClient sql, AccessPolicy policy) {
        this.sql = sql;
        this.policy = policy;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> todoFor(Subject reader, LocalDate today) {
        var items = new ArrayList<TodoItem>();
        var approver = new HashMap<Long, Boolean>();
        for (PlanCount count : proposalsAwaiting(reader)) {
            if (approver.computeIfAbsent(count.committeeId, id -> mayApprove(reader, count))) {
                items.add(count.item(
                        TodoKind.PROPOSALS_TO_APPROVE, "/workplans/" + count.planId + "?awaiting=" + reader.nation()));
            }
        }
        for (PlanCount amendment : decisions(reader, "amendment", """
                m.status = 'PROPOSED' and m.proposed_by <> cast(:readerNation as char(3))
                and cast(:readerNation as char(3)) = any(p.parties)""")) {
            if (approver.computeIfAbsent(amendment.committeeId, id -> mayApprove(reader, amendment))) {
                items.add(amendment.item(TodoKind.AMENDMENT_TO_APPROVE, amendment.amendmentPage()));
            }
        }
        for (PlanCount rejected : decisions(
                reader, "amendment", "m.status = 'REJECTED' and m.proposed_by = cast(:readerNation as char(3))")) {
            items.add(rejected.item(TodoKind.PROPOSAL_REJECTED, rejected.amendmentPage()));
        }
        for (PlanCount closing : decisions(reader, "closing", """
                m.status = 'PROPOSED' and m.proposed_by <> cast(:readerNation as char(3))
                and cast(:readerNation as char(3)) = any(p.parties) and p.status <> 'CLOSED'""")) {
            if (approver.computeIfAbsent(closing.committeeId, id -> mayApprove(reader, closing))) {
                items.add(closing.item(TodoKind.CLOSING_TO_APPROVE, closing.closingPage()));
            }
        }
        // A rejected closing of mine, until a later one is proposed or the plan is closed.
        for (PlanCount rejected : decisions(reader, "closing", """
                m.status = 'REJECTED' and m.proposed_by = cast(:readerNation as char(3)) and p.status <> 'CLOSED'
                and not exists (select 1 from workplans.closing later
                                 where later.plan_id = m.plan_id and later.number > m.number)""")) {
            items.add(rejected.item(TodoKind.CLOSING_REJECTED, rejected.closingPage()));
        }
        for (PlanCount overdue : overdueLedBy(reader, today)) {
            items.add(overdue.item(TodoKind.ACTIVITY_OVERDUE, "/workplans/" + overdue.planId + "/overview#overdue"));
        }
        return items;
    }

    private boolean mayApprove(Subject reader, PlanCount count) {
        return policy.mayApproveFor(reader, reader.nation(), count.planLabel, count.committeeId)
                .allowed();
    }

    /** Per plan under negotiation where the reader's nation is a party: its activities not yet approved by it. */
    private List<PlanCount> proposalsAwaiting(Subject reader) {
        return counted(reader, """
                select p.id as plan_id, p.committee_id, p.title, '' as reference, null::date as due,
                       p.classification as p_classification, p.owner_nation as p_owner_nation, p.releasable_to as p_releasable_to,
                       a.classification, a.owner_nation, a.releasable_to, count(*) as n
                  from workplans.plan p join workplans.activity a on a.plan_id = p.id
                 where p.status in ('DRAFT', 'NEGOTIATION') and cast(:readerNation as char(3)) = any(p.parties)
                   and not (cast(:readerNation as char(3)) = any(a.approvals)) and a.status <> 'CANCELLED'
                   and %s and %s
                 group by p.id, a.classification, a.owner_nation, a.releasable_to
                 order by p.id""".formatted(AccessPolicy.readableBy("p"), AccessPolicy.readableBy("a")), Map.of());
    }

    /** Amendments or closings ({@code table}, aliased {@code m}) meeting the condition, one item each. */
    private List<PlanCount> decisions(Subject reader, String table, String condition) {
        return counted(
                reader,
                """
                select p.id as plan_id, p.committee_id, p.title, m.number::text as reference, null::date as due,
                       p.classification as p_classification, p.owner_nation as p_owner_nation, p.releasable_to as p_releasable_to,
                       m.classification, m.owner_nation, m.releasable_to, 1 as n
                  from workplans.%s m join workplans.plan p on p.id = m.plan_id
                 where %s and %s and %s
                 order by m.proposed_at, m.id
                 limit %d""".formatted(table, condition, AccessPolicy.readableBy("p"), AccessPolicy.readableBy("m"), LIMIT),
                Map.of());
    }

    /** Per signed plan: the activities the reader's nation leads that are past their planned end, not executed. */
    private List<PlanCount> overdueLedBy(Subject reader, LocalDate today) {
        return counted(
                reader,
                """
                select p.id as plan_id, p.committee_id, p.title, '' as reference,
                       min(%s) as due,
                       p.classification as p_classification, p.owner_nation as p_owner_nation, p.releasable_to as p_releasable_to,
                       a.classification, a.owner_nation, a.releasable_to, count(*) as n
                  from workplans.plan p join workplans.activity a on a.plan_id = p.id
                 where p.status in ('SIGNED', 'IN_EXECUTION') and a.lead_nation = cast(:readerNation as char(3))
                   and %s and %s and %s
                 group by p.id, a.classification, a.owner_nation, a.releasable_to
                 order by p.id""".formatted(
                                ExecutionSql.DUE_ON,
                                ExecutionSql.overdue(),
                                AccessPolicy.readableBy("p"),
                                AccessPolicy.readableBy("a")),
                Map.of("today", today));
    }

    /**
     * Rows of one plan (or amendment) and one label each, with how many records carry that label,
     * merged into one count per plan and reference whose label is the high-water mark of theirs.
     */
    private List<PlanCount> counted(Subject reader, String query, Map<String, Object> params) {
        var merged = new LinkedHashMap<String, PlanCount>();
        sql.sql(query).params(AccessPolicy.readerParams(reader)).params(params).query((ResultSet rs) -> {
            String key = rs.getLong("plan_id") + "/" + rs.getString("reference");
            PlanCount count = merged.computeIfAbsent(key, k -> {
                try {
                    return new PlanCount(rs);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            count.add(Labels.read(rs), rs.getInt("n"), rs.getObject("due", LocalDate.class));
        });
        return List.copyOf(merged.values());
    }

    /** One plan's (or amendment's) count as it is being merged. */
    private static final class PlanCount {
        final long planId;
        final long committeeId;
        final LocalizedText title;
        final String reference;
        final Label planLabel;
        final List<Label> labels = new ArrayList<>();
        int count;
        LocalDate due;

        PlanCount(ResultSet rs) throws SQLException {
            planId = rs.getLong("plan_id");
            committeeId = rs.getLong("committee_id");
            title = LocalizedText.fromJson(rs.getString("title"));
            reference = rs.getString("reference");
            planLabel = Labels.read(rs, "p_");
            labels.add(planLabel);
        }

        void add(Label label, int n, LocalDate due) {
            labels.add(label);
            count += n;
            if (due != null && (this.due == null || due.isBefore(this.due))) {
                this.due = due;
            }
        }

        /** The amendment's own page: the to-do item leads straight to what is to be decided or read. */
        String amendmentPage() {
            return "/workplans/" + planId + "/amendments/" + reference;
        }

        /** The plan's closing page: the proposal to decide, or the rejection to read. */
        String closingPage() {
            return "/workplans/" + planId + "/close";
        }

        TodoItem item(TodoKind kind, String href) {
            return new TodoItem(
                    kind,
                    title,
                    reference,
                    count,
                    due,
                    kind == TodoKind.ACTIVITY_OVERDUE,
                    href,
                    Label.highWaterMark(planLabel.owner(), labels),
                    reference);
        }
    }
}
