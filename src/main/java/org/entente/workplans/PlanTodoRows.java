package org.entente.workplans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.LocalizedText;
import org.entente.shared.TodoItem;
import org.entente.shared.TodoItem.TodoKind;

/** The rows of {@link PlanTodo}'s statements as they are merged into items. */
final class PlanTodoRows {

    private PlanTodoRows() {}

    /** Labels and titles parsed once per statement, by their text as the row holds it. */
    static final class Parsed {
        private final Map<String, Label> labels = new HashMap<>();
        private final Map<String, LocalizedText> titles = new HashMap<>();

        Label label(ResultSet rs, String prefix) throws SQLException {
            String text = rs.getInt(prefix + "classification") + "/" + rs.getString(prefix + "owner_nation") + "/"
                    + rs.getString(prefix + "releasable_to");
            Label label = labels.get(text);
            if (label == null) {
                label = Labels.read(rs, prefix);
                labels.put(text, label);
            }
            return label;
        }

        LocalizedText title(String json) {
            return titles.computeIfAbsent(json, LocalizedText::fromJson);
        }
    }

    /** One plan's (or amendment's) count as it is being merged. */
    static final class PlanCount {
        final TodoKind kind;
        final long planId;
        final long committeeId;
        final LocalizedText title;
        final String reference;
        final Label planLabel;
        /** The plan's label and its records', each once (the high-water mark of a set). */
        final Set<Label> labels = new LinkedHashSet<>();

        int count;
        LocalDate due;

        PlanCount(ResultSet rs, Parsed read) throws SQLException {
            kind = TodoKind.valueOf(rs.getString("kind"));
            planId = rs.getLong("plan_id");
            committeeId = rs.getLong("committee_id");
            title = read.title(rs.getString("title"));
            reference = rs.getString("reference");
            planLabel = read.label(rs, "p_");
            labels.add(planLabel);
        }

        void add(Label label, int n, LocalDate due) {
            labels.add(label);
            count += n;
            if (due != null && (this.due == null || due.isBefore(this.due))) {
                this.due = due;
            }
        }

        /**
         * Where the item leads, straight to what is to be decided or read: the amendment's own page,
         * or the plan's closing page (the proposal to decide, or the rejection to read).
         */
        String page(String readerNation) {
            return switch (kind) {
                case PROPOSALS_TO_APPROVE -> "/workplans/" + planId + "?awaiting=" + readerNation;
                case ACTIVITY_OVERDUE -> "/workplans/" + planId + "/overview#overdue";
                case CLOSING_TO_APPROVE, CLOSING_REJECTED -> "/workplans/" + planId + "/close";
                default -> "/workplans/" + planId + "/amendments/" + reference;
            };
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
