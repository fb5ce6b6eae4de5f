package org.entente.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The activities of one plan and one owner nation, drawn at random ({@link #activity}) and kept column
 * by column, then inserted with one {@code INSERT … SELECT FROM unnest(…)} with their history events
 * ({@link #insert}). Split from {@link DataGenerator}, which makes the committees, sessions and plans
 * around them.
 */
final class GeneratedActivities {

    static final int COLUMNS = 21;

    private final List<List<Object>> columns = new ArrayList<>();

    GeneratedActivities() {
        for (int i = 0; i < COLUMNS; i++) {
            columns.add(new ArrayList<>());
        }
    }

    void add(Object[] row) {
        for (int i = 0; i < COLUMNS; i++) {
            columns.get(i).add(row[i]);
        }
    }

    private Object[] column(int i, java.util.function.IntFunction<Object[]> array) {
        return columns.get(i).toArray(array.apply(0));
    }

    void insert(JdbcClient sql, long plan, String owner) {
        sql.sql("""
                        insert into workplans.activity (plan_id, seq, code, title, type, domain, objective_ids,
                                                        lead_nation, host_nation, planned_quarter, planned_start,
                                                        planned_end, actual_start, actual_end, cost_bearer, status,
                                                        approvals, proposed_by, report, illustrative,
                                                        classification, owner_nation, releasable_to)
                        select u.plan, u.seq, u.code, cast(u.title as jsonb), u.type, u.domain,
                               cast(u.objectives as bigint[]), u.lead, u.host, u.quarter, u.start, u.finish,
                               u.actual_start, u.actual_end, u.cost, u.status, cast(u.approvals as char(3)[]),
                               u.owner, cast(u.report as jsonb), true, u.level, u.owner, cast(u.release as char(3)[])
                          from unnest(cast(:plan as bigint[]), cast(:seq as int[]), cast(:code as text[]),
                                      cast(:title as text[]), cast(:type as text[]), cast(:domain as text[]),
                                      cast(:objectives as text[]), cast(:lead as text[]), cast(:host as text[]),
                                      cast(:quarter as smallint[]), cast(:start as date[]), cast(:finish as date[]),
                                      cast(:actualStart as date[]), cast(:actualEnd as date[]),
                                      cast(:cost as text[]), cast(:status as text[]), cast(:approvals as text[]),
                                      cast(:owner as text[]), cast(:report as text[]), cast(:level as smallint[]),
                                      cast(:release as text[]))
                               as u(plan, seq, code, title, type, domain, objectives, lead, host, quarter, start,
                                    finish, actual_start, actual_end, cost, status, approvals, owner, report,
                                    level, release)""")
                .param("plan", column(0, Long[]::new))
                .param("seq", column(1, Integer[]::new))
                .param("code", column(2, String[]::new))
                .param("title", column(3, String[]::new))
                .param("type", column(4, String[]::new))
                .param("domain", column(5, String[]::new))
                .param("objectives", column(6, String[]::new))
                .param("lead", column(7, String[]::new))
                .param("host", column(8, String[]::new))
                .param("quarter", column(9, Integer[]::new))
                .param("start", dates(column(10, LocalDate[]::new)))
                .param("finish", dates(column(11, LocalDate[]::new)))
                .param("actualStart", dates(column(12, LocalDate[]::new)))
                .param("actualEnd", dates(column(13, LocalDate[]::new)))
                .param("cost", column(14, String[]::new))
                .param("status", column(15, String[]::new))
                .param("approvals", column(16, String[]::new))
                .param("owner", column(17, String[]::new))
                .param("report", column(18, String[]::new))
                .param("level", column(19, Integer[]::new))
                .param("release", column(20, String[]::new))
                .update();
        // Each activity's history: proposed by its owner, approved by each party that approved it.
        sql.sql("""
                        insert into workplans.activity_event (activity_id, at, kind, nation, actor, detail,
                                                              classification, owner_nation, releasable_to)
                        select a.id, make_date(p.year - 1, 10, 1), k.kind, k.nation, 'generator', null,
                               a.classification, a.owner_nation, a.releasable_to
                          from workplans.activity a
                          join workplans.plan p on p.id = a.plan_id
                          cross join lateral (
                              select 'PROPOSED' as kind, a.proposed_by as nation
                              union all
                              select 'APPROVED', n from unnest(a.approvals) n) k
                         where a.plan_id = :plan and a.owner_nation = :owner""").param("plan", plan).param("owner", owner).update();
    }

    /** Dates as text for a {@code date[]} cast; the driver binds no {@code LocalDate[]}. */
    private static String[] dates(Object[] days) {
        var out = new String[days.length];
        for (int i = 0; i < days.length; i++) {
            out[i] = days[i] == null ? null : days[i].toString();
        }
        return out;
    }

    /** One activity's values, in the order of {@link #COLUMNS}. */
    static Object[] activity(
            long plan,
            String prefix,
            int year,
            int seq,
            boolean signed,
            List<String> parties,
            String partner,
            String owner,
            List<Long> objectives,
            SplittableRandom random,
            List<String> domains) {
        String type = DataGenerator.TYPES.get(random.nextInt(DataGenerator.TYPES.size()));
        String domain = domains.get(random.nextInt(domains.size()));
        int quarter = 1 + random.nextInt(4);
        LocalDate start = null;
        LocalDate end = null;
        if (random.nextInt(10) < 6) {
            start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1).plusDays(random.nextInt(85));
            end = start.plusDays(random.nextInt(5));
        }
        String status = "PLANNED";
        LocalDate actualStart = null;
        LocalDate actualEnd = null;
        String report = null;
        if (signed) {
            int roll = random.nextInt(100);
            if (roll < 75) {
                status = "EXECUTED";
                actualStart = start != null ? start : LocalDate.of(year, (quarter - 1) * 3 + 2, 10);
                actualEnd = end != null ? end : actualStart.plusDays(2);
                report = DataGenerator.json(
                        "outcomes", "Objectives of the activity met (generated).",
                        "lessons", "Plan the logistics earlier.",
                        "followUps", "Report to the next session.");
            } else if (roll < 85) {
                status = "POSTPONED";
            } else if (roll < 90) {
                status = "CANCELLED";
            }
        }
        List<String> approvals = signed || random.nextInt(10) < 6 ? parties : List.of(owner);
        int level = random.nextInt(100);
        int classification = level < 10 ? 0 : level < 75 ? 1 : level < 95 ? 2 : 3;
        String other = owner.equals(DataGenerator.HOST) ? partner : DataGenerator.HOST;
        String[] words = TYPES_EN[DataGenerator.TYPES.indexOf(type)];
        return new Object[] {
            plan,
            seq,
            "%s-%d-%03d".formatted(prefix, year, seq),
            DataGenerator.json(
                    "ar", words[1] + " رقم " + seq,
                    "en",
                            words[0] + " " + seq + " ("
                                    + domain.toLowerCase(Locale.ROOT).replace('_', ' ') + ")",
                    "fr", words[2] + " n° " + seq),
            type,
            domain,
            "{" + objectives.get(random.nextInt(objectives.size())) + "}",
            parties.get(random.nextInt(parties.size())),
            parties.get(random.nextInt(parties.size())),
            quarter,
            start,
            end,
            actualStart,
            actualEnd,
            random.nextInt(3) == 0 ? "SHARED" : parties.get(random.nextInt(parties.size())),
            status,
            "{" + String.join(",", approvals) + "}",
            owner,
            report,
            classification,
            "{" + other + "}"
        };
    }

    /** English, Arabic and French words for each type, in the order of {@link DataGenerator#TYPES}. */
    private static final String[][] TYPES_EN = {
        {"Working meeting", "اجتماع عمل", "Réunion de travail"},
        {"Staff talks", "محادثات هيئة الأركان", "Pourparlers d’état-major"},
        {"Field visit", "زيارة ميدانية", "Visite de terrain"},
        {"Capability session", "جلسة عرض القدرات", "Présentation de capacités"},
        {"Training course", "دورة تدريبية", "Stage de formation"},
        {"Exercise", "تمرين", "Exercice"},
        {"Exchange visit", "زيارة تبادل", "Visite d’échange"},
        {"Conference", "مؤتمر", "Conférence"},
        {"Research and development", "بحث وتطوير", "Recherche et développement"},
        {"Industrial milestone", "مرحلة صناعية", "Jalon industriel"},
        {"Acquisition step", "مرحلة اقتناء", "Étape d’acquisition"},
        {"Activity", "نشاط", "Activité"}
    };
}
