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

        Rate plus(Rate other) {
            return new Rate(executed + other.executed, due + other.due);
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

    /**
     * Rates summed from counts another aggregate made (the year dashboard's, {@link YearTallies}):
     * per dimension and key the executed and due activities, per plan its parties and its own
     * executed and due, whose partners' rates are the sums over the plans they are a party to.
     */
    Tally tally() {
        return new Tally(properties.hostNation());
    }

    /** The accumulator of {@link #tally()}; keys in order, as the SQL of {@link #ofPlan} sorts them. */
    static final class Tally {

        private final String host;
        private final Map<String, Map<String, Rate>> byDimension = new LinkedHashMap<>();
        private Rate total = new Rate(0, 0);

        private Tally(String host) {
            this.host = host;
            for (String dimension : List.of("quarter", "domain", "lead", "partner")) {
                byDimension.put(dimension, new java.util.TreeMap<>());
            }
        }

        /** Adds to a key of {@code quarter}, {@code domain} or {@code lead} (a null key is ""). */
        void count(String dimension, String key, long executed, long due) {
            byDimension.get(dimension).merge(key == null ? "" : key, new Rate(executed, due), Rate::plus);
        }

        /** Adds a plan's own counts to each of its parties other than the host nation. */
        void plan(List<String> parties, long executed, long due) {
            for (String party : parties) {
                if (!party.equals(host)) {
                    count("partner", party, executed, due);
                }
            }
        }

        void total(long executed, long due) {
            total = total.plus(new Rate(executed, due));
        }

        Rates rates() {
            return new Rates(
                    total,
                    byDimension.get("quarter"),
                    byDimension.get("domain"),
                    byDimension.get("lead"),
                    byDimension.get("partner"));
        }
    }

    private Rates rates(Subject reader, String scope, Object value, LocalDate today) {
        // One pass over the readable activities (issue 20, the SQL floor: five scans of the year's
        // activities made the dashboard's slowest statement): a hash aggregate by grouping sets, the
        // partners' rates summed from each plan's own over the plan's parties.
        String query =
                """
                with counted as (
                    select case when grouping(f.quarter) = 0 then 'quarter'
                                when grouping(a.domain) = 0 then 'domain'
                                when grouping(a.lead_nation) = 0 then 'lead'
                                when grouping(a.plan_id) = 0 then 'plan'
                                else 'total' end as dimension,
                           coalesce(f.quarter, a.domain, a.lead_nation, '') as key, a.plan_id,
                           sum(f.executed) as executed, sum(f.due) as due
                      from workplans.activity a join workplans.plan p on p.id = a.plan_id
                     cross join lateral (select coalesce(a.planned_quarter, extract(quarter from a.planned_start)::int)::text as quarter,
                                                (a.status = 'EXECUTED')::int as executed, (%1$s)::int as due) f
                     where %2$s and %3$s and %4$s
                     group by grouping sets ((f.quarter), (a.domain), (a.lead_nation), (a.plan_id), ()))
                select dimension, key, executed, due from counted where dimension <> 'plan'
                union all
                select 'partner', partner.nation, sum(c.executed), sum(c.due)
                  from counted c join workplans.plan p on p.id = c.plan_id
                 cross join lateral unnest(p.parties) as partner(nation)
                 where c.dimension = 'plan' and partner.nation <> cast(:host as char(3))
                 group by partner.nation
                order by 1, 2""".formatted(ExecutionSql.due(), scope, AccessPolicy.readableBy("a"), AccessPolicy.readableBy("p"));
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
