package org.entente.demo;

import static org.entente.shared.Classification.RESTRICTED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.committees.ActionItems;
import org.entente.committees.ActionItems.ActionDraft;
import org.entente.committees.ActionStatus;
import org.entente.committees.Cadence;
import org.entente.committees.CoChair;
import org.entente.committees.Committees;
import org.entente.committees.DelegateRole;
import org.entente.committees.ProgrammeKind;
import org.entente.committees.Sessions;
import org.entente.partners.People;
import org.entente.partners.PersonSummary;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.springframework.stereotype.Component;

/**
 * What happened at the demo's sessions: delegations, agenda, programme, decisions, minutes,
 * signatures and action items. Public facts (seed-scenario.md): the third Israel – Morocco session
 * in Tel Aviv, December 2025, with working meetings, field visits to units and defence industries, a
 * special session on capability building, the shared objectives and the 2026 plan signed; the
 * France – Morocco 22nd and 23rd sessions and what they reviewed and fixed; the United States –
 * Morocco 12th and 13th sessions and the 2020–2030 roadmap. The Joint Military Committee's heads of
 * delegation are the demo's invented people ({@link DemoPeople}); the other delegates are named by
 * their function (plain words, no marker: the minutes show them as a name), never by a real person's
 * name; the minutes' wording, the other decisions and every action item are illustrative.
 */
@Component
class DemoSessions {

    /**
     * The heads of delegation the demo names by their function only (invented, illustrative): a
     * function of their own, so that the minutes' line "name — head of delegation" says something.
     * The France – Morocco ones are the co-chairs who sign that commission's plan.
     */
    private static final LocalizedText MOROCCAN_HEAD = DemoPeople.MOROCCAN_INSPECTOR.function();

    private static final LocalizedText FRENCH_HEAD = DemoPeople.FRENCH_CO_CHAIR.function();

    private static final LocalizedText AMERICAN_HEAD = text(
            "Sous-secrétaire adjoint à la Défense",
            "نائب مساعد وزير الدفاع",
            "Deputy Assistant Secretary of Defense",
            "סגן עוזר שר ההגנה");

    private final Committees committees;
    private final Sessions sessions;
    private final ActionItems actions;
    private final People people;

    DemoSessions(Committees committees, Sessions sessions, ActionItems actions, People people) {
        this.committees = committees;
        this.sessions = sessions;
        this.actions = actions;
        this.people = people;
    }

    void load(Subject loader, long jmc, long cmm, long dcc) {
        List<PersonSummary> persons = people.visibleTo(loader, 0, 100).items();
        PersonSummary moroccanHead = person(persons, DemoPeople.MOROCCAN_DIRECTOR);
        PersonSummary israeliHead = person(persons, DemoPeople.ISRAELI_DIVISION_HEAD);
        Long liaison = idOf(person(persons, DemoPeople.MOROCCAN_LIAISON));
        loadIsraelMorocco(loader, jmc, moroccanHead, israeliHead);
        loadFranceMorocco(loader, cmm, liaison);
        loadUnitedStatesMorocco(loader, dcc);
    }

