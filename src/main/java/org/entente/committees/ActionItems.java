package org.entente.committees;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.access.AccessPolicy;
import org.entente.audit.AuditEvent;
import org.entente.audit.AuditTrail;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.NotReadable;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action items followed up between sessions: from a decision or free, owned by one of the
 * committee's parties, updated by that party's planners only, overdue once open past their due date.
 */
@Service
public class ActionItems {

    /** An action item as typed: {@code decision} is the decision's number in the session, or null. */
    public record ActionDraft(
            Integer sessionNumber,
            Integer decision,
            LocalizedText title,
            String party,
            LocalizedText responsible,
            LocalDate dueDate) {}

    public record Page(List<ActionItem> items, int page, int size, long total) {}

    private static final String COLUMNS = """
            select t.*, c.name as committee_name, s.number as session_number, d.number as decision_number
              from committees.action_item t
              join committees.committee c on c.id = t.committee_id
              left join committees.session s on s.id = t.session_id
              left join committees.decision d on d.id = t.decision_id
            """;

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final AuditTrail audit;
    private final Committees committees;
    private final Sessions sessions;
    private final Clock clock;

    ActionItems(JdbcClient sql, AccessPolicy policy, AuditTrail audit, Committees committees, Sessions sessions) {
        this.sql = sql;
        this.policy = policy;
        this.audit = audit;
        this.committees = committees;
        this.sessions = sessions;
        this.clock = Clock.systemDefaultZone();
    }

