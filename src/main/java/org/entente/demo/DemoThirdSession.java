package org.entente.demo;

import static org.entente.demo.DemoPeople.text;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.entente.committees.DelegateRole;
import org.entente.committees.ProgrammeKind;
import org.entente.committees.Sessions;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/**
 * What the third session of the Israel – Morocco Joint Military Committee recorded (Tel Aviv,
 * December 2025; public facts per seed-scenario.md, wording illustrative): the delegates besides the
 * heads, the agenda, the programme of working meetings, field visits and the special session on
 * capability building, the decisions, the minutes in Arabic, French, English and Hebrew, and both
 * parties' signatures. Its action items are {@link DemoSessions}'.
 */
final class DemoThirdSession {

    private final Sessions sessions;

    DemoThirdSession(Sessions sessions) {
        this.sessions = sessions;
    }

    void record(long third, Label joint) {
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
    }
}
