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
import org.entente.workplans.ActivityDraft;
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

    /** One activity of the demo: what, when, who leads and hosts it. */
    private record Seed(
            ActivityType type,
            String domain,
            int quarter,
            String lead,
            String host,
            String fr,
            String ar,
            String en,
            String he) {}

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

    private static final List<Seed> ISRAEL_MOROCCO_2026 = List.of(
            new Seed(
                    ActivityType.CAPABILITY_SESSION,
                    "OPERATIONAL_COORDINATION",
                    1,
                    "MAR",
                    "MAR",
                    "Séminaire de renforcement des capacités dans une perspective stratégique",
                    "ندوة حول تعزيز القدرات من منظور استراتيجي",
                    "Capability-building seminar from a strategic perspective",
                    "סמינר בניין כוח מנקודת מבט אסטרטגית"),
            new Seed(
                    ActivityType.STAFF_TALKS,
                    "OPERATIONAL_COORDINATION",
                    1,
                    "ISR",
                    "ISR",
                    "Entretiens d’états-majors sur la planification conjointe",
                    "محادثات هيئات الأركان حول التخطيط المشترك",
                    "Staff talks on joint planning",
                    "שיחות מטות על תכנון משותף"),
            new Seed(
                    ActivityType.WORKING_MEETING,
                    "INFORMATION_EXCHANGE",
                    1,
                    "MAR",
                    "MAR",
                    "Réunion de travail sur les procédures d’échange d’informations",
                    "اجتماع عمل حول إجراءات تبادل المعلومات",
                    "Working meeting on information-exchange procedures",
                    "פגישת עבודה על נהלי חילופי מידע"),
            new Seed(
                    ActivityType.TRAINING_COURSE,
                    "UNMANNED_AERIAL_SYSTEMS",
                    1,
                    "ISR",
                    "MAR",
                    "Stage de maintenance pour l’usine de drones de Benslimane",
                    "دورة تكوينية في الصيانة لفائدة مصنع الطائرات المسيرة ببنسليمان",
                    "Maintenance course for the Benslimane UAS plant",
                    "קורס תחזוקה למפעל הכטב״מים בבן סלימאן"),
            new Seed(
                    ActivityType.FIELD_VISIT,
                    "DEFENCE_INDUSTRY",
                    1,
                    "MAR",
                    "ISR",
                    "Visite de terrain dans des industries de défense",
                    "زيارة ميدانية إلى الصناعات الدفاعية",
                    "Field visit to defence industries",
                    "סיור שטח בתעשיות ביטחוניות"),
            new Seed(
                    ActivityType.WORKING_MEETING,
                    "AIR_DEFENCE",
                    2,
                    "ISR",
                    "MAR",
                    "Réunion de travail sur la défense aérienne",
                    "اجتماع عمل حول الدفاع الجوي",
                    "Working meeting on air defence",
                    "פגישת עבודה על הגנה אווירית"),
            new Seed(
                    ActivityType.TRAINING_COURSE,
                    "TRAINING_EDUCATION",
                    2,
                    "MAR",
                    "MAR",
                    "Stage de formation des formateurs",
                    "دورة تكوين المكوّنين",
                    "Train-the-trainers course",
                    "קורס הכשרת מדריכים"),
            new Seed(
                    ActivityType.EXCHANGE_VISIT,
                    "TRAINING_EDUCATION",
                    2,
                    "ISR",
                    "ISR",
                    "Visite d’échange d’élèves officiers",
                    "زيارة تبادل لفائدة الضباط المتدربين",
                    "Officer cadets’ exchange visit",
                    "ביקור חילופין של צוערים"),
            new Seed(
                    ActivityType.RESEARCH_DEVELOPMENT,
                    "RESEARCH_DEVELOPMENT",
                    2,
                    "ISR",
                    "ISR",
                    "Atelier de recherche et développement",
                    "ورشة للبحث والتطوير",
                    "Research and development workshop",
                    "סדנת מחקר ופיתוח"),
            new Seed(
                    ActivityType.INDUSTRIAL_MILESTONE,
                    "UNMANNED_AERIAL_SYSTEMS",
                    2,
                    "ISR",
                    "MAR",
                    "Jalon : premier système assemblé à Benslimane",
                    "مرحلة: أول نظام يُجمَّع في بنسليمان",
                    "Milestone: first system assembled in Benslimane",
                    "אבן דרך: המערכת הראשונה שהורכבה בבן סלימאן"),
            new Seed(
                    ActivityType.EXERCISE,
                    "OPERATIONAL_COORDINATION",
                    2,
                    "MAR",
                    "MAR",
                    "Observation d’un exercice",
                    "ملاحظة تمرين",
                    "Exercise observation",
                    "צפייה בתרגיל"),
            new Seed(
                    ActivityType.WORKING_MEETING,
                    "INTELLIGENCE_SYSTEMS",
                    3,
                    "MAR",
                    "ISR",
                    "Réunion de travail sur les systèmes de renseignement",
                    "اجتماع عمل حول أنظمة الاستخبارات",
                    "Working meeting on intelligence systems",
                    "פגישת עבודה על מערכות מודיעין"),
            new Seed(
                    ActivityType.CONFERENCE,
                    "ADVANCED_MILITARY_TECHNOLOGY",
                    3,
                    "ISR",
                    "ISR",
                    "Conférence sur les technologies militaires avancées",
                    "مؤتمر حول التكنولوجيا العسكرية المتقدمة",
                    "Conference on advanced military technology",
                    "כנס על טכנולוגיה צבאית מתקדמת"),
            new Seed(
                    ActivityType.TRAINING_COURSE,
                    "LOGISTICS_MAINTENANCE",
                    3,
                    "ISR",
                    "MAR",
                    "Stage de maintien en condition opérationnelle",
                    "دورة تكوينية في التشغيل والصيانة",
                    "Operation and maintenance course",
                    "קורס הפעלה ותחזוקה"),
            new Seed(
                    ActivityType.FIELD_VISIT,
                    "TRAINING_EDUCATION",
                    3,
                    "ISR",
                    "MAR",
                    "Visite de terrain dans des unités",
                    "زيارة ميدانية إلى الوحدات",
                    "Field visit to units",
                    "סיור שטח ביחידות"),
            new Seed(
                    ActivityType.STAFF_TALKS,
                    "INFORMATION_EXCHANGE",
                    3,
                    "MAR",
                    "MAR",
                    "Entretiens d’états-majors sur le partage de l’information",
                    "محادثات هيئات الأركان حول تقاسم المعلومات",
                    "Staff talks on information sharing",
                    "שיחות מטות על שיתוף מידע"),
            new Seed(
                    ActivityType.ACQUISITION_STEP,
                    "AIR_DEFENCE",
                    3,
                    "MAR",
                    "MAR",
                    "Étape d’acquisition : évaluation technique",
                    "مرحلة اقتناء: تقييم تقني",
                    "Acquisition step: technical evaluation",
                    "שלב רכש: הערכה טכנית"),
            new Seed(
                    ActivityType.WORKING_MEETING,
                    "DEFENCE_INDUSTRY",
                    4,
                    "MAR",
                    "MAR",
                    "Réunion de travail sur le transfert de technologie",
                    "اجتماع عمل حول نقل التكنولوجيا",
                    "Working meeting on technology transfer",
                    "פגישת עבודה על העברת טכנולוגיה"),
            new Seed(
                    ActivityType.TRAINING_COURSE,
                    "UNMANNED_AERIAL_SYSTEMS",
                    4,
                    "ISR",
                    "MAR",
                    "Stage d’opérateurs de systèmes aériens sans pilote",
                    "دورة تكوينية لمشغلي الأنظمة الجوية بدون طيار",
                    "UAS operators’ course",
                    "קורס מפעילי כטב״ם"),
            new Seed(
                    ActivityType.CAPABILITY_SESSION,
                    "OPERATIONAL_COORDINATION",
                    4,
                    "ISR",
                    "ISR",
                    "Séance de définition des objectifs communs pour 2027",
                    "جلسة لتحديد الأهداف المشتركة لسنة 2027",
                    "Session defining the shared objectives for 2027",
                    "מושב להגדרת היעדים המשותפים ל־2027"),
            new Seed(
                    ActivityType.WORKING_MEETING,
                    "OPERATIONAL_COORDINATION",
                    4,
                    "MAR",
                    "MAR",
                    "Préparation de la quatrième session",
                    "التحضير للدورة الرابعة",
                    "Preparing the fourth session",
                    "הכנת הישיבה הרביעית"),
            new Seed(
                    ActivityType.EXCHANGE_VISIT,
                    "RESEARCH_DEVELOPMENT",
                    4,
                    "MAR",
                    "ISR",
                    "Visite d’échange d’ingénieurs",
                    "زيارة تبادل لفائدة المهندسين",
                    "Engineers’ exchange visit",
                    "ביקור חילופין של מהנדסים"));

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
                "Renforcer les capacités dans une perspective stratégique (exemple inventé)",
                "تعزيز القدرات من منظور استراتيجي (مثال متخيل)",
                "Build capabilities from a strategic perspective (invented example)",
                "בניין כוח מנקודת מבט אסטרטגית (דוגמה בדויה)");
        long maintenance = objective(
                plan,
                "Capacité de maintien en condition opérationnelle des drones (exemple inventé)",
                "قدرة التشغيل والصيانة للطائرات المسيرة (مثال متخيل)",
                "Operation and maintenance capability for UAS (invented example)",
                "יכולת הפעלה ותחזוקה של כטב״מים (דוגמה בדויה)");
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
        for (int i = 0; i < ISRAEL_MOROCCO_2026.size(); i++) {
            Seed seed = ISRAEL_MOROCCO_2026.get(i);
            SystemSubject proposer = seed.lead().equals("ISR") ? ISR : MAR;
            int index = i;
            List<Long> objectives = seed.domain().equals("UNMANNED_AERIAL_SYSTEMS")
                            || seed.domain().equals("LOGISTICS_MAINTENANCE")
                    ? List.of(maintenance)
                    : List.of(capability);
            ids.add(as(proposer, () -> plans.propose(proposer, plan, draft(seed, objectives, index), true)));
        }
        approve(ids, List.of(ISR, MAR));
        as(
                MAR,
                () -> plans.sign(
                        MAR,
                        plan,
                        null,
                        3,
                        List.of(
                                DemoPeople.coChair(
                                        "ISR",
                                        "Chef de la direction de la planification (fonction)",
                                        "رئيس مديرية التخطيط (صفة)",
                                        "Head of the planning directorate (role)",
                                        "ראש אגף התכנון (תפקיד)"),
                                DemoPeople.coChair(
                                        "MAR",
                                        "Représentant de l’inspecteur général (fonction)",
                                        "ممثل المفتش العام (صفة)",
                                        "Inspector general’s representative (role)",
                                        "נציג המפקח הכללי (תפקיד)"))));
        // Executed through the third quarter; one postponed, one cancelled.
        for (int i = 0; i < ids.size(); i++) {
            Seed seed = ISRAEL_MOROCCO_2026.get(i);
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

    private static final List<Seed> ISRAEL_MOROCCO_2023 = List.of(
            new Seed(
                    ActivityType.WORKING_MEETING,
                    "INFORMATION_EXCHANGE",
                    1,
                    "MAR",
                    "MAR",
                    "Réunion de travail sur l’échange d’informations",
                    "اجتماع عمل حول تبادل المعلومات",
                    "Working meeting on information exchange",
                    "פגישת עבודה על חילופי מידע"),
            new Seed(
                    ActivityType.TRAINING_COURSE,
                    "TRAINING_EDUCATION",
                    2,
                    "ISR",
                    "ISR",
                    "Stage de formation d’officiers d’état-major",
                    "دورة تكوينية لضباط الأركان",
                    "Staff officers’ course",
                    "קורס קציני מטה"),
            new Seed(
                    ActivityType.FIELD_VISIT,
                    "UNMANNED_AERIAL_SYSTEMS",
                    3,
                    "MAR",
                    "ISR",
                    "Visite de terrain : systèmes aériens sans pilote",
                    "زيارة ميدانية: الأنظمة الجوية بدون طيار",
                    "Field visit: unmanned aerial systems",
                    "סיור שטח: מערכות אוויריות בלתי מאוישות"),
            new Seed(
                    ActivityType.STAFF_TALKS,
                    "OPERATIONAL_COORDINATION",
                    4,
                    "ISR",
                    "MAR",
                    "Entretiens d’états-majors sur la coordination opérationnelle",
                    "محادثات هيئات الأركان حول التنسيق العملياتي",
                    "Staff talks on operational coordination",
                    "שיחות מטות על תיאום מבצעי"),
            new Seed(
                    ActivityType.RESEARCH_DEVELOPMENT,
                    "RESEARCH_DEVELOPMENT",
                    4,
                    "ISR",
                    "ISR",
                    "Atelier de recherche conjointe",
                    "ورشة بحث مشترك",
                    "Joint research workshop",
                    "סדנת מחקר משותפת"),
            new Seed(
                    ActivityType.TRAINING_COURSE,
                    "AIR_DEFENCE",
                    4,
                    "ISR",
                    "MAR",
                    "Stage de défense aérienne",
                    "دورة تكوينية في الدفاع الجوي",
                    "Air defence course",
                    "קורס הגנה אווירית"));

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
        List<Long> ids = propose(plan, ISRAEL_MOROCCO_2023, Map.of("ISR", MAR, "MAR", MAR), List.of());
        approve(ids, List.of(ISR));
        as(
                MAR,
                () -> plans.sign(
                        MAR,
                        plan,
                        null,
                        2,
                        List.of(
                                DemoPeople.coChair(
                                        "ISR",
                                        "Chef de la division de la coopération internationale (fonction)",
                                        "رئيس شعبة التعاون الدولي (صفة)",
                                        "Head of the international cooperation division (role)",
                                        "ראש החטיבה לשיתוף פעולה בינלאומי (תפקיד)"),
                                DemoPeople.coChair(
                                        "MAR",
                                        "Directeur de la coopération (fonction)",
                                        "مدير التعاون (صفة)",
                                        "Director of cooperation (role)",
                                        "מנהל שיתוף הפעולה (תפקיד)"))));
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

    private static final List<Seed> FRANCE_MOROCCO_2026 = List.of(
            new Seed(
                    ActivityType.TRAINING_COURSE,
                    "TRAINING_EDUCATION",
                    1,
                    "FRA",
                    "FRA",
                    "Accueil de stagiaires marocains à l’École de guerre",
                    "استقبال متدربين مغاربة في مدرسة الحرب",
                    "Moroccan trainees at the École de guerre",
                    "חניכים מרוקאים בבית הספר למלחמה"),
            new Seed(
                    ActivityType.WORKING_MEETING,
                    "LOGISTICS_MAINTENANCE",
                    1,
                    "MAR",
                    "MAR",
                    "Réunion technique sur le soutien logistique",
                    "اجتماع تقني حول الدعم اللوجستي",
                    "Technical meeting on logistic support",
                    "פגישה טכנית על תמיכה לוגיסטית"),
            new Seed(
                    ActivityType.EXERCISE,
                    "OPERATIONAL_COORDINATION",
                    2,
                    "MAR",
                    "MAR",
                    "Exercice conjoint d’état-major",
                    "تمرين مشترك لهيئات الأركان",
                    "Joint staff exercise",
                    "תרגיל מטות משותף"),
            new Seed(
                    ActivityType.EXCHANGE_VISIT,
                    "TRAINING_EDUCATION",
                    2,
                    "FRA",
                    "MAR",
                    "Échange d’instructeurs",
                    "تبادل المكوّنين",
                    "Instructors’ exchange",
                    "חילופי מדריכים"),
            new Seed(
                    ActivityType.TRAINING_COURSE,
                    "LOGISTICS_MAINTENANCE",
                    3,
                    "FRA",
                    "FRA",
                    "Stage de maintien en condition opérationnelle",
                    "دورة تكوينية في التشغيل والصيانة",
                    "Operation and maintenance course",
                    "קורס הפעלה ותחזוקה"),
            new Seed(
                    ActivityType.STAFF_TALKS,
                    "OPERATIONAL_COORDINATION",
                    3,
                    "MAR",
                    "FRA",
                    "Entretiens d’états-majors",
                    "محادثات هيئات الأركان",
                    "Staff talks",
                    "שיחות מטות"),
            new Seed(
                    ActivityType.WORKING_MEETING,
                    "TRAINING_EDUCATION",
                    4,
                    "FRA",
                    "MAR",
                    "Bilan des échanges de formation",
                    "حصيلة التبادلات في مجال التكوين",
                    "Review of the training exchanges",
                    "סיכום חילופי ההכשרה"),
            new Seed(
                    ActivityType.WORKING_MEETING,
                    "OPERATIONAL_COORDINATION",
                    4,
                    "MAR",
                    "MAR",
                    "Préparation de la 24e session",
                    "التحضير للدورة الرابعة والعشرين",
                    "Preparing the 24th session",
                    "הכנת הישיבה ה־24"));

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
        List<Long> ids = propose(plan, FRANCE_MOROCCO_2026, Map.of("FRA", FRA, "MAR", MAR), List.of());
        approve(ids, List.of(FRA, MAR));
        as(
                MAR,
                () -> plans.sign(
                        MAR,
                        plan,
                        null,
                        23,
                        List.of(
                                DemoPeople.coChair(
                                        "FRA",
                                        "Chef de la délégation française (rôle)",
                                        "رئيس الوفد الفرنسي (صفة)",
                                        "Head of the French delegation (role)",
                                        "ראש המשלחת הצרפתית (תפקיד)"),
                                DemoPeople.coChair(
                                        "MAR",
                                        "Chef de la délégation marocaine (rôle)",
                                        "رئيس الوفد المغربي (صفة)",
                                        "Head of the Moroccan delegation (role)",
                                        "ראש המשלחת המרוקאית (תפקיד)"))));
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
        List<Seed> seeds = List.of(
                new Seed(
                        ActivityType.WORKING_MEETING,
                        "OPERATIONAL_COORDINATION",
                        1,
                        "MAR",
                        "MAR",
                        "Bilan de l’exécution 2025 par partenaire",
                        "حصيلة تنفيذ 2025 حسب الشريك",
                        "Review of the 2025 execution per partner",
                        "סיכום ביצוע 2025 לפי שותף"),
                new Seed(
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
            long plan, List<Seed> seeds, Map<String, SystemSubject> planners, List<Long> objectives) {
        var ids = new ArrayList<Long>();
        for (int i = 0; i < seeds.size(); i++) {
            Seed seed = seeds.get(i);
            SystemSubject proposer = planners.get(seed.lead());
            int index = i;
            ids.add(as(proposer, () -> plans.propose(proposer, plan, draft(seed, objectives, index), true)));
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

    private static Map<String, Integer> participants(Seed seed, int index) {
        var participants = new java.util.TreeMap<String, Integer>();
        participants.put(seed.lead(), 4 + index % 5);
        participants.merge(seed.host(), 6 + index % 7, Integer::sum);
        return participants;
    }

    private static ActivityDraft draft(Seed seed, List<Long> objectives, int index) {
        LocalizedText city = seed.host().equals("MAR")
                ? LocalizedText.of("ar", "الرباط", "en", "Rabat", "fr", "Rabat", "he", "רבאט")
                : seed.host().equals("ISR")
                        ? LocalizedText.of("ar", "تل أبيب", "en", "Tel Aviv", "fr", "Tel Aviv", "he", "תל אביב")
                        : LocalizedText.of("ar", "باريس", "en", "Paris", "fr", "Paris", "he", "פריז");
        return new ActivityDraft(
                LocalizedText.of("ar", seed.ar(), "en", seed.en(), "fr", seed.fr(), "he", seed.he()),
                LocalizedText.of(
                        "ar", "نشاط متخيل لأغراض العرض.",
                        "en", "An invented activity for the demonstration.",
                        "fr", "Une activité inventée pour la démonstration.",
                        "he", "פעילות בדויה לצורך ההדגמה."),
                seed.type(),
                seed.domain(),
                objectives,
                seed.lead(),
                seed.host(),
                city,
                seed.quarter(),
                null,
                null,
                participants(seed, index),
                index % 3 == 0 ? WorkPlans.SHARED_COSTS : seed.host());
    }
}
