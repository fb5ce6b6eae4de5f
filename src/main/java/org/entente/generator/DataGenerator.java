package org.entente.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A deterministic data set for benchmarks and tests (issue 6, item 12): {@code C} committees of
 * the host nation with as many partners, each with {@code Y} yearly work plans of {@code A}
 * activities, with sessions, objectives and indicators, approvals, executions and after-action
 * reports, and labels as in life: plans {@code RESTRICTED // REL TO} both parties, activities owned
 * by the party that proposed them, mostly RESTRICTED, some UNCLASSIFIED, CONFIDENTIAL or SECRET.
 * The same seed gives the same rows.
 *
 * <p>Rows go in with one multi-row {@code INSERT … SELECT FROM unnest(…)} per table, committee and
 * owner nation, through the application's role: row-level security checks each of them, so the
 * generator writes, for each owner nation in turn, as that nation.
 */
public class DataGenerator {

    private static final Logger log = LoggerFactory.getLogger(DataGenerator.class);

    /** The host nation of every generated committee. */
    static final String HOST = "MAR";

    /** The partners, in turn: the n-th committee of a run is with the n-th (modulo their number). */
    static final List<String> PARTNERS = List.of(
            "ISR", "FRA", "USA", "ESP", "GBR", "DEU", "ITA", "PRT", "SEN", "CIV", "EGY", "JOR", "ARE", "SAU", "TUR",
            "NLD", "BEL", "CAN", "BRA", "IND");

    static final List<String> TYPES = List.of(
            "WORKING_MEETING",
            "STAFF_TALKS",
            "FIELD_VISIT",
            "CAPABILITY_SESSION",
            "TRAINING_COURSE",
            "EXERCISE",
            "EXCHANGE_VISIT",
            "CONFERENCE",
            "RESEARCH_DEVELOPMENT",
            "INDUSTRIAL_MILESTONE",
            "ACQUISITION_STEP",
            "OTHER");

    private static final Pattern SIZE = Pattern.compile("(\\d+)x(\\d+)x(\\d+)");

    /** How much to generate: committees × years × activities per plan, ending with {@code lastYear}. */
    public record Size(int committees, int years, int activities, int lastYear) {

        /** {@code 40x10x200}. */
        public static Size parse(String text, int lastYear) {
            Matcher m = SIZE.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        "entente.generate reads COMMITTEESxYEARSxACTIVITIES, e.g. 40x10x200, not " + text);
            }
            var size = new Size(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), lastYear);
            if (size.committees < 1 || size.committees > 999 || size.years < 1 || size.years > 100) {
                throw new IllegalArgumentException("1–999 committees and 1–100 years, not " + text);
            }
            return size;
        }
    }

    /** What was generated. */
    public record Totals(int committees, int plans, long activities) {}

    private final JdbcClient sql;
    private final TransactionTemplate transaction;
    private final long seed;

    public DataGenerator(JdbcClient sql, PlatformTransactionManager transactions, long seed) {
        this.sql = sql;
        this.transaction = new TransactionTemplate(transactions);
        this.seed = seed;
    }

    public Totals generate(Size size) {
        List<String> domains = sql.sql("select code from agreements.domain where not retired order by position")
                .query(String.class)
                .list();
        // The generated committees are the host's: numbering goes on after those of an earlier run.
        int run = transaction.execute(status -> {
            as(HOST);
            return sql.sql("select count(*) from committees.committee where code like 'G%-MAR'")
                    .query(Integer.class)
                    .single();
        });
        long activities = 0;
        for (int c = 0; c < size.committees(); c++) {
            int number = run + c + 1;
            var random = new SplittableRandom(seed * 1_000_003L + c);
            String partner = PARTNERS.get(c % PARTNERS.size());
            activities += transaction.execute(status -> committee(number, partner, random, size, domains));
            if ((c + 1) % 10 == 0 || c + 1 == size.committees()) {
                log.info("Generated {} of {} committees, {} activities", c + 1, size.committees(), activities);
            }
        }
        return new Totals(size.committees(), size.committees() * size.years(), activities);
    }

    private void as(String nation) {
        sql.sql("select set_config('entente.nation', :nation, true), set_config('entente.clearance', '3', true)")
                .param("nation", nation)
                .query()
                .listOfRows();
    }

    /** One committee with its sessions and plans; the number of activities. */
    private long committee(int number, String partner, SplittableRandom random, Size size, List<String> domains) {
        List<String> parties = partner.compareTo(HOST) < 0 ? List.of(partner, HOST) : List.of(HOST, partner);
        String prefix = "G%03d".formatted(number);
        String code = prefix + "-" + partner + "-" + HOST;
        as(HOST);
        String partiesArray = "{" + String.join(",", parties) + "}";
        String release = "{" + partner + "}";
        long committee = sql.sql("""
                        insert into committees.committee (code, kind, name, parties, illustrative,
                                                          classification, owner_nation, releasable_to)
                        values (:code, :kind, cast(:name as jsonb), cast(:parties as char(3)[]), true, 1, :host,
                                cast(:release as char(3)[]))
                        returning id""")
                .param("code", code)
                .param("kind", number % 2 == 0 ? "WORKING_GROUP" : "JOINT_MILITARY_COMMITTEE")
                .param(
                        "name",
                        json(
                                "ar",
                                "اللجنة المولدة " + number,
                                "en",
                                "Generated committee " + number,
                                "fr",
                                "Comité généré " + number,
                                "he",
                                "ועדה שנוצרה " + number))
                .param("parties", partiesArray)
                .param("host", HOST)
                .param("release", release)
                .query(Long.class)
                .single();
        sql.sql("""
                        insert into identity.committee_role (account_id, committee_id, role)
                        select id, :committee, 'PLANNER' from identity.account
                         where lower(username) in ('planner.mar', :partnerPlanner)""")
                .param("committee", committee)
                .param("partnerPlanner", "planner." + partner.toLowerCase(Locale.ROOT))
                .update();
        int firstYear = size.lastYear() - size.years() + 1;
        sql.sql("""
                        insert into committees.session (committee_id, number, start_date, end_date, host_nation, city,
                                                        status, illustrative, classification, owner_nation, releasable_to)
                        select :committee, y - :first + 1, make_date(y - 1, 12, 1), make_date(y - 1, 12, 2),
                               case when y % 2 = 0 then :host else :partner end, '{"en": "Rabat"}',
                               case when y <= :last - 1 then 'HELD' else 'PLANNED' end, true, 1, :host,
                               cast(:release as char(3)[])
                          from generate_series(:first, :last) y""")
                .param("committee", committee)
                .param("first", firstYear)
                .param("last", size.lastYear())
                .param("host", HOST)
                .param("partner", partner)
                .param("release", release)
                .update();
        long total = 0;
        for (int year = firstYear; year <= size.lastYear(); year++) {
            total += plan(committee, prefix, code, year, year - firstYear + 1, size, parties, partner, random, domains);
        }
        return total;
    }

    private long plan(
            long committee,
            String prefix,
            String code,
            int year,
            int session,
            Size size,
            List<String> parties,
            String partner,
            SplittableRandom random,
            List<String> domains) {
        as(HOST);
        String status =
                year == size.lastYear() ? "NEGOTIATION" : year == size.lastYear() - 1 ? "IN_EXECUTION" : "CLOSED";
        boolean signed = !status.equals("NEGOTIATION");
        String release = "{" + partner + "}";
        long plan = sql.sql("""
                        insert into workplans.plan (committee_id, committee_code, year, title, parties, status,
                                                    signed_session, signed_on, next_seq, illustrative,
                                                    classification, owner_nation, releasable_to)
                        values (:committee, :code, :year, cast(:title as jsonb), cast(:parties as char(3)[]), :status,
                                :session, :signedOn, :activities, true, 1, :host, cast(:release as char(3)[]))
                        returning id""")
                .param("committee", committee)
                .param("code", code)
                .param("year", year)
                .param(
                        "title",
                        json(
                                "ar",
                                "خطة العمل " + year,
                                "en",
                                "Work plan " + year,
                                "fr",
                                "Plan de travail " + year,
                                "he",
                                "תוכנית עבודה " + year))
                .param("parties", "{" + String.join(",", parties) + "}")
                .param("status", status)
                .param("session", signed ? session : null)
                .param("signedOn", signed ? LocalDate.of(year - 1, 12, 2) : null)
                .param("activities", size.activities())
                .param("host", HOST)
                .param("release", release)
                .query(Long.class)
                .single();
        List<Long> objectives = sql.sql("""
                        insert into workplans.objective (plan_id, position, title, classification, owner_nation,
                                                         releasable_to)
                        select :plan, o, jsonb_build_object('en', 'Objective ' || o, 'fr', 'Objectif ' || o,
                                                            'ar', 'الهدف ' || o, 'he', 'יעד ' || o),
                               1, :host, cast(:release as char(3)[])
                          from generate_series(1, 3) o
                        returning id""")
                .param("plan", plan)
                .param("host", HOST)
                .param("release", release)
                .query(Long.class)
                .list();
        sql.sql("""
                        insert into workplans.indicator (objective_id, name, unit, baseline_value, target_value, actuals,
                                                         classification, owner_nation, releasable_to)
                        select o, '{"en": "Trained personnel", "fr": "Personnels formés"}', '{"en": "people", "fr": "personnes", "ar": "أشخاص", "he": "אנשים"}', 0, 40,
                               '{"1": 8, "2": 17, "3": 25, "4": 36}', 1, :host, cast(:release as char(3)[])
                          from unnest(cast(:objectives as bigint[])) o""")
                .param("objectives", objectives.toArray(Long[]::new))
                .param("host", HOST)
                .param("release", release)
                .update();

        var byOwner = new java.util.TreeMap<String, GeneratedActivities>();
        for (int seq = 1; seq <= size.activities(); seq++) {
            String owner = random.nextInt(10) < 6 ? HOST : partner;
            byOwner.computeIfAbsent(owner, o -> new GeneratedActivities())
                    .add(GeneratedActivities.activity(
                            plan, prefix, year, seq, signed, parties, partner, owner, objectives, random, domains));
        }
        for (var entry : byOwner.entrySet()) {
            as(entry.getKey());
            entry.getValue().insert(sql, plan, entry.getKey());
        }
        return size.activities();
    }

    /** A JSON object of string pairs. */
    static String json(String... pairs) {
        var out = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(quote(pairs[i])).append(": ").append(quote(pairs[i + 1]));
        }
        return out.append('}').toString();
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
