package org.entente.demo;

import static org.entente.shared.Classification.CONFIDENTIAL;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.entente.committees.CommitteeSummary;
import org.entente.committees.Committees;
import org.entente.shared.Classification;
import org.entente.shared.LocalizedText;
import org.entente.shared.SystemSubject;
import org.entente.workplans.ActivitySummary;
import org.entente.workplans.ActivityType;
import org.entente.workplans.ClosingProposals;
import org.entente.workplans.NewPlan;
import org.entente.workplans.WorkPlans;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's work plans, recorded through the work plans' own rules by the planners of each party,
 * each in their own transactions: the Israel – Morocco plan for 2026 signed at the third session
 * (its existence is public; its content is not, so every activity is illustrative), the France –
 * Morocco programme for 2026 signed at the 23rd session, a Moroccan internal assessment, and the
 * 2023 plan whose remaining activities went on hold at the suspension and came back at the
 * resumption.
 */
class DemoWorkPlans {

    private static final SystemSubject MAR = new SystemSubject("planner.mar", "MAR", CONFIDENTIAL);
    private static final SystemSubject ISR = new SystemSubject("planner.isr", "ISR", CONFIDENTIAL);
    private static final SystemSubject FRA = new SystemSubject("planner.fra", "FRA", CONFIDENTIAL);
    private static final LocalizedText WAR_IN_GAZA =
            DemoPeople.text("Guerre à Gaza", "الحرب في غزة", "War in Gaza", "המלחמה בעזה");

    private final WorkPlans plans;
    private final ClosingProposals closings;
    private final Committees committees;
    private final TransactionTemplate transaction;

    DemoWorkPlans(
            WorkPlans plans,
            ClosingProposals closings,
            Committees committees,
            PlatformTransactionManager transactions) {
        this.plans = plans;
        this.closings = closings;
        this.committees = committees;
        this.transaction = new TransactionTemplate(transactions);
    }

    void load() {
        israelMorocco2026();
        israelMorocco2023();
        franceMorocco2026();
        moroccanAssessment();
    }

    private <T> T as(SystemSubject subject, Supplier<T> work) {
        return subject.run(() -> transaction.execute(status -> work.get()));
    }

    private long committee(String code) {
        return as(
                MAR,
                () -> committees.visibleTo(MAR).stream()
                        .filter(c -> c.code().equals(code))
                        .map(CommitteeSummary::id)
                        .findFirst()
                        .orElseThrow());
    }

