package org.entente.workplans;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.access.AccessPolicy;
import org.entente.shared.EntenteProperties;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Execution rates, counted in SQL over what the reader may read (domain rule 5): executed ÷ due, as
 * a whole and by quarter, domain, lead nation and partner. "Due" is {@link ExecutionSql#due()}: the
 * executed activities and those past their planned end still to be executed; cancelled ones and
 * those on hold are not due. The partner of a plan is each of its parties other than the host
 * nation of this instance.
 */
@Component
public class ExecutionRates {

    /** Executed of due; {@code percent} is null when nothing is due yet. */
    public record Rate(long executed, long due) {
        public Integer percent() {
            return due == 0 ? null : (int) Math.round(executed * 100.0 / due);
        }
    }

    /** The rates of a plan or of a year's plans. */
    public record Rates(
            Rate total,
            Map<String, Rate> byQuarter,
            Map<String, Rate> byDomain,
            Map<String, Rate> byLeadNation,
            Map<String, Rate> byPartner) {}

    private final JdbcClient sql;
    private final EntenteProperties properties;

    ExecutionRates(JdbcClient sql, EntenteProperties properties) {
        this.sql = sql;
        this.properties = properties;
    }

    /** The rates of one plan. */
    @Transactional(readOnly = true)
    public Rates ofPlan(Subject reader, long planId, LocalDate today) {
        return rates(reader, "p.id = :scope", planId, today);
    }

    /** The rates of every plan of a year the reader may read. */
    @Transactional(readOnly = true)
    public Rates ofYear(Subject reader, int year, LocalDate today) {
        return rates(reader, "p.year = :scope", year, today);
    }

    private Rates rates(Subject reader, String scope, Object value, LocalDate today) {
        String from = """
                 from workplans.activity a join workplans.plan p on p.id = a.plan_id
                 %s
                where %s and %s and %s""";
        String counts = "count(*) filter (where a.status = 'EXECUTED') as executed, count(*) filter (where "
                + ExecutionSql.due() + ") as due";
        String where = from.formatted("", scope, AccessPolicy.readableBy("a"), AccessPolicy.readableBy("p"));
        String partners = from.formatted(
                "cross join lateral unnest(p.parties) as partner(nation)",
                scope + " and partner.nation <> cast(:host as char(3))",
                AccessPolicy.readableBy("a"),
                AccessPolicy.readableBy("p"));
        String query = """
                select 'quarter' as dimension,
                       coalesce(a.planned_quarter, extract(quarter from a.planned_start)::int)::text as key, %1$s %2$s
                 group by 2
                union all
                select 'domain', a.domain, %1$s %2$s group by 2
                union all
                select 'lead', a.lead_nation, %1$s %2$s group by 2
                union all
                select 'partner', partner.nation, %1$s %3$s group by 2
                union all
                select 'total', '', %1$s %2$s
                order by 1, 2""".formatted(counts, where, partners);
        var byDimension = new LinkedHashMap<String, Map<String, Rate>>();
        for (String dimension : List.of("quarter", "domain", "lead", "partner", "total")) {
            byDimension.put(dimension, new LinkedHashMap<>());
        }
        sql.sql(query)
                .params(AccessPolicy.readerParams(reader))
                .param("scope", value)
                .param("today", today)
                .param("host", properties.hostNation())
                .query(rs -> {
                    String key = rs.getString("key");
                    byDimension
                            .get(rs.getString("dimension"))
                            .put(key == null ? "" : key, new Rate(rs.getLong("executed"), rs.getLong("due")));
                });
        return new Rates(
                byDimension.get("total").getOrDefault("", new Rate(0, 0)),
                byDimension.get("quarter"),
                byDimension.get("domain"),
                byDimension.get("lead"),
                byDimension.get("partner"));
    }
}