    private void loadIsraelMorocco(Subject loader, long jmc, PersonSummary moroccanHead, PersonSummary israeliHead) {
        Label joint = new Label(RESTRICTED, "MAR", Set.of("ISR"));
        committees.describe(
                jmc,
                null,
                List.of(
                        new CoChair(
                                "MAR",
                                text(
                                        "Direction de la coopération internationale",
                                        "مديرية التعاون الدولي",
                                        "Directorate of International Cooperation",
                                        "מנהלת שיתוף הפעולה הבינלאומי"),
                                DemoPeople.MOROCCAN_DIRECTOR.function()),
                        new CoChair(
                                "ISR",
                                text(
                                        "Direction de la planification, division de la coopération internationale",
                                        "مديرية التخطيط، شعبة التعاون الدولي",
                                        "Planning Directorate, International Cooperation Division",
                                        "אגף התכנון, החטיבה לשיתוף פעולה בינלאומי"),
                                DemoPeople.ISRAELI_DIVISION_HEAD.function())),
                text(
                        "Bureau de la coopération bilatérale (illustratif)",
                        "مكتب التعاون الثنائي (توضيحي)",
                        "Bilateral cooperation office (illustrative)",
                        "משרד שיתוף הפעולה הדו-צדדי (להמחשה)"),
                Cadence.ANNUAL,
                true,
                joint);
        if (moroccanHead != null) {
            committees.addMember(jmc, moroccanHead.id(), "MAR", joint);
        }
        if (israeliHead != null) {
            committees.addMember(jmc, israeliHead.id(), "ISR", joint);
        }

        long first = sessions.idOf(loader, jmc, 1);
        heads(first, moroccanHead, israeliHead, joint);
        sessions.addDecision(
                first,
                text(
                        "La commission adopte son règlement intérieur et une réunion annuelle, alternativement en Israël et au Maroc (illustratif).",
                        "تعتمد اللجنة نظامها الداخلي واجتماعا سنويا بالتناوب بين إسرائيل والمغرب (توضيحي).",
                        "The committee adopts its rules of procedure and an annual meeting, alternately in Israel and Morocco (illustrative).",
                        "הוועדה מאמצת את תקנונה ומפגש שנתי, לסירוגין בישראל ובמרוקו (להמחשה)."),
                joint);
        long second = sessions.idOf(loader, jmc, 2);
        heads(second, moroccanHead, israeliHead, joint);
        sessions.addDecision(
                second,
                text(
                        "Les parties arrêtent les priorités de coopération pour 2023–2024 (illustratif).",
                        "يحدد الطرفان أولويات التعاون لسنتي 2023–2024 (توضيحي).",
                        "The parties set the cooperation priorities for 2023–2024 (illustrative).",
                        "הצדדים קובעים את סדרי העדיפויות לשיתוף הפעולה לשנים 2023–2024 (להמחשה)."),
                joint);

        long third = sessions.idOf(loader, jmc, 3);
        heads(third, moroccanHead, israeliHead, joint);
        sessions.addDelegate(
                third,
                "ISR",
                null,
                text(
                        "Officier de la direction de la planification",
                        "ضابط بمديرية التخطيط",
                        "Planning Directorate officer",
                        "קצין באגף התכנון"),
                DelegateRole.MEMBER,
                joint);
        sessions.addDelegate(
                third,
                "ISR",
                null,
                text(
                        "Chargé de liaison industrie de défense",
                        "ضابط اتصال الصناعة الدفاعية",
                        "Defence industry liaison",
                        "קצין קישור לתעשייה הביטחונית"),
                DelegateRole.EXPERT,
                joint);
        sessions.addDelegate(
                third,
                "MAR",
                null,
                text(
                        "Officier d’état-major des Forces armées royales",
                        "ضابط أركان بالقوات المسلحة الملكية",
                        "Royal Armed Forces staff officer",
                        "קצין מטה בכוחות המזוינים המלכותיים"),
                DelegateRole.MEMBER,
                joint);
        sessions.addDelegate(
                third,
                "MAR",
                null,
                text(
                        "Ingénieur, programme d’industrie de défense",
                        "مهندس، برنامج الصناعة الدفاعية",
                        "Engineer, defence industry programme",
                        "מהנדס, תוכנית התעשייה הביטחונית"),
                DelegateRole.EXPERT,
                joint);
        sessions.addDelegate(
                third,
                "MAR",
                null,
                text(
                        "Attaché de défense, Tel-Aviv",
                        "ملحق الدفاع، تل أبيب",
                        "Defence attaché, Tel Aviv",
                        "נספח ההגנה, תל אביב"),
                DelegateRole.OBSERVER,
                joint);
        for (LocalizedText item : List.of(
                text(
                        "Ouverture et adoption de l’ordre du jour",
                        "الافتتاح والمصادقة على جدول الأعمال",
                        "Opening and adoption of the agenda",
                        "פתיחה ואישור סדר היום"),
                text(
                        "Bilan depuis la deuxième session et reprise de la coopération",
                        "حصيلة ما بعد الدورة الثانية واستئناف التعاون",
                        "Review since the second session and the resumption of cooperation",
                        "סקירה מאז הישיבה השנייה וחידוש שיתוף הפעולה"),
                text(
                        "Le renforcement des capacités dans une perspective stratégique",
                        "بناء القدرات من منظور استراتيجي",
                        "Capability building from a strategic perspective",
                        "בניין יכולות מנקודת מבט אסטרטגית"),
                text(
                        "Définition des objectifs communs de la coopération entre les deux armées",
                        "تحديد الأهداف المشتركة للتعاون بين الجيشين",
                        "Defining the shared objectives of cooperation between the two armies",
                        "הגדרת היעדים המשותפים לשיתוף הפעולה בין שני הצבאות"),
                text(
                        "Signature du plan de coopération militaire 2026",
                        "التوقيع على خطة العمل العسكرية المشتركة لسنة 2026",
                        "Signing of the Joint Military Work Plan for 2026",
                        "חתימה על תוכנית העבודה הצבאית המשותפת לשנת 2026"))) {
            sessions.addAgendaItem(third, item, joint);
        }
        LocalDate day1 = LocalDate.of(2025, 12, 8);
        sessions.addProgrammeItem(
                third,
                day1,
                ProgrammeKind.WORKING_MEETING,
                text(
                        "Réunions de travail professionnelles",
                        "اجتماعات عمل مهنية",
                        "Professional working meetings",
                        "פגישות עבודה מקצועיות"),
                joint);
        sessions.addProgrammeItem(
                third,
                day1,
                ProgrammeKind.SPECIAL_SESSION,
                text(
                        "Séance spéciale : le renforcement des capacités dans une perspective stratégique",
                        "جلسة خاصة: بناء القدرات من منظور استراتيجي",
                        "Special session: capability building from a strategic perspective",
                        "מושב מיוחד: בניין יכולות מנקודת מבט אסטרטגית"),
                joint);
        sessions.addProgrammeItem(
                third,
                day1.plusDays(1),
                ProgrammeKind.FIELD_VISIT,
                text(
                        "Visites d’unités et d’industries de défense",
                        "زيارات ميدانية لوحدات وصناعات دفاعية",
                        "Field visits to units and defence industries",
                        "סיורים ביחידות ובתעשיות ביטחוניות"),
                joint);
        sessions.addProgrammeItem(
                third,
                day1.plusDays(2),
                ProgrammeKind.FIELD_VISIT,
                text("Visites de directions", "زيارات لمديريات", "Visits to directorates", "סיורים באגפים"),
                joint);
        sessions.addProgrammeItem(
                third,
                day1.plusDays(2),
                ProgrammeKind.CEREMONY,
                text(
                        "Signature du plan de coopération militaire 2026",
                        "التوقيع على خطة العمل العسكرية المشتركة لسنة 2026",
                        "Signing of the Joint Military Work Plan for 2026",
                        "חתימה על תוכנית העבודה הצבאית המשותפת לשנת 2026"),
                joint);
        sessions.addDecision(
                third,
                text(
                        "Les parties définissent les objectifs communs de la coopération entre les deux armées.",
                        "حدد الطرفان الأهداف المشتركة للتعاون بين الجيشين.",
                        "The parties define the shared objectives of cooperation between the two armies.",
                        "הצדדים מגדירים את היעדים המשותפים לשיתוף הפעולה בין שני הצבאות."),
                joint);
        sessions.addDecision(
                third,
                text(
                        "Le plan de coopération militaire pour 2026 est signé.",
                        "تم التوقيع على خطة العمل العسكرية المشتركة لسنة 2026.",
                        "The Joint Military Work Plan for 2026 is signed.",
                        "תוכנית העבודה הצבאית המשותפת לשנת 2026 נחתמה."),
                joint);
        sessions.addDecision(
                third,
                text(
                        "La quatrième session se tiendra au Maroc en 2026 (illustratif).",
                        "تنعقد الدورة الرابعة بالمغرب سنة 2026 (توضيحي).",
                        "The fourth session will be held in Morocco in 2026 (illustrative).",
                        "הישיבה הרביעית תתקיים במרוקו בשנת 2026 (להמחשה)."),
                joint);
        sessions.addMinutes(third, "ar", """
                انعقد الاجتماع الثالث للجنة العسكرية المشتركة بتل أبيب من 8 إلى 10 دجنبر 2025، في الذكرى الخامسة لاستئناف العلاقات.

                عقد الوفدان اجتماعات عمل مهنية، وقاما بزيارات ميدانية لوحدات وصناعات دفاعية ومديريات، وعقدا جلسة خاصة حول بناء القدرات من منظور استراتيجي.

                حدد الطرفان الأهداف المشتركة للتعاون بين الجيشين ووقعا خطة العمل العسكرية المشتركة لسنة 2026، في مرحلة جديدة ومهمة من التعاون.""", joint);
        sessions.addMinutes(third, "fr", """
                La troisième session de la commission militaire mixte s’est tenue à Tel Aviv du 8 au 10 décembre 2025, au cinquième anniversaire du rétablissement des relations.

                Les délégations ont tenu des réunions de travail professionnelles, effectué des visites d’unités, d’industries de défense et de directions, et tenu une séance spéciale sur le renforcement des capacités dans une perspective stratégique.

                Les parties ont défini les objectifs communs de la coopération entre les deux armées et signé le plan de coopération militaire 2026, « une nouvelle et importante étape ».""", joint);
        sessions.addMinutes(third, "en", """
                The third session of the Joint Military Committee was held in Tel Aviv from 8 to 10 December 2025, on the fifth anniversary of the restored relations.

                The delegations held professional working meetings, made field visits to units, defence industries and directorates, and held a special session on capability building from a strategic perspective.

                The parties defined the shared objectives of cooperation between the two armies and signed the Joint Military Work Plan for 2026, "a new and important stage".""", joint);
        sessions.addMinutes(third, "he", """
                הישיבה השלישית של הוועדה הצבאית המשותפת התקיימה בתל אביב בין 8 ל־10 בדצמבר 2025, במלאת חמש שנים לחידוש היחסים.

                המשלחות קיימו פגישות עבודה מקצועיות, ערכו סיורים ביחידות, בתעשיות ביטחוניות ובאגפים, וקיימו מושב מיוחד בנושא בניין יכולות מנקודת מבט אסטרטגית.

                הצדדים הגדירו את היעדים המשותפים לשיתוף הפעולה בין שני הצבאות וחתמו על תוכנית העבודה הצבאית המשותפת לשנת 2026, "שלב חדש וחשוב".""", joint);
        sessions.addSignature(third, "ISR", "planner.isr", Instant.parse("2025-12-10T15:00:00Z"), joint);
        sessions.addSignature(third, "MAR", "planner.mar", Instant.parse("2025-12-10T15:05:00Z"), joint);

        long done = action(
                jmc,
                third,
                2,
                "MAR",
                text(
                        "Direction de la coopération internationale",
                        "مديرية التعاون الدولي",
                        "Directorate of International Cooperation",
                        "אגף שיתוף הפעולה הבינלאומי"),
                LocalDate.of(2026, 1, 31),
                joint,
                text(
                        "Diffuser le plan 2026 signé aux unités concernées",
                        "تعميم خطة 2026 الموقعة على الوحدات المعنية",
                        "Circulate the signed 2026 plan to the units concerned",
                        "הפצת תוכנית 2026 החתומה ליחידות הנוגעות בדבר"));
        actions.addNote(
                done,
                "planner.mar",
                Instant.parse("2026-01-20T09:00:00Z"),
                ActionStatus.DONE,
                text(
                        "Diffusé aux unités le 20 janvier 2026.",
                        "عُمّم على الوحدات يوم 20 يناير 2026.",
                        "Circulated to the units on 20 January 2026.",
                        "הופץ ליחידות ב-20 בינואר 2026."),
                joint);
        action(
                jmc,
                third,
                3,
                "MAR",
                text(
                        "Direction de la coopération internationale",
                        "مديرية التعاون الدولي",
                        "Directorate of International Cooperation",
                        "אגף שיתוף הפעולה הבינלאומי"),
                LocalDate.of(2026, 9, 30),
                joint,
                text(
                        "Proposer les dates de la quatrième session à Rabat",
                        "اقتراح تواريخ الدورة الرابعة بالرباط",
                        "Propose the dates of the fourth session in Rabat",
                        "הצעת מועדים לישיבה הרביעית ברבאט"));
        long catalogue = action(
                jmc,
                third,
                1,
                "ISR",
                text(
                        "Division de la coopération internationale",
                        "قسم التعاون الدولي",
                        "International Cooperation Division",
                        "חטיבת שיתוף הפעולה הבינלאומי"),
                LocalDate.of(2026, 6, 30),
                joint,
                text(
                        "Transmettre le catalogue des formations pour les ingénieurs et techniciens marocains",
                        "إرسال دليل الدورات التكوينية للمهندسين والتقنيين المغاربة",
                        "Send the training catalogue for Moroccan engineers and technicians",
                        "העברת קטלוג ההכשרות למהנדסים ולטכנאים ממרוקו"));
        actions.addNote(
                catalogue,
                "planner.isr",
                Instant.parse("2026-05-12T10:00:00Z"),
                ActionStatus.IN_PROGRESS,
                text(
                        "Projet de catalogue en cours d’examen.",
                        "مشروع الدليل قيد الدراسة.",
                        "Draft catalogue under review.",
                        "טיוטת הקטלוג בבדיקה."),
                joint);
        action(
                jmc,
                third,
                1,
                "ISR",
                text("Direction de la planification", "مديرية التخطيط", "Planning Directorate", "אגף התכנון"),
                LocalDate.of(2027, 1, 15),
                joint,
                text(
                        "Désigner les points de contact pour le renforcement des capacités",
                        "تعيين نقاط الاتصال الخاصة ببناء القدرات",
                        "Name the points of contact for capability building",
                        "מינוי אנשי קשר לבניין היכולות"));
    }

