package org.entente.workplans;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The plan table's rows of what awaits a decision on a signed plan: each new activity proposed,
 * in the group it will join, marked "proposed by Morocco — awaiting Israel"; and the activities a
 * change is proposed to, by the amendment's number. The table's filter applies to proposals as to
 * activities (a proposal is not yet executed, so it shows under "planned"). Plain rules: {@code
 * PendingRowsTest}.
 */
public record PendingRows(Map<String, List<AmendmentSummary>> proposed, Map<Long, Integer> changed) {

    public static final PendingRows NONE = new PendingRows(Map.of(), Map.of());

    /** The pending amendments among these, shown as the table is filtered and grouped. */
    static PendingRows of(List<AmendmentSummary> amendments, WorkPlans.Filter filter, String group) {
        var proposed = new TreeMap<String, List<AmendmentSummary>>();
        var changed = new HashMap<Long, Integer>();
        for (AmendmentSummary amendment : amendments) {
            if (!amendment.pending()) {
                continue;
            }
            if (!amendment.newActivity()) {
                changed.put(amendment.activityId(), amendment.number());
            } else if (shown(amendment, filter)) {
                proposed.computeIfAbsent(groupKey(group, amendment.changes()), k -> new ArrayList<>())
                        .add(amendment);
            }
        }
        return new PendingRows(proposed, changed);
    }

    /** The groups of the table: those of its activities and those of its proposals, in order. */
    public List<String> groups(Map<String, List<ActivitySummary>> activities) {
        var keys = new TreeSet<>(activities.keySet());
        keys.addAll(proposed.keySet());
        return List.copyOf(keys);
    }

    /** The proposals of one group, none when it has none. */
    public List<AmendmentSummary> in(String group) {
        return proposed.getOrDefault(group, List.of());
    }

    /** The number of the amendment proposing a change to this activity, if one awaits a decision. */
    public Integer changeTo(long activityId) {
        return changed.get(activityId);
    }

    /** The quarter a proposed activity falls in: its planned quarter, or that of its planned start. */
    static Integer quarter(ActivityDraft draft) {
        if (draft.plannedQuarter() != null) {
            return draft.plannedQuarter();
        }
        return draft.plannedStart() == null ? null : (draft.plannedStart().getMonthValue() - 1) / 3 + 1;
    }

    /** The same keys as the activities' groups: quarter ("5" for none), domain, lead nation, status. */
    static String groupKey(String group, ActivityDraft draft) {
        return switch (group) {
            case "domain" -> Objects.toString(draft.domain(), "");
            case "nation" -> Objects.toString(draft.leadNation(), "");
            case "status" -> statusKey(ActivityStatus.PLANNED);
            default -> quarter(draft) == null ? "5" : quarter(draft).toString();
        };
    }

    static String statusKey(ActivityStatus status) {
        return "%d-%s".formatted(status.ordinal(), status.name());
    }

    private static boolean shown(AmendmentSummary amendment, WorkPlans.Filter filter) {
        ActivityDraft d = amendment.changes();
        return (filter.quarter() == null || filter.quarter().equals(quarter(d)))
                && (filter.domain() == null || filter.domain().equals(d.domain()))
                && (filter.nation() == null || filter.nation().equals(d.leadNation()))
                && (filter.status() == null || filter.status() == ActivityStatus.PLANNED)
                && (filter.awaiting() == null || !filter.awaiting().equals(amendment.proposedBy()));
    }
}