    /**
     * Records an action item in a committee: by whoever may write to it, owned by one of its
     * parties, labelled as the committee (or its session) as recorded by the writer's nation.
     */
    @Transactional
    public long create(Subject subject, long committeeId, ActionDraft draft) {
        CommitteeSummary committee =
                committees.find(subject, committeeId).orElseThrow(() -> new NotReadable("committee", committeeId));
        policy.mayWrite(subject, committee.label(), committeeId).orThrow();
        Map<String, String> errors = new LinkedHashMap<>();
        if (draft.title() == null || draft.title().values().values().stream().allMatch(String::isBlank)) {
            errors.put("title", "action.refused.titleMissing");
        }
        if (draft.party() == null || !committee.parties().contains(draft.party())) {
            errors.put("party", "action.refused.notParty");
        }
        if (draft.dueDate() == null) {
            errors.put("dueDate", "action.refused.dueMissing");
        }
        Limits.PLAN_DATES.check("dueDate", draft.dueDate(), errors);
        org.entente.shared.OptionalTexts.check("title", draft.title(), Limits.TITLE, errors);
        OptionalTexts.check("responsible", draft.responsible(), Limits.NAME, errors);
        Long sessionId = null;
        Long decisionId = null;
        Label label = committee.label();
        if (draft.sessionNumber() != null) {
            var session = sessions.locate(subject, committeeId, draft.sessionNumber());
            if (session.isEmpty()) {
                errors.put("session", "action.refused.noSession");
            } else {
                sessionId = session.get().id();
                label = session.get().label();
                if (draft.decision() != null) {
                    decisionId = sql.sql("select t.id from committees.decision t where t.session_id = :session"
                                    + " and t.number = :number and " + AccessPolicy.readableBy("t"))
                            .param("session", sessionId)
                            .param("number", draft.decision())
                            .params(AccessPolicy.readerParams(subject))
                            .query(Long.class)
                            .optional()
                            .orElse(null);
                    if (decisionId == null) {
                        errors.put("decision", "action.refused.noDecision");
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new CommitteeRefusedException(errors);
        }
        // A partner's item is recorded owned by the partner, for the same audience.
        return add(committeeId, sessionId, decisionId, draft, false, label.recordedBy(subject.nation()));
    }

    /**
     * Moves an action item on, with a follow-up note: only a planner of the party that owns it.
     * The note is kept with the status it left, dated.
     */
    @Transactional
    public void update(Subject subject, long id, ActionStatus status, LocalizedText note) {
        ActionItem item = find(subject, id).orElseThrow(() -> new NotReadable("action-item", id));
        policy.mayApproveFor(subject, item.party(), item.label(), item.committeeId())
                .orThrow();
        if (status == null) {
            throw CommitteeRefusedException.of("status", "action.refused.status");
        }
        LocalizedText text = note == null ? null : OptionalTexts.typed(note.values());
        var refused = new java.util.LinkedHashMap<String, String>();
        OptionalTexts.check("note", text, Limits.SHORT_TEXT, refused);
        if (!refused.isEmpty()) {
            throw CommitteeRefusedException.of("note", refused.get("note"));
        }
        if (status == item.status() && text == null) {
            throw CommitteeRefusedException.of("note", "action.refused.nothingChanged");
        }
        sql.sql("update committees.action_item set status = :status where id = :id")
                .param("status", status.name())
                .param("id", id)
                .update();
        addNote(id, subject.username(), Instant.now(clock), status, text, item.label());
        audit.record(AuditEvent.success("committees.action.update", "action-item", Long.toString(id), item.label())
                .with("status", status.name()));
    }

    @Transactional(readOnly = true)
    public Optional<ActionItem> find(Subject reader, long id) {
        return sql.sql(COLUMNS
                        + " where t.id = :id and %s and %s"
                                .formatted(AccessPolicy.readableBy("t"), AccessPolicy.readableBy("c")))
                .param("id", id)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> item(rs))
                .optional()
                .map(item -> withNotes(reader, item));
    }

    /** A committee's action items, open ones first, soonest due first. */
    @Transactional(readOnly = true)
    public List<ActionItem> ofCommittee(Subject reader, long committeeId) {
        List<ActionItem> items = sql.sql(
                        COLUMNS + """
                         where t.committee_id = :committee and %s and %s
                         order by t.status in ('DONE', 'DROPPED'), t.due_date, t.id""".formatted(AccessPolicy.readableBy("t"), AccessPolicy.readableBy("c")))
                .param("committee", committeeId)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> item(rs))
                .list();
        return withNotes(reader, items);
    }

    /** Open items of a committee due on or before a day (the review before a session). */
    @Transactional(readOnly = true)
    public List<ActionItem> openOf(Subject reader, long committeeId) {
        return ofCommittee(reader, committeeId).stream()
                .filter(i -> i.status().isOpen())
                .toList();
    }

    /** Open items past their due date, across the committees the reader may see, most late first. */
    @Transactional(readOnly = true)
    public List<ActionItem> overdueFor(Subject reader, LocalDate today, int limit) {
        return sql.sql(COLUMNS + """
                         where t.status in ('OPEN', 'IN_PROGRESS') and t.due_date < :today and %s and %s
                         order by t.due_date, t.id
                         limit :limit""".formatted(AccessPolicy.readableBy("t"), AccessPolicy.readableBy("c")))
                .param("today", today)
                .param("limit", limit)
                .params(AccessPolicy.readerParams(reader))
                .query((rs, n) -> item(rs))
                .list();
    }

    /** The items the reader may see, for the API; {@code committeeId} and {@code status} filter when given. */
    @Transactional(readOnly = true)
    public Page page(Subject reader, Long committeeId, ActionStatus status, int page, int size) {
        var where = new StringBuilder(
                " where %s and %s".formatted(AccessPolicy.readableBy("t"), AccessPolicy.readableBy("c")));
        Map<String, Object> params = new LinkedHashMap<>(AccessPolicy.readerParams(reader));
        if (committeeId != null) {
            where.append(" and t.committee_id = :committee");
            params.put("committee", committeeId);
        }
        if (status != null) {
            where.append(" and t.status = :status");
            params.put("status", status.name());
        }
        long total = sql.sql(
                        "select count(*) from committees.action_item t join committees.committee c on c.id = t.committee_id"
                                + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<ActionItem> items =
                new ArrayList<>(sql.sql(COLUMNS + where + " order by t.due_date, t.id limit :limit offset :offset")
                        .params(params)
                        .query((rs, n) -> item(rs))
                        .list());
        return new Page(items, page, size, total);
    }

    /** Records an action item as it is (the demo, and {@link #create} once checked). */
    public long add(
            long committeeId, Long sessionId, Long decisionId, ActionDraft draft, boolean illustrative, Label label) {
        long id = sql.sql("""
                        insert into committees.action_item (committee_id, session_id, decision_id, title, party, responsible,
                                                            due_date, status, illustrative,
                                                            classification, owner_nation, releasable_to)
                        values (:committee, :session, :decision, cast(:title as jsonb), :party, cast(:responsible as jsonb), :due,
                                'OPEN', :illustrative, :classification, :owner, cast(:releasableTo as char(3)[]))
                        returning id""")
                .param("committee", committeeId)
                .param("session", sessionId)
                .param("decision", decisionId)
                .param("title", draft.title().toJson())
                .param("party", draft.party())
                .param("responsible", OptionalTexts.write(draft.responsible()))
                .param("due", draft.dueDate())
                .param("illustrative", illustrative)
                .params(Labels.params(label))
                .query(Long.class)
                .single();
        audit.record(AuditEvent.success("committees.action.create", "action-item", Long.toString(id), label)
                .with("committee", Long.toString(committeeId))
                .with("party", draft.party()));
        return id;
    }

    /** Sets an item's status with a note, as the demo replays its follow-up. */
    public void addNote(long id, String by, Instant at, ActionStatus status, LocalizedText text, Label label) {
        sql.sql("update committees.action_item set status = :status where id = :id")
                .param("status", status.name())
                .param("id", id)
                .update();
        sql.sql("""
                        insert into committees.action_note (action_item_id, noted_at, noted_by, status, text,
                                                            classification, owner_nation, releasable_to)
                        values (:item, :at, :by, :status, cast(:text as jsonb), :classification, :owner, cast(:releasableTo as char(3)[]))""")
                .param("item", id)
                .param("at", java.sql.Timestamp.from(at))
                .param("by", by)
                .param("status", status.name())
                .param("text", text == null ? "{}" : text.toJson())
                .params(Labels.params(label))
                .update();
    }

    private ActionItem withNotes(Subject reader, ActionItem item) {
        return withNotes(reader, List.of(item)).get(0);
    }

    /** The items with their notes the reader may read: one query for all of them, not one per item (issue 20). */
    private List<ActionItem> withNotes(Subject reader, List<ActionItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        var notes = new java.util.HashMap<Long, List<ActionItem.Note>>();
        sql.sql("select t.* from committees.action_note t where t.action_item_id = any(cast(:items as bigint[])) and "
                        + AccessPolicy.readableBy("t") + " order by t.noted_at, t.id")
                .param("items", items.stream().map(ActionItem::id).toArray(Long[]::new))
                .params(AccessPolicy.readerParams(reader))
                .query(rs -> {
                    notes.computeIfAbsent(rs.getLong("action_item_id"), k -> new java.util.ArrayList<>())
                            .add(new ActionItem.Note(
                                    rs.getTimestamp("noted_at").toInstant(),
                                    rs.getString("noted_by"),
                                    ActionStatus.valueOf(rs.getString("status")),
                                    LocalizedText.fromJson(rs.getString("text"))));
                });
        return items.stream()
                .map(item -> withNotes(item, notes.getOrDefault(item.id(), List.of())))
                .toList();
    }

    private static ActionItem withNotes(ActionItem item, List<ActionItem.Note> notes) {
        return new ActionItem(
                item.id(),
                item.committeeId(),
                item.committeeName(),
                item.sessionNumber(),
                item.decisionNumber(),
                item.title(),
                item.party(),
                item.responsible(),
                item.dueDate(),
                item.status(),
                item.illustrative(),
                item.label(),
                notes);
    }

    private static ActionItem item(ResultSet rs) throws SQLException {
        return new ActionItem(
                rs.getLong("id"),
                rs.getLong("committee_id"),
                LocalizedText.fromJson(rs.getString("committee_name")),
                (Integer) rs.getObject("session_number"),
                (Integer) rs.getObject("decision_number"),
                LocalizedText.fromJson(rs.getString("title")),
                rs.getString("party"),
                OptionalTexts.read(rs.getString("responsible")),
                Limits.read(rs.getObject("due_date", LocalDate.class)),
                ActionStatus.valueOf(rs.getString("status")),
                rs.getBoolean("illustrative"),
                Labels.read(rs),
                List.of());
    }
}
