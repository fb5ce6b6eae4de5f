package org.entente.workplans;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.entente.committees.CoChair;
import org.entente.committees.SessionSummary;
import org.entente.documents.Column;
import org.entente.shared.LocalizedText;

/**
 * What the signed plan's PDF shows, cut to what the reader may read: the plan, its committee, the
 * session it was signed at, its objectives, its activities by quarter, and who signs for each party.
 *
 * @param signing the session the plan was signed at, or null (not signed, or not readable)
 * @param domains each domain's name, by code
 */
public record PlanDocument(
        PlanSummary plan,
        LocalizedText committee,
        SessionSummary signing,
        List<ObjectiveSummary> objectives,
        List<Quarter> quarters,
        Map<String, LocalizedText> domains,
        List<Signer> signers) {

    /** The activities of one quarter (null: no quarter given). */
    public record Quarter(Integer number, List<ActivitySummary> activities) {}

    /** Who signs for one party: the recorded signatory, or the co-chair's position, or blank lines. */
    public record Signer(String nation, String name, LocalizedText position, String capacity) {}

    static List<Quarter> byQuarter(List<ActivitySummary> activities) {
        var quarters = new TreeMap<Integer, List<ActivitySummary>>();
        for (ActivitySummary a : activities) {
            quarters.computeIfAbsent(a.quarter() == null ? 5 : a.quarter(), k -> new ArrayList<>())
                    .add(a);
        }
        return quarters.entrySet().stream()
                .map(e -> new Quarter(e.getKey() == 5 ? null : e.getKey(), e.getValue()))
                .toList();
    }

    /** Who bears an activity's costs, in the column's language: a party's name, or "shared". */
    public String costBearer(Column column, ActivitySummary activity) {
        return WorkPlans.SHARED_COSTS.equals(activity.costBearer())
                ? column.t("workplans.costs.shared")
                : column.nation(activity.costBearer());
    }

    /** An activity's participants in the column's language: "Israel: 5, Morocco: 12". */
    public String participants(Column column, ActivitySummary activity) {
        return activity.participants().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> column.t(
                        "workplans.participants.count",
                        column.nation(e.getKey()),
                        e.getValue().toString()))
                .collect(Collectors.joining(column.t("list.separator")));
    }

    /** The numbers of the objectives an activity serves, among those the reader may read: "1, 3". */
    public String objectiveNumbers(ActivitySummary activity) {
        return objectives.stream()
                .filter(o -> activity.objectiveIds().contains(o.id()))
                .map(o -> Integer.toString(o.position()))
                .collect(Collectors.joining(", "));
    }

    static List<Signer> signers(PlanSummary plan, List<CoChair> coChairs) {
        var signers = new ArrayList<Signer>();
        for (String nation : plan.parties()) {
            var signed = plan.signatories().stream()
                    .filter(s -> s.nation().equals(nation))
                    .findFirst();
            var chair = coChairs.stream().filter(c -> c.nation().equals(nation)).findFirst();
            signers.add(new Signer(
                    nation,
                    signed.map(PlanSignatory::name).orElse(""),
                    chair.map(CoChair::position).orElse(null),
                    signed.map(PlanSignatory::capacity).orElse("")));
        }
        return signers;
    }

    /** The counts of the execution report: per status, by quarter and by domain, and the largest count. */
    public record Execution(
            Map<String, Map<ActivityStatus, Integer>> byQuarter,
            Map<String, Map<ActivityStatus, Integer>> byDomain,
            Map<ActivityStatus, Integer> total,
            int max) {

        public static final List<ActivityStatus> COUNTED = List.of(
                ActivityStatus.PLANNED, ActivityStatus.EXECUTED, ActivityStatus.POSTPONED, ActivityStatus.CANCELLED);

        static Execution of(List<ActivitySummary> activities) {
            var byQuarter = new TreeMap<String, Map<ActivityStatus, Integer>>();
            var byDomain = new TreeMap<String, Map<ActivityStatus, Integer>>();
            for (int q = 1; q <= 4; q++) {
                byQuarter.put(Integer.toString(q), counts());
            }
            var total = counts();
            for (ActivitySummary a : activities) {
                ActivityStatus status = a.status();
                if (a.quarter() != null && a.quarter() >= 1 && a.quarter() <= 4) {
                    byQuarter.get(a.quarter().toString()).merge(status, 1, Integer::sum);
                }
                byDomain.computeIfAbsent(a.domain(), k -> counts()).merge(status, 1, Integer::sum);
                total.merge(status, 1, Integer::sum);
            }
            int max = 1;
            for (var counts : byQuarter.values()) {
                for (ActivityStatus s : COUNTED) {
                    max = Math.max(max, counts.get(s));
                }
            }
            for (var counts : byDomain.values()) {
                for (ActivityStatus s : COUNTED) {
                    max = Math.max(max, counts.get(s));
                }
            }
            return new Execution(byQuarter, byDomain, total, max);
        }

        /** A bar's length, in percent of its track. */
        public int percent(int count) {
            return count * 100 / max;
        }

        private static Map<ActivityStatus, Integer> counts() {
            var counts = new EnumMap<ActivityStatus, Integer>(ActivityStatus.class);
            for (ActivityStatus status : ActivityStatus.values()) {
                counts.put(status, 0);
            }
            return counts;
        }
    }
}
