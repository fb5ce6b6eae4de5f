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
 * the reader's nation's proposals the other party rejected, closings awaiting it or rejected, and the activities the reader's nation
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

    /** Plans under negotiation where the reader's nation is a party (plan alias {@code p}). */
    private static final String NEGOTIATED = """
            p.status in ('DRAFT', 'NEGOTIATION') and cast(:readerNation as char(3)) = any(p.parties)""";

    /** An activity of such a plan awaiting the reader's nation's approval (activity alias {@code a}). */
    private static final String AWAITING = """
            not (cast(:readerNation as char(3)) = any(a.approvals)) and a.status <> 'CANCELLED'""";

    /** Signed plans being executed (plan alias {@code p}). */
    private static final String EXECUTED = "p.status in ('SIGNED', 'IN_EXECUTION')";

    /** An activity of such a plan the reader's nation leads, past its planned end and not executed. */
    private static final String OVERDUE_LED =
            "a.lead_nation = cast(:readerNation as char(3)) and " + ExecutionSql.overdue();

    private static final String PROPOSED_TO_READER = """
            m.status = 'PROPOSED' and m.proposed_by <> cast(:readerNation as char(3))
            and cast(:readerNation as char(3)) = any(p.parties)""";

    private static final String REJECTED_FROM_READER =
            "m.status = 'REJECTED' and m.proposed_by = cast(:readerNation as char(3))";

    private static final String CLOSING_PROPOSED_TO_READER = PROPOSED_TO_READER + " and p.status <> 'CLOSED'";

    /** A rejected closing of the reader's nation, until a later one is proposed or the plan is closed. */
    private static final String CLOSING_REJECTED_FROM_READER = REJECTED_FROM_READER + """
             and p.status <> 'CLOSED'
            and not exists (select 1 from workplans.closing later
                             where later.plan_id = m.plan_id and later.number > m.number)""";

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> todoFor(Subject reader, LocalDate today) {
        var items = new ArrayList<TodoItem>();
        var approver = new HashMap<Long, Boolean>();
        for (PlanCount count : proposalsAwaiting(reader)) {
            if (mayApprove(reader, approver, count.committeeId, count.planLabel)) {
                items.add(count.item(
                        TodoKind.PROPOSALS_TO_APPROVE, "/workplans/" + count.planId + "?awaiting=" + reader.nation()));
            }
        }
        for (PlanCount amendment : decisions(reader, "amendment", PROPOSED_TO_READER)) {
            if (mayApprove(reader, approver, amendment.committeeId, amendment.planLabel)) {
                items.add(amendment.item(TodoKind.AMENDMENT_TO_APPROVE, amendment.amendmentPage()));
            }
        }
        for (PlanCount rejected : decisions(reader, "amendment", REJECTED_FROM_READER)) {
            items.add(rejected.item(TodoKind.PROPOSAL_REJECTED, rejected.amendmentPage()));
        }
        for (PlanCount closing : decisions(reader, "closing", CLOSING_PROPOSED_TO_READER)) {
            if (mayApprove(reader, approver, closing.committeeId, closing.planLabel)) {
                items.add(closing.item(TodoKind.CLOSING_TO_APPROVE, closing.closingPage()));
            }
        }
        for (PlanCount rejected : decisions(reader, "closing", CLOSING_REJECTED_FROM_READER)) {
            items.add(rejected.item(TodoKind.CLOSING_REJECTED, rejected.closingPage()));
        }
        for (PlanCount overdue : overdueLedBy(reader, today)) {
            items.add(overdue.item(TodoKind.ACTIVITY_OVERDUE, "/workplans/" + overdue.planId + "/overview#overdue"));
        }
        return items;
    }

    /**
     * As many as {@link #todoFor} lists, without counting the records behind each item: a plan is
     * one item as soon as one activity of it is awaited or overdue, so each plan's activities are read
     * only up to the first that is (an index-only probe, not a count over the plan).
     */
    @Override
    @Transactional(readOnly = true)
    public int countFor(Subject reader, LocalDate today) {
        var approver = new HashMap<Long, Boolean>();
        int items = 0;
        for (PlanAnswer plan : plansWithAny(reader, NEGOTIATED, AWAITING, Map.of())) {
            if (mayApprove(reader, approver, plan.committeeId(), plan.label())) {
                items++;
            }
        }
        for (PlanCount amendment : decisions(reader, "amendment", PROPOSED_TO_READER)) {
            if (mayApprove(reader, approver, amendment.committeeId, amendment.planLabel)) {
                items++;
            }
        }
        items += decisions(reader, "amendment", REJECTED_FROM_READER).size();
        for (PlanCount closing : decisions(reader, "closing", CLOSING_PROPOSED_TO_READER)) {
            if (mayApprove(reader, approver, closing.committeeId, closing.planLabel)) {
                items++;
            }
        }
        items += decisions(reader, "closing", CLOSING_REJECTED_FROM_READER).size();
        items += plansWithAny(reader, EXECUTED, OVERDUE_LED, Map.of("today", today))
                .size();
        return items;
    }

    /** A plan and its label, for the approver check. */
    private record PlanAnswer(long committeeId, Label label) {}

    /** The plans matching {@code planCondition} with at least one readable activity matching {@code activityCondition}. */
    private List<PlanAnswer> plansWithAny(
            Subject reader, String planCondition, String activityCondition, Map<String, Object> params) {
        return sql.sql("""
                        select p.committee_id, p.classification, p.owner_nation, p.releasable_to
                          from workplans.plan p
                         where %s and %s
                           and exists (select 1 from workplans.activity a where a.plan_id = p.id and %s and %s)""".formatted(
                        planCondition, AccessPolicy.readableBy("p"), activityCondition, AccessPolicy.readableBy("a")))
                .params(AccessPolicy.readerParams(reader))
                .params(params)
                .query((rs, n) -> new PlanAnswer(rs.getLong("committee_id"), Labels.read(rs)))
                .list();
    }

    /** Whether the reader may approve for their nation in the committee, asked once per committee. */
    private boolean mayApprove(Subject reader, Map<Long, Boolean> asked, long committeeId, Label planLabel) {
        return asked.computeIfAbsent(
                committeeId,
                id -> policy.mayApproveFor(reader, reader.nation(), planLabel, committeeId)
                        .allowed());
    }

    /** Per plan under negotiation where the reader's nation is a party: its activities not yet approved by it. */
    private List<PlanCount> proposalsAwaiting(Subject reader) {
        return counted(
                reader,
                """
                select p.id as plan_id, p.committee_id, p.title, '' as reference, null::date as due,
                       p.classification as p_classification, p.owner_nation as p_owner_nation, p.releasable_to as p_releasable_to,
                       a.classification, a.owner_nation, a.releasable_to, count(*) as n
                  from workplans.plan p join workplans.activity a on a.plan_id = p.id
                 where %s and %s and %s and %s
                 group by p.id, a.classification, a.owner_nation, a.releasable_to
                 order by p.id""".formatted(NEGOTIATED, AWAITING, AccessPolicy.readableBy("p"), AccessPolicy.readableBy("a")),
                Map.of());
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
                 where %s and %s and %s and %s
                 group by p.id, a.classification, a.owner_nation, a.releasable_to
                 order by p.id""".formatted(
                                ExecutionSql.DUE_ON,
                                EXECUTED,
                                OVERDUE_LED,
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