    private void israelMorocco2026() {
        long plan = plan(
                "JMC-ISR-MAR",
                2026,
                LocalizedText.of(
                        "ar", "خطة العمل العسكرية المشتركة لسنة 2026",
                        "en", "Joint Military Work Plan for 2026",
                        "fr", "Plan de coopération militaire 2026",
                        "he", "תוכנית העבודה הצבאית המשותפת לשנת 2026"),
                null,
                false);
        long capability = objective(
                plan,
                "Renforcer les capacités dans une perspective stratégique (illustratif)",
                "تعزيز القدرات من منظور استراتيجي (توضيحي)",
                "Build capabilities from a strategic perspective (illustrative)",
                "בניין כוח מנקודת מבט אסטרטגית (להמחשה)");
        long maintenance = objective(
                plan,
                "Capacité de maintien en condition opérationnelle des drones (illustratif)",
                "قدرة التشغيل والصيانة للطائرات المسيرة (توضيحي)",
                "Operation and maintenance capability for UAS (illustrative)",
                "יכולת הפעלה ותחזוקה של כטב״מים (להמחשה)");
        long trained = as(
                MAR,
                () -> plans.addIndicator(
                        MAR,
                        maintenance,
                        LocalizedText.of(
                                "ar",
                                "التقنيون المغاربة المكوَّنون",
                                "en",
                                "Moroccan technicians trained",
                                "fr",
                                "Techniciens marocains formés",
                                "he",
                                "טכנאים מרוקאים שהוכשרו"),
                        DemoPeople.text("personnes", "أشخاص", "people", "אנשים"),
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(40),
                        org.entente.workplans.IndicatorComputation.PEOPLE_TRAINED));
        as(
                MAR,
                () -> plans.addIndicator(
                        MAR,
                        capability,
                        LocalizedText.of(
                                "ar",
                                "الأنشطة المنفذة",
                                "en",
                                "Activities executed",
                                "fr",
                                "Activités exécutées",
                                "he",
                                "פעילויות שבוצעו"),
                        LocalizedText.of("ar", "%", "en", "%", "fr", "%", "he", "%"),
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(90),
                        org.entente.workplans.IndicatorComputation.EXECUTED_PERCENT));
        var ids = new ArrayList<Long>();
        for (int i = 0; i < DemoActivitySeeds.ISRAEL_MOROCCO_2026.size(); i++) {
            DemoSeed seed = DemoActivitySeeds.ISRAEL_MOROCCO_2026.get(i);
            SystemSubject proposer = seed.lead().equals("ISR") ? ISR : MAR;
            int index = i;
            List<Long> objectives = seed.domain().equals("UNMANNED_AERIAL_SYSTEMS")
                            || seed.domain().equals("LOGISTICS_MAINTENANCE")
                    ? List.of(maintenance)
                    : List.of(capability);
            ids.add(as(proposer, () -> plans.propose(proposer, plan, seed.draft(objectives, index), true)));
        }
        approve(ids, List.of(ISR, MAR));
        as(
                MAR,
                () -> plans.sign(
                        MAR,
                        plan,
                        null,
                        3,
                        List.of(DemoPeople.ISRAELI_DIVISION_HEAD.coChair(), DemoPeople.MOROCCAN_DIRECTOR.coChair())));
        // Executed through the third quarter; one postponed, one cancelled.
        for (int i = 0; i < ids.size(); i++) {
            DemoSeed seed = DemoActivitySeeds.ISRAEL_MOROCCO_2026.get(i);
            long id = ids.get(i);
            if (seed.quarter() <= 2 || (seed.quarter() == 3 && i % 2 == 0)) {
                LocalDate start = LocalDate.of(2026, seed.quarter() * 3 - 2, 10 + i % 10);
                as(MAR, () -> {
                    plans.execute(MAR, id, null, start, start.plusDays(2));
                    return null;
                });
            }
        }
        long postponed = ids.get(15);
        as(ISR, () -> {
            plans.postpone(
                    ISR,
                    postponed,
                    null,
                    null,
                    LocalDate.of(2027, 2, 9),
                    LocalDate.of(2027, 2, 11),
                    DemoPeople.text(
                            "Reportée à février 2027 à la demande des deux états-majors (illustratif)",
                            "أُجّلت إلى فبراير 2027 بطلب من هيئتي الأركان (توضيحي)",
                            "Moved to February 2027 at the request of both staffs (illustrative)",
                            "נדחתה לפברואר 2027 לבקשת שני המטות (להמחשה)"));
            return null;
        });
        long cancelled = ids.get(21);
        as(MAR, () -> {
            plans.cancel(
                    MAR,
                    cancelled,
                    null,
                    DemoPeople.text(
                            "Remplacée par un autre arrangement (illustratif)",
                            "عُوّضت بترتيب آخر (توضيحي)",
                            "Superseded by another arrangement (illustrative)",
                            "הוחלפה בהסדר אחר (להמחשה)"));
            return null;
        });
        as(MAR, () -> {
            plans.report(
                    MAR,
                    ids.get(3),
                    null,
                    new ActivitySummary.Report(
                            "Twelve Moroccan technicians certified on first-level maintenance (illustrative).",
                            "Hands-on time on the line mattered more than classroom hours.",
                            "Plan the second-level course for the fourth quarter; propose it at the fourth session."));
            // The technicians trained are computed from the executed courses' participants (trained).
            return null;
        });
    }

    private void israelMorocco2023() {
        long plan = plan(
                "JMC-ISR-MAR",
                2023,
                LocalizedText.of(
                        "ar", "خطة العمل العسكرية المشتركة لسنة 2023",
                        "en", "Joint Military Work Plan for 2023",
                        "fr", "Plan de coopération militaire 2023",
                        "he", "תוכנית העבודה הצבאית המשותפת לשנת 2023"),
                null,
                true);
        List<Long> ids =
                propose(plan, DemoActivitySeeds.ISRAEL_MOROCCO_2023, Map.of("ISR", MAR, "MAR", MAR), List.of());
        approve(ids, List.of(ISR));
        as(
                MAR,
                () -> plans.sign(
                        MAR,
                        plan,
                        null,
                        2,
                        List.of(DemoPeople.ISRAELI_DIVISION_HEAD.coChair(), DemoPeople.MOROCCAN_DIRECTOR.coChair())));
        as(MAR, () -> {
            plans.execute(MAR, ids.get(0), null, LocalDate.of(2023, 2, 14), LocalDate.of(2023, 2, 15));
            plans.execute(MAR, ids.get(1), null, LocalDate.of(2023, 5, 8), LocalDate.of(2023, 5, 19));
            plans.execute(MAR, ids.get(2), null, LocalDate.of(2023, 9, 5), LocalDate.of(2023, 9, 7));
            return null;
        });
        // The memorandum was suspended on 16 October 2023 and resumed on 20 October 2025 (days
        // illustrative): the cascade the agreements' events trigger, replayed on this plan.
        Long memorandum = as(MAR, () -> plans.find(MAR, plan).orElseThrow().agreementId());
        as(MAR, () -> plans.holdUnder(memorandum, List.of("ISR", "MAR"), LocalDate.of(2023, 10, 16), WAR_IN_GAZA));
        as(MAR, () -> plans.restoreUnder(memorandum, List.of("ISR", "MAR"), LocalDate.of(2025, 10, 20)));
        // At the third session (December 2025) the parties closed the 2023 plan: what the suspension
        // held up was cancelled, the cooperation being re-planned in the 2026 plan (illustrative).
        LocalizedText reason = DemoPeople.text(
                "Dépassée par la suspension de la coopération (octobre 2023 – octobre 2025) ; reprogrammée dans le plan 2026",
                "تجاوزها تعليق التعاون (أكتوبر 2023 – أكتوبر 2025)؛ أُعيدت برمجتها في مخطط 2026",
                "Overtaken by the suspension of cooperation (October 2023 – October 2025); re-planned in the 2026 plan",
                "עקפה אותה השעיית שיתוף הפעולה (אוקטובר 2023 – אוקטובר 2025); תוכננה מחדש בתוכנית 2026");
        as(MAR, () -> {
            var choices = new java.util.HashMap<Long, String>();
            var reasons = new java.util.HashMap<Long, LocalizedText>();
            closings.undecided(MAR, plan).forEach(activity -> {
                choices.put(activity.id(), "CANCEL");
                reasons.put(activity.id(), reason);
            });
            return closings.propose(MAR, plan, LocalDate.of(2025, 12, 8), choices, reasons);
        });
        as(ISR, () -> closings.approve(ISR, plan, 1, null));
    }

