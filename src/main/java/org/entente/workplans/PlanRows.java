package org.entente.workplans;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Subject;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The work-plan tables as rows: the mappers from a result set, and the parameters a draft sets. */
final class PlanRows {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private PlanRows() {}

    static final String PLAN_SELECT = """
            select p.*,
                   (select count(*) from workplans.activity a where a.plan_id = p.id and %1$s) as activity_count,
                   (select count(*) from workplans.activity a where a.plan_id = p.id and %1$s
                                                              and a.approvals @> p.parties) as approved_count
              from workplans.plan p""".formatted(AccessPolicy.readableBy("a"));

    /** The columns a draft sets, with the parameters of {@link #draftParams}. */
    static final String DRAFT_COLUMNS = """
            title = cast(:title as jsonb), description = cast(:description as jsonb), type = :type, domain = :domain,
            objective_ids = cast(:objectives as bigint[]), lead_nation = :lead, host_nation = :host,
            city = cast(:city as jsonb), planned_quarter = :quarter, planned_start = :start, planned_end = :end,
            participants = cast(:participants as jsonb), cost_bearer = :costBearer""";

    static Map<String, Object> draftParams(ActivityDraft draft) {
        var params = new LinkedHashMap<String, Object>();
        params.put("title", draft.title().toJson());
        params.put("description", draft.description().toJson());
        params.put("type", draft.type().name());
        params.put("domain", draft.domain());
        params.put("objectives", draft.objectiveIds().toArray(Long[]::new));
        params.put("lead", draft.leadNation());
        params.put("host", draft.hostNation());
        params.put("city", draft.city().toJson());
        params.put("quarter", draft.plannedQuarter());
        params.put("start", draft.plannedStart());
        params.put("end", draft.plannedEnd());
        params.put("participants", JSON.writeValueAsString(new TreeMap<>(draft.participants())));
        params.put("costBearer", draft.costBearer());
        return params;
    }

    /**
     * Changes an activity of a plan under negotiation. The change withdraws the other parties'
     * approvals (and tells them, in the activity's history); a planner's change carries their own.
     */
    /** A record created by the subject under a parent: the parent's level and audience, owned by the subject's nation. */
    static Label childLabel(Subject subject, Label parent) {
        return new Label(parent.classification(), subject.nation(), parent.audience());
    }

    static LocalizedText clean(LocalizedText text) {
        var kept = new LinkedHashMap<String, String>();
        if (text != null) {
            text.values().forEach((language, value) -> {
                if (language != null && value != null && !value.isBlank()) {
                    kept.put(language.strip(), value.strip());
                }
            });
        }
        return new LocalizedText(kept);
    }

    static PlanSummary plan(ResultSet rs) throws SQLException {
        List<PlanSignatory> signatories =
                JSON.readValue(rs.getString("signatories"), new TypeReference<List<PlanSignatory>>() {});
        return new PlanSummary(
                rs.getLong("id"),
                rs.getLong("committee_id"),
                (Long) rs.getObject("agreement_id"),
                rs.getString("committee_code"),
                rs.getInt("year"),
                LocalizedText.fromJson(rs.getString("title")),
                List.of((String[]) rs.getArray("parties").getArray()),
                PlanStatus.valueOf(rs.getString("status")),
                (Integer) rs.getObject("signed_session"),
                Limits.read(rs.getObject("signed_on", LocalDate.class)),
                signatories,
                rs.getString("baseline_sha256"),
                rs.getBoolean("illustrative"),
                rs.getInt("version"),
                Labels.read(rs),
                rs.getInt("activity_count"),
                rs.getInt("approved_count"));
    }

    static ActivitySummary activity(ResultSet rs) throws SQLException {
        String before = rs.getString("status_before_hold");
        String report = rs.getString("report");
        ActivitySummary.Report aar = null;
        if (report != null) {
            Map<String, String> r = JSON.readValue(report, new TypeReference<Map<String, String>>() {});
            aar = new ActivitySummary.Report(r.get("outcomes"), r.get("lessons"), r.get("followUps"));
        }
        return new ActivitySummary(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getString("code"),
                LocalizedText.fromJson(rs.getString("title")),
                LocalizedText.fromJson(rs.getString("description")),
                Limits.known(ActivityType.class, rs.getString("type")),
                rs.getString("domain"),
                Arrays.asList((Long[]) rs.getArray("objective_ids").getArray()),
                rs.getString("lead_nation"),
                rs.getString("host_nation"),
                LocalizedText.fromJson(rs.getString("city")),
                (Integer) rs.getObject("planned_quarter", Integer.class),
                Limits.read(rs.getObject("planned_start", LocalDate.class)),
                Limits.read(rs.getObject("planned_end", LocalDate.class)),
                Limits.read(rs.getObject("actual_start", LocalDate.class)),
                Limits.read(rs.getObject("actual_end", LocalDate.class)),
                participants(rs.getString("participants")),
                rs.getString("cost_bearer"),
                ActivityStatus.valueOf(rs.getString("status")),
                before == null ? null : ActivityStatus.valueOf(before),
                rs.getBoolean("needs_replanning"),
                OptionalTexts.read(rs.getString("reason")),
                List.of((String[]) rs.getArray("approvals").getArray()),
                List.of((String[]) rs.getArray("withdrawn").getArray()),
                rs.getString("proposed_by"),
                (Integer) rs.getObject("amendment_number", Integer.class),
                aar,
                rs.getBoolean("illustrative"),
                rs.getInt("version"),
                Labels.read(rs));
    }

    private static final TypeReference<Map<String, Integer>> PARTICIPANTS = new TypeReference<>() {};

    /** Participants by nation; the stored default, an empty object, is not parsed (issue 20: read 500 times a plan page). */
    private static Map<String, Integer> participants(String json) {
        return "{}".equals(json) ? Map.of() : JSON.readValue(json, PARTICIPANTS);
    }

    static ObjectiveSummary.Indicator indicator(ResultSet rs) throws SQLException {
        Map<String, BigDecimal> raw =
                JSON.readValue(rs.getString("actuals"), new TypeReference<Map<String, BigDecimal>>() {});
        var actuals = new TreeMap<Integer, BigDecimal>();
        raw.forEach((q, v) -> actuals.put(Integer.valueOf(q), v));
        return new ObjectiveSummary.Indicator(
                rs.getLong("id"),
                LocalizedText.fromJson(rs.getString("name")),
                LocalizedText.fromJson(rs.getString("unit")),
                rs.getBigDecimal("baseline_value"),
                rs.getBigDecimal("target_value"),
                actuals,
                rs.getInt("version"),
                Labels.read(rs),
                IndicatorComputation.of(rs.getString("computation")));
    }

    static AmendmentSummary amendment(ResultSet rs) throws SQLException {
        java.sql.Timestamp decided = rs.getTimestamp("decided_at");
        return new AmendmentSummary(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                rs.getInt("number"),
                (Long) rs.getObject("activity_id"),
                rs.getString("activity_code"),
                rs.getString("proposed_by"),
                rs.getString("proposer"),
                rs.getTimestamp("proposed_at").toInstant(),
                JSON.readValue(rs.getString("changes"), ActivityDraft.class),
                AmendmentStatus.valueOf(rs.getString("status")),
                rs.getString("decided_by"),
                rs.getString("decider"),
                decided == null ? null : decided.toInstant(),
                OptionalTexts.read(rs.getString("reason")),
                rs.getInt("version"),
                Labels.read(rs),
                (Integer) rs.getObject("answers", Integer.class),
                (Integer) rs.getObject("answered_by", Integer.class));
    }
}