    private void loadFranceMorocco(Subject loader, long cmm, Long liaison) {
        Label joint = new Label(RESTRICTED, "MAR", Set.of("FRA"));
        committees.describe(
                cmm,
                null,
                List.of(
                        new CoChair(
                                "FRA",
                                text(
                                        "État-major des armées",
                                        "هيئة أركان الجيوش",
                                        "Armed Forces Staff",
                                        "מטה הכללי של הכוחות המזוינים"),
                                text(
                                        "Sous-chef d’état-major (illustratif)",
                                        "نائب رئيس الأركان (توضيحي)",
                                        "Deputy Chief of Staff (illustrative)",
                                        "סגן ראש המטה (להמחשה)")),
                        new CoChair(
                                "MAR",
                                text(
                                        "État-major général des FAR",
                                        "القيادة العامة للقوات المسلحة الملكية",
                                        "General Staff of the Royal Armed Forces",
                                        "המטה הכללי של הכוחות המזוינים המלכותיים"),
                                text(
                                        "Inspecteur (illustratif)",
                                        "مفتش (توضيحي)",
                                        "Inspector (illustrative)",
                                        "מפקח (להמחשה)"))),
                text(
                        "Secrétariat permanent de la commission (illustratif)",
                        "الكتابة الدائمة للجنة (توضيحي)",
                        "Permanent secretariat of the commission (illustrative)",
                        "המזכירות הקבועה של הוועדה (להמחשה)"),
                Cadence.ANNUAL,
                true,
                joint);
        if (liaison != null) {
            committees.addMember(cmm, liaison, "MAR", joint);
        }
        long s22 = sessions.idOf(loader, cmm, 22);
        sessions.addDelegate(s22, "FRA", null, FRENCH_HEAD, DelegateRole.HEAD, joint);
        sessions.addDelegate(s22, "MAR", null, MOROCCAN_HEAD, DelegateRole.HEAD, joint);
        sessions.addDecision(
                s22,
                text(
                        "La commission fait le bilan de 2024 et examine les activités de 2025.",
                        "تستعرض اللجنة حصيلة سنة 2024 وتدرس أنشطة سنة 2025.",
                        "The commission reviews 2024 and examines the 2025 activities.",
                        "הוועדה סוקרת את 2024 ובוחנת את פעילויות 2025."),
                joint);
        long s23 = sessions.idOf(loader, cmm, 23);
        sessions.addDelegate(s23, "FRA", null, FRENCH_HEAD, DelegateRole.HEAD, joint);
        sessions.addDelegate(s23, "MAR", null, MOROCCAN_HEAD, DelegateRole.HEAD, joint);
        sessions.addDecision(
                s23,
                text(
                        "La commission arrête le programme 2026 d’activités opérationnelles, d’échanges techniques et de formation.",
                        "تحدد اللجنة برنامج سنة 2026 للأنشطة العملياتية والتبادلات التقنية والتكوين.",
                        "The commission fixes the 2026 programme of operational activities, technical exchanges and training.",
                        "הוועדה קובעת את תוכנית 2026 של פעילויות מבצעיות, חילופי ידע טכני והכשרה."),
                joint);
        action(
                cmm,
                s23,
                1,
                "FRA",
                text("État-major des armées", "أركان القوات المسلحة", "Armed Forces Staff", "מטה הכוחות המזוינים"),
                LocalDate.of(2026, 3, 31),
                joint,
                text(
                        "Transmettre le calendrier des stages 2026",
                        "إرسال جدول التداريب لسنة 2026",
                        "Send the 2026 training course calendar",
                        "העברת לוח ההשתלמויות לשנת 2026"));
        action(
                cmm,
                s23,
                1,
                "MAR",
                text("État-major général", "هيئة الأركان العامة", "General Staff", "המטה הכללי"),
                LocalDate.of(2027, 2, 28),
                joint,
                text(
                        "Préparer le bilan 2026 pour la 24e session",
                        "إعداد حصيلة 2026 للدورة 24",
                        "Prepare the 2026 review for the 24th session",
                        "הכנת סקירת 2026 לישיבה ה־24"));
    }

