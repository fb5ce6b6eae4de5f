package org.entente.workplans;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.shared.LocalizedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frozen copy a signature covers, as canonical JSON: objects with their keys sorted, no
 * whitespace, numbers and dates as strings, activities keyed by code. The same plan always gives
 * the same bytes, hence the same SHA-256.
 */
final class Baseline {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Baseline() {}

    static String canonical(PlanSummary plan, List<ObjectiveSummary> objectives, List<ActivitySummary> activities) {
        var root = new TreeMap<String, Object>();
        var head = new TreeMap<String, Object>();
        head.put("committee", plan.committeeCode());
        head.put("year", Integer.toString(plan.year()));
        head.put("title", text(plan.title()));
        head.put("parties", String.join(",", new TreeSet<>(plan.parties())));
        root.put("plan", head);
        var goals = new TreeMap<String, Object>();
        for (ObjectiveSummary objective : objectives) {
            var goal = new TreeMap<String, Object>();
            goal.put("title", text(objective.title()));
            var indicators = new TreeMap<String, Object>();
            for (ObjectiveSummary.Indicator indicator : objective.indicators()) {
                var one = new TreeMap<String, Object>();
                one.put("name", text(indicator.name()));
                one.put("unit", unit(indicator.unit()));
                one.put("baseline", indicator.baseline().stripTrailingZeros().toPlainString());
                one.put("target", indicator.target().stripTrailingZeros().toPlainString());
                indicators.put(String.format("I%03d", indicator.id()), one);
            }
            goal.put("indicators", indicators);
            goals.put(String.format("O%02d", objective.position()), goal);
        }
        root.put("objectives", goals);
        var byCode = new TreeMap<String, Object>();
        var objectiveNames = new TreeMap<Long, String>();
        objectives.forEach(o -> objectiveNames.put(o.id(), String.format("O%02d", o.position())));
        for (ActivitySummary a : activities) {
            byCode.put(a.code(), activity(a, objectiveNames));
        }
        root.put("activities", byCode);
        return JSON.writeValueAsString(root);
    }

    private static Map<String, Object> activity(ActivitySummary a, Map<Long, String> objectiveNames) {
        var one = new TreeMap<String, Object>();
        one.put("title", text(a.title()));
        one.put("description", text(a.description()));
        one.put("type", a.type() == null ? "" : a.type().name());
        one.put("domain", a.domain());
        one.put(
                "objectives",
                String.join(
                        ",",
                        new TreeSet<>(a.objectiveIds().stream()
                                .map(id -> objectiveNames.getOrDefault(id, "?"))
                                .toList())));
        one.put("lead", a.leadNation());
        one.put("host", a.hostNation());
        one.put("city", text(a.city()));
        one.put("quarter", a.plannedQuarter() == null ? "" : a.plannedQuarter().toString());
        one.put("start", a.plannedStart() == null ? "" : a.plannedStart().toString());
        one.put("end", a.plannedEnd() == null ? "" : a.plannedEnd().toString());
        var participants = new TreeMap<String, Object>();
        a.participants().forEach((nation, count) -> participants.put(nation, count.toString()));
        one.put("participants", participants);
        one.put("costBearer", a.costBearer());
        one.put("status", a.status().name());
        return one;
    }

    /**
     * A unit as signed: a unit held only in English (every unit recorded before units were
     * multilingual) keeps the plain string it was signed as, so that no baseline already signed
     * differs from the plan as it stands; a unit written in other languages is signed in all of them.
     */
    private static Object unit(LocalizedText unit) {
        if (unit.values().size() == 1 && unit.values().containsKey("en")) {
            return unit.values().get("en");
        }
        return text(unit);
    }

    private static Map<String, String> text(LocalizedText text) {
        return new TreeMap<>(text.values());
    }

    static String sha256(String canonical) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every difference between two canonical copies, in the order of their paths. */
    static List<PlanDifference> differences(String baseline, String current) {
        var before = new TreeMap<String, String>();
        var after = new TreeMap<String, String>();
        flatten("", JSON.readValue(baseline, new TypeReference<Map<String, Object>>() {}), before);
        flatten("", JSON.readValue(current, new TypeReference<Map<String, Object>>() {}), after);
        var paths = new TreeSet<String>();
        paths.addAll(before.keySet());
        paths.addAll(after.keySet());
        var differences = new ArrayList<PlanDifference>();
        for (String path : paths) {
            String b = before.get(path);
            String c = after.get(path);
            if (b == null ? c != null : !b.equals(c)) {
                int dot = path.lastIndexOf('.');
                differences.add(new PlanDifference(path.substring(0, dot), path.substring(dot + 1), b, c));
            }
        }
        return differences;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> node, Map<String, String> into) {
        node.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> child
                    && !path.endsWith("title")
                    && !path.endsWith("name")
                    && !path.endsWith("description")
                    && !path.endsWith("city")
                    && !path.endsWith("participants")) {
                flatten(path, (Map<String, Object>) child, into);
            } else {
                into.put(path, value instanceof String s ? s : JSON.writeValueAsString(value));
            }
        });
    }
}