    private void franceMorocco2026() {
        long plan = plan(
                "CMM-FRA-MAR",
                2026,
                LocalizedText.of(
                        "ar", "برنامج التعاون العسكري المغربي الفرنسي لسنة 2026",
                        "en", "France – Morocco cooperation programme 2026",
                        "fr", "Programme de coopération franco-marocain 2026",
                        "he", "תוכנית שיתוף הפעולה צרפת – מרוקו 2026"),
                null,
                false);
        List<Long> ids =
                propose(plan, DemoActivitySeeds.FRANCE_MOROCCO_2026, Map.of("FRA", FRA, "MAR", MAR), List.of());
        approve(ids, List.of(FRA, MAR));
        as(
                MAR,
                () -> plans.sign(
                        MAR,
                        plan,
                        null,
                        23,
                        List.of(DemoPeople.FRENCH_CO_CHAIR.coChair(), DemoPeople.MOROCCAN_INSPECTOR.coChair())));
        as(MAR, () -> {
            plans.execute(MAR, ids.get(0), null, LocalDate.of(2026, 1, 12), LocalDate.of(2026, 3, 27));
            plans.execute(MAR, ids.get(2), null, LocalDate.of(2026, 5, 18), LocalDate.of(2026, 5, 22));
            return null;
        });
    }

    private void moroccanAssessment() {
        long plan = plan(
                "PREP-MAR",
                2026,
                LocalizedText.of(
                        "ar", "التقييم الداخلي لتنفيذ خطط 2025",
                        "en", "Internal assessment of the 2025 execution",
                        "fr", "Évaluation interne de l’exécution 2025",
                        "he", "הערכה פנימית של ביצוע 2025"),
                CONFIDENTIAL,
                true);
        List<DemoSeed> seeds = List.of(
                new DemoSeed(
                        ActivityType.WORKING_MEETING,
                        "OPERATIONAL_COORDINATION",
                        1,
                        "MAR",
                        "MAR",
                        "Bilan de l’exécution 2025 par partenaire",
                        "حصيلة تنفيذ 2025 حسب الشريك",
                        "Review of the 2025 execution per partner",
                        "סיכום ביצוע 2025 לפי שותף"),
                new DemoSeed(
                        ActivityType.WORKING_MEETING,
                        "TRAINING_EDUCATION",
                        2,
                        "MAR",
                        "MAR",
                        "Évaluation des formations reçues",
                        "تقييم الدورات التكوينية المستفاد منها",
                        "Assessment of the training received",
                        "הערכת ההכשרות שהתקבלו"));
        propose(plan, seeds, Map.of("MAR", MAR), List.of());
    }

    private long plan(String committeeCode, int year, LocalizedText title, Classification level, boolean illustrative) {
        long committee = committee(committeeCode);
        return as(MAR, () -> plans.create(MAR, new NewPlan(committee, year, title, level, illustrative)));
    }

    /** Proposes each seed, by a planner of its lead nation; their ids, in order. */
    private List<Long> propose(
            long plan, List<DemoSeed> seeds, Map<String, SystemSubject> planners, List<Long> objectives) {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < seeds.size(); i++) {
            DemoSeed seed = seeds.get(i);
            SystemSubject proposer = planners.get(seed.lead());
            int index = i;
            ids.add(as(proposer, () -> plans.propose(proposer, plan, seed.draft(objectives, index), true)));
        }
        return ids;
    }

    /** Each party's planner approves every activity for their nation. */
    private void approve(List<Long> ids, List<SystemSubject> parties) {
        for (SystemSubject party : parties) {
            as(party, () -> {
                for (long id : ids) {
                    plans.approve(party, id, party.nation(), null);
                }
                return null;
            });
        }
    }

    private long objective(long plan, String fr, String ar, String en, String he) {
        return as(MAR, () -> plans.addObjective(MAR, plan, LocalizedText.of("ar", ar, "en", en, "fr", fr, "he", he)));
    }
}