    private void loadUnitedStatesMorocco(Subject loader, long dcc) {
        Label joint = new Label(RESTRICTED, "MAR", Set.of("USA"));
        committees.describe(dcc, null, List.of(), text("", "", "", ""), Cadence.AS_NEEDED, true, joint);
        for (int number : List.of(12, 13)) {
            long session = sessions.idOf(loader, dcc, number);
            sessions.addDelegate(session, "USA", null, AMERICAN_HEAD, DelegateRole.HEAD, joint);
            sessions.addDelegate(session, "MAR", null, MOROCCAN_HEAD, DelegateRole.HEAD, joint);
            sessions.addDecision(
                    session,
                    text(
                            "Le comité examine le plan d’action bilatéral au regard de la feuille de route 2020–2030.",
                            "تستعرض اللجنة خطة العمل الثنائية في ضوء خارطة الطريق 2020–2030.",
                            "The committee reviews the bilateral action plan against the 2020–2030 roadmap.",
                            "הוועדה בוחנת את תוכנית הפעולה הדו-צדדית מול מפת הדרכים 2020–2030."),
                    joint);
        }
        long s13 = sessions.idOf(loader, dcc, 13);
        action(
                dcc,
                s13,
                1,
                "USA",
                text(
                        "Bureau du secrétaire à la Défense",
                        "مكتب وزير الدفاع",
                        "Office of the Secretary of Defense",
                        "לשכת שר ההגנה"),
                LocalDate.of(2025, 6, 30),
                joint,
                text(
                        "Mettre à jour le plan d’action bilatéral",
                        "تحيين خطة العمل الثنائية",
                        "Update the bilateral action plan",
                        "עדכון תוכנית הפעולה הדו-צדדית"));
    }

