package org.entente.workplans;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.Subject;
import org.entente.shared.TodoItem;
import org.entente.shared.TodoItem.TodoKind;
import org.entente.shared.TodoSource;
import org.entente.workplans.PlanTodoRows.Parsed;
import org.entente.workplans.PlanTodoRows.PlanCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the work plans ask of a reader: proposals of the other party awaiting the reader's nation's
 * approval in a plan under negotiation (one item per plan, counted ahead by the database), amendments awaiting it,
 * the reader's nation's proposals the other party rejected, closings awaiting it or rejected, and the activities the reader's nation
 * leads that are overdue (one item per plan). Approvals are asked only of those who may approve for
 * their nation in the plan's committee (its planners). Every count is taken under the reader's
 * access filter, so an item never counts a record the reader may not read. The whole list is one
 * statement, and the navigation's count is its length: the home panel, the count and the API read
 * the same way.
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

    /**
     * A row of the tally of a plan's activities awaiting the reader's nation's approval (alias {@code
     * a}), kept by the database (migration V640): one row per plan, nation and label, found by the
     * partial index on the nation, and counting only activities of its own label, which row-level
     * security and the access filter check like the activities'.
     */
    private static final String AWAITING = "a.nation = cast(:readerNation as char(3)) and a.activities > 0";

    /** Signed plans being executed (plan alias {@code p}). */
    private static final String EXECUTED = ExecutionSql.BEING_EXECUTED;

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

    /** The decisions asked of the reader's nation, listed only for those who may approve for it. */
    private static final java.util.Set<TodoKind> TO_APPROVE = java.util.EnumSet.of(
            TodoKind.PROPOSALS_TO_APPROVE, TodoKind.AMENDMENT_TO_APPROVE, TodoKind.CLOSING_TO_APPROVE);

    /**
     * How the navigation's count reads a part of the list: {@code PROBED}, one item per plan found
     * by a probe that stops at the plan's first matching activity (the count does not need how many);
     * {@code AS_LISTED}, the part's own select, read as the list reads it (its items are few).
     */
    enum Counting {
        PROBED,
        AS_LISTED
    }

    /**
     * One part of the list's statement, named by the kind of item it makes: its select, how the
     * count reads it, and for a probed part the plans' and the activities' conditions of its probe.
     * The list is the union of every part's select and the count reads every part its own way, both
     * from {@link #PARTS}, so that a part added to one is in the other ({@code PlanTodoTest}).
     */
    record Part(
            TodoKind kind,
            String select,
            Counting counting,
            String planCondition,
            String probedTable,
            String activityCondition) {

        /** A part the count reads as the list does. */
        static Part asListed(TodoKind kind, String select) {
            return new Part(kind, select, Counting.AS_LISTED, null, null, null);
        }

        /**
         * A part the count probes: one item per plan matching {@code planCondition} with a readable
         * row of {@code probedTable} (aliased {@code a}) matching {@code activityCondition}.
         */
        static Part probed(
                TodoKind kind, String select, String planCondition, String probedTable, String activityCondition) {
            return new Part(kind, select, Counting.PROBED, planCondition, probedTable, activityCondition);
        }
    }

    /** The single items of the decisions' parts: kind → its table (aliased {@code m}) and condition. */
    private static final Map<TodoKind, List<String>> DECISIONS = new java.util.EnumMap<>(Map.of(
            TodoKind.AMENDMENT_TO_APPROVE, List.of("amendment", PROPOSED_TO_READER),
            TodoKind.PROPOSAL_REJECTED, List.of("amendment", REJECTED_FROM_READER),
            TodoKind.CLOSING_TO_APPROVE, List.of("closing", CLOSING_PROPOSED_TO_READER),
            TodoKind.CLOSING_REJECTED, List.of("closing", CLOSING_REJECTED_FROM_READER)));

    /** The parts in the order the statement lists them. */
    static final List<Part> PARTS = parts();

    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> todoFor(Subject reader, LocalDate today) {
        return listed(reader, today, PARTS, new Approver(reader));
    }

    /**
     * The head of the list for the API's page: the parts before the last (proposals, decisions:
     * one item per plan or decision, few), and the last (the overdue activities, read from every
     * activity of the plans being executed: the costly one, and the last kind) listed only when
     * the page reaches it, else counted as the navigation counts it.
     */
    @Override
    @Transactional(readOnly = true)
    public Head headFor(Subject reader, LocalDate today, int first) {
        var approver = new Approver(reader);
        Part last = PARTS.get(PARTS.size() - 1);
        var items = new ArrayList<>(listed(reader, today, PARTS.subList(0, PARTS.size() - 1), approver));
        if (items.size() >= first) {
            return new Head(items, items.size() + probedCount(reader, today, last, approver));
        }
        items.addAll(listed(reader, today, List.of(last), approver));
        return new Head(items, items.size());
    }

    private List<TodoItem> listed(Subject reader, LocalDate today, List<Part> parts, Approver approver) {
        var items = new ArrayList<TodoItem>();
        for (PlanCount count : counted(reader, statementOf(parts), Map.of("today", today))) {
            if (TO_APPROVE.contains(count.kind) && !approver.mayApprove(count.committeeId, count.planLabel)) {
                continue;
            }
            items.add(count.item(count.kind, count.page(reader.nation())));
        }
        return items;
    }

    /** One statement listing the given parts: their selects. */
    private static String statementOf(List<Part> parts) {
        return String.join("\nunion all\n", parts.stream().map(Part::select).toList());
    }

    /** The list's one statement: every part's select. */
    static String listStatement() {
        return statementOf(PARTS);
    }

    /** The count's one statement for the parts it reads as listed. */
    static String listedPartsStatement() {
        return statementOf(PARTS.stream()
                .filter(part -> part.counting() == Counting.AS_LISTED)
                .toList());
    }

    /**
     * As many as {@link #todoFor} lists, without counting the records behind each item: the
     * navigation asks for it on every page, so a probed part's plan is one item as soon as one
     * activity of it matches, each plan's activities read only up to the first that does. The parts
     * read as listed (the decisions, few) are read in one statement as the list reads them. {@code
     * TodoIT} holds the count equal to the list's length.
     */
    @Override
    @Transactional(readOnly = true)
    public int countFor(Subject reader, LocalDate today) {
        var approver = new Approver(reader);
        int items = 0;
        for (Part part : PARTS) {
            if (part.counting() == Counting.PROBED) {
                items += probedCount(reader, today, part, approver);
            }
        }
        for (PlanCount decision : counted(reader, listedPartsStatement(), Map.of("today", today))) {
            if (!TO_APPROVE.contains(decision.kind) || approver.mayApprove(decision.committeeId, decision.planLabel)) {
                items++;
            }
        }
        return items;
    }

    /** How many items a probed part lists: its plans with any matching row (that the reader may approve). */
    private int probedCount(Subject reader, LocalDate today, Part part, Approver approver) {
        int items = 0;
        for (PlanAnswer plan : plansWithAny(reader, part, Map.of("today", today))) {
            if (!TO_APPROVE.contains(part.kind()) || approver.mayApprove(plan.committeeId(), plan.label())) {
                items++;
            }
        }
        return items;
    }

    /** A plan and its label, for the approver check. */
    private record PlanAnswer(long committeeId, Label label) {}

    /** The plans matching a probed part's plan condition with at least one readable row it probes. */
    private List<PlanAnswer> plansWithAny(Subject reader, Part part, Map<String, Object> params) {
        return sql.sql("""
                        select p.committee_id, p.classification, p.owner_nation, p.releasable_to
                          from workplans.plan p
                         where %s and %s
                           and exists (select 1 from %s a where a.plan_id = p.id and %s and %s)""".formatted(
                                part.planCondition(),
                                AccessPolicy.readableBy("p"),
                                part.probedTable(),
                                part.activityCondition(),
                                AccessPolicy.readableBy("a")))
                .params(AccessPolicy.readerParams(reader))
                .params(params)
                .query((rs, n) -> new PlanAnswer(rs.getLong("committee_id"), Labels.read(rs)))
                .list();
    }

    /**
     * Whether the reader may approve for their nation in a plan's committee: the policy's answer,
     * whose roles are read once per list (on the first item that asks), never once per plan.
     */
    private final class Approver {
        private final Subject reader;
        private BiPredicate<Label, Long> answer;

        Approver(Subject reader) {
            this.reader = reader;
        }

        boolean mayApprove(long committeeId, Label planLabel) {
            if (answer == null) {
                answer = policy.approverForOwnNation(reader);
            }
            return answer.test(planLabel, committeeId);
        }
    }

    /**
     * The parts of the one statement that reads the list, each under the reader's access filter:
     * per plan under negotiation, the tally of its activities awaiting the reader's nation, by label
     * (migration V640); the amendments and closings to decide or to read
     * again, one row each, at most {@value #LIMIT} of each kind; per signed plan, the activities the
     * reader's nation leads that are past their planned end, not executed.
     */
    private static List<Part> parts() {
        var parts = new ArrayList<Part>();
        parts.add(Part.probed(
                TodoKind.PROPOSALS_TO_APPROVE,
                """
                select 'PROPOSALS_TO_APPROVE' as kind, p.id as plan_id, p.committee_id, p.title, '' as reference, null::date as due,
                       p.classification as p_classification, p.owner_nation as p_owner_nation, p.releasable_to as p_releasable_to,
                       a.classification, a.owner_nation, a.releasable_to, a.activities as n
                  from workplans.plan p join workplans.awaiting_tally a on a.plan_id = p.id
                 where %s and %s and %s and %s""".formatted(NEGOTIATED, AWAITING, AccessPolicy.readableBy("p"), AccessPolicy.readableBy("a")),
                NEGOTIATED,
                "workplans.awaiting_tally",
                AWAITING));
        DECISIONS.forEach((kind, tableAndCondition) -> parts.add(Part.asListed(kind, """
                (select '%s' as kind, p.id as plan_id, p.committee_id, p.title, m.number::text as reference, null::date as due,
                        p.classification as p_classification, p.owner_nation as p_owner_nation, p.releasable_to as p_releasable_to,
                        m.classification, m.owner_nation, m.releasable_to, 1 as n
                   from workplans.%s m join workplans.plan p on p.id = m.plan_id
                  where %s and %s and %s
                  order by m.proposed_at, m.id
                  limit %d)""".formatted(
                        kind.name(),
                        tableAndCondition.get(0),
                        tableAndCondition.get(1),
                        AccessPolicy.readableBy("p"),
                        AccessPolicy.readableBy("m"),
                        LIMIT))));
        parts.add(Part.probed(
                TodoKind.ACTIVITY_OVERDUE,
                """
                select 'ACTIVITY_OVERDUE' as kind, p.id as plan_id, p.committee_id, p.title, '' as reference,
                       min(%s) as due,
                       p.classification as p_classification, p.owner_nation as p_owner_nation, p.releasable_to as p_releasable_to,
                       a.classification, a.owner_nation, a.releasable_to, count(*) as n
                  from workplans.plan p join workplans.activity a on a.plan_id = p.id
                 where %s and %s and %s and %s
                 group by p.id, a.classification, a.owner_nation, a.releasable_to""".formatted(
                                ExecutionSql.DUE_ON,
                                EXECUTED,
                                OVERDUE_LED,
                                AccessPolicy.readableBy("p"),
                                AccessPolicy.readableBy("a")),
                EXECUTED,
                "workplans.activity",
                OVERDUE_LED));
        return List.copyOf(parts);
    }

    /**
     * Rows of one plan (or amendment) and one label each, with how many records carry that label,
     * merged into one count per plan and reference whose label is the high-water mark of theirs. The
     * rows repeat a few labels and plan titles many times (the API reads some 300 rows for a planner
     * of the 51,000-activity set): each is parsed once per statement.
     */
    private List<PlanCount> counted(Subject reader, String query, Map<String, Object> params) {
        var merged = new LinkedHashMap<String, PlanCount>();
        var read = new Parsed();
        sql.sql(query).params(AccessPolicy.readerParams(reader)).params(params).query((ResultSet rs) -> {
            String key = rs.getString("kind") + "/" + rs.getLong("plan_id") + "/" + rs.getString("reference");
            PlanCount count = merged.get(key);
            if (count == null) {
                count = new PlanCount(rs, read);
                merged.put(key, count);
            }
            count.add(read.label(rs, ""), rs.getInt("n"), rs.getObject("due", LocalDate.class));
        });
        return List.copyOf(merged.values());
    }
}