    /**
     * Both heads of delegation, each under the name their person record carries, so that the
     * minutes' line reads "name — role, rank, function"; without a person the reader may see, the
     * function alone.
     */
    private void heads(long session, PersonSummary moroccanHead, PersonSummary israeliHead, Label label) {
        sessions.addDelegate(
                session,
                "ISR",
                idOf(israeliHead),
                nameOf(israeliHead, DemoPeople.ISRAELI_DIVISION_HEAD.function()),
                DelegateRole.HEAD,
                label);
        sessions.addDelegate(
                session,
                "MAR",
                idOf(moroccanHead),
                nameOf(moroccanHead, DemoPeople.MOROCCAN_DIRECTOR.function()),
                DelegateRole.HEAD,
                label);
    }

    private static Long idOf(PersonSummary person) {
        return person == null ? null : person.id();
    }

    private static LocalizedText nameOf(PersonSummary person, LocalizedText otherwise) {
        return person == null ? otherwise : person.name();
    }

    private long action(
            long committee,
            long session,
            int decision,
            String party,
            LocalizedText responsible,
            LocalDate due,
            Label label,
            LocalizedText title) {
        Long decisionId = sessions.decisionId(session, decision);
        return actions.add(
                committee,
                session,
                decisionId,
                new ActionDraft(null, decision, title, party, responsible, due),
                true,
                label);
    }

    private static PersonSummary person(List<PersonSummary> persons, DemoPeople.Figure figure) {
        return persons.stream()
                .filter(p -> figure.name()
                        .values()
                        .get("en")
                        .equals(p.name().values().get("en")))
                .findFirst()
                .orElse(null);
    }

    private static LocalizedText text(String fr, String ar, String en, String he) {
        return LocalizedText.of("ar", ar, "en", en, "fr", fr, "he", he);
    }
}
