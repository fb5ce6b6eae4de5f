package org.entente.demo;

import static org.entente.demo.DemoPeople.text;
import static org.entente.shared.Classification.RESTRICTED;
import static org.entente.shared.Classification.UNCLASSIFIED;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.agreements.AgreementEventKind;
import org.entente.agreements.AgreementKind;
import org.entente.agreements.Agreements;
import org.entente.agreements.ContextEvents;
import org.entente.agreements.NewAgreement;
import org.entente.agreements.NewContextEvent;
import org.entente.agreements.NewStatusEvent;
import org.entente.agreements.Signatory;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/**
 * The agreements behind the committees and the context of the Israel – Morocco relationship.
 * Public: the restored relations (December 2020), the memorandum of understanding (Rabat,
 * November 2021) and its four domains, the war in Gaza (October 2023), the suspension and the
 * resumption (2023 → 2025), the United States – Morocco roadmap 2020–2030. Exact days where the
 * press gives none, entries into force, terms, the arrangement on unmanned aerial systems and
 * the France – Morocco arrangement are illustrative, and flagged so.
 */
final class DemoAgreements {

    /** The agreements the committees are established under. */
    record Loaded(long memorandum, long franceMorocco, long unitedStatesMorocco) {}

    private static final LocalizedText ENTRY_ON_SIGNATURE = text(
            "Entrée en vigueur à la signature : illustratif",
            "دخول حيز التنفيذ عند التوقيع: توضيحي",
            "Entry into force on signature: illustrative",
            "כניסה לתוקף עם החתימה: להמחשה");
    private static final LocalizedText PUBLIC_DAY_ILLUSTRATIVE = text(
            "Public ; le jour indiqué est illustratif",
            "معلومة عمومية؛ اليوم المبين توضيحي",
            "Public; the day shown is illustrative",
            "פומבי; היום המוצג להמחשה");

    private final Agreements agreements;
    private final ContextEvents contextEvents;

    DemoAgreements(Agreements agreements, ContextEvents contextEvents) {
        this.agreements = agreements;
        this.contextEvents = contextEvents;
    }

    Loaded load() {
        Label public_ = new Label(UNCLASSIFIED, "MAR", Set.of("FRA", "ISR", "USA"));
        contextEvents.addContextEvent(new NewContextEvent(
                LocalDate.of(2020, 12, 10),
                List.of("ISR", "MAR"),
                text(
                        "Rétablissement des relations diplomatiques entre Rabat et Tel-Aviv (cadre des accords d’Abraham)",
                        "استئناف العلاقات الدبلوماسية بين الرباط وتل أبيب (في إطار اتفاقات أبراهام)",
                        "Diplomatic relations between Rabat and Tel Aviv restored (Abraham Accords framework)",
                        "חידוש היחסים הדיפלומטיים בין רבאט לתל אביב (במסגרת הסכמי אברהם)"),
                text(
                        "Articles de presse, décembre 2020",
                        "تقارير صحفية، دجنبر 2020",
                        "Press reports, December 2020",
                        "דיווחים בעיתונות, דצמבר 2020"),
                false,
                public_));
        contextEvents.addContextEvent(new NewContextEvent(
                LocalDate.of(2023, 10, 7),
                List.of("ISR", "MAR"),
                text("Début de la guerre à Gaza", "اندلاع الحرب في غزة", "The war in Gaza begins", "פרוץ המלחמה בעזה"),
                text(
                        "Articles de presse, octobre 2023 ; le jour indiqué est illustratif",
                        "تقارير صحفية، أكتوبر 2023؛ اليوم المبين توضيحي",
                        "Press reports, October 2023; the day shown is illustrative",
                        "דיווחים בעיתונות, אוקטובר 2023; היום המוצג להמחשה"),
                true,
                public_));

        Label israelMorocco = new Label(RESTRICTED, "MAR", Set.of("ISR"));
        long memorandum = agreements.add(new NewAgreement(
                AgreementKind.MEMORANDUM_OF_UNDERSTANDING,
                List.of("ISR", "MAR"),
                List.of(
                        new Signatory(
                                "ISR",
                                "Benny Gantz",
                                "Minister of Defense",
                                text("Benny Gantz", "بيني غانتس", "Benny Gantz", "בני גנץ")
                                        .values(),
                                text("Ministre de la Défense", "وزير الدفاع", "Minister of Defense", "שר הביטחון")
                                        .values()),
                        new Signatory(
                                "MAR",
                                "Abdeltif Loudiyi",
                                "Minister Delegate in charge of the National Defence Administration",
                                text("Abdeltif Loudiyi", "عبد اللطيف لوديي", "Abdeltif Loudiyi", "עבד אל-לטיף לודיי")
                                        .values(),
                                text(
                                                "Ministre délégué chargé de l’Administration de la Défense nationale",
                                                "الوزير المنتدب المكلف بإدارة الدفاع الوطني",
                                                "Minister Delegate in charge of the National Defence Administration",
                                                "השר הממונה על מינהל ההגנה הלאומית")
                                        .values())),
                LocalDate.of(2021, 11, 24),
                DemoScenario.RABAT,
                null,
                false,
                List.of(
                        "INFORMATION_EXCHANGE",
                        "OPERATIONAL_COORDINATION",
                        "TRAINING_EDUCATION",
                        "RESEARCH_DEVELOPMENT"),
                null,
                text(
                        "Mémorandum d’entente Israël – Maroc sur la coopération en matière de sécurité et de défense",
                        "مذكرة تفاهم مغربية إسرائيلية حول التعاون الأمني والدفاعي",
                        "Israel – Morocco memorandum of understanding on security and defence cooperation",
                        "מזכר הבנות ישראל – מרוקו לשיתוף פעולה ביטחוני"),
                text(
                        "Premier du genre entre Israël et un État arabe : un cadre institutionnel pour l’échange d’informations, la coordination opérationnelle, la formation, la recherche et le développement.",
                        "الأولى من نوعها بين إسرائيل ودولة عربية: إطار مؤسساتي لتبادل المعلومات والتنسيق العملياتي والتكوين والبحث والتطوير.",
                        "The first of its kind between Israel and an Arab state: an institutional framework for information exchange, operational coordination, training, research and development.",
                        "הראשון מסוגו בין ישראל למדינה ערבית: מסגרת מוסדית לחילופי מידע, תיאום מבצעי, הכשרה, מחקר ופיתוח."),
                false,
                israelMorocco,
                List.of(
                        new NewStatusEvent(
                                AgreementEventKind.ENTERED_INTO_FORCE,
                                LocalDate.of(2021, 11, 24),
                                null,
                                ENTRY_ON_SIGNATURE,
                                true),
                        new NewStatusEvent(
                                AgreementEventKind.SUSPENDED,
                                LocalDate.of(2023, 10, 16),
                                text("Guerre à Gaza", "الحرب في غزة", "War in Gaza", "המלחמה בעזה"),
                                PUBLIC_DAY_ILLUSTRATIVE,
                                true),
                        new NewStatusEvent(
                                AgreementEventKind.RESUMED,
                                LocalDate.of(2025, 10, 20),
                                null,
                                PUBLIC_DAY_ILLUSTRATIVE,
                                true))));
        agreements.add(new NewAgreement(
                AgreementKind.IMPLEMENTING_ARRANGEMENT,
                List.of("ISR", "MAR"),
                List.of(),
                LocalDate.of(2022, 7, 19),
                DemoScenario.TEL_AVIV,
                5,
                true,
                List.of("UNMANNED_AERIAL_SYSTEMS", "TRAINING_EDUCATION"),
                memorandum,
                text(
                        "Arrangement de mise en œuvre sur les systèmes aériens sans pilote",
                        "ترتيب تنفيذي بشأن الأنظمة الجوية بدون طيار",
                        "Implementing arrangement on unmanned aerial systems",
                        "הסדר יישום בנושא מערכות אוויריות בלתי מאוישות"),
                text(
                        "Exemple illustratif : formation, maintenance et échanges techniques sur les systèmes aériens sans pilote.",
                        "مثال توضيحي: التكوين والصيانة والتبادل التقني في مجال الأنظمة الجوية بدون طيار.",
                        "An illustrative example: training, maintenance and technical exchanges on unmanned aerial systems.",
                        "דוגמה להמחשה: הכשרה, תחזוקה וחילופים טכניים בתחום מערכות אוויריות בלתי מאוישות."),
                true,
                israelMorocco,
                List.of(new NewStatusEvent(
                        AgreementEventKind.ENTERED_INTO_FORCE, LocalDate.of(2022, 9, 1), null, null, true))));

        long franceMorocco = agreements.add(new NewAgreement(
                AgreementKind.TECHNICAL_ARRANGEMENT,
                List.of("FRA", "MAR"),
                List.of(),
                LocalDate.of(2021, 12, 14),
                DemoScenario.PARIS,
                5,
                true,
                List.of("TRAINING_EDUCATION", "LOGISTICS_MAINTENANCE"),
                null,
                text(
                        "Arrangement technique franco-marocain relatif à la formation militaire",
                        "ترتيب تقني مغربي فرنسي بشأن التكوين العسكري",
                        "France – Morocco technical arrangement on military training",
                        "הסדר טכני צרפת – מרוקו בנושא הכשרה צבאית"),
                text(
                        "Exemple illustratif : les échanges de stagiaires et les formations que la commission militaire mixte programme chaque année.",
                        "مثال توضيحي: تبادل المتدربين والدورات التكوينية التي تبرمجها اللجنة العسكرية المشتركة كل سنة.",
                        "An illustrative example: the trainee exchanges and courses the joint military commission schedules each year.",
                        "דוגמה להמחשה: חילופי חניכים וקורסים שהוועדה הצבאית המשותפת מתכננת מדי שנה."),
                true,
                new Label(RESTRICTED, "MAR", Set.of("FRA")),
                List.of(new NewStatusEvent(
                        AgreementEventKind.ENTERED_INTO_FORCE, LocalDate.of(2022, 1, 20), null, null, true))));

        long unitedStatesMorocco = agreements.add(new NewAgreement(
                AgreementKind.FRAMEWORK_AGREEMENT,
                List.of("MAR", "USA"),
                List.of(),
                LocalDate.of(2020, 10, 2),
                DemoScenario.RABAT,
                10,
                false,
                List.of("OPERATIONAL_COORDINATION", "TRAINING_EDUCATION", "DEFENCE_INDUSTRY"),
                null,
                text(
                        "Feuille de route de la coopération de défense États-Unis – Maroc 2020–2030",
                        "خارطة طريق التعاون الدفاعي المغربي الأمريكي 2020–2030",
                        "United States – Morocco roadmap for defense cooperation 2020–2030",
                        "מפת דרכים לשיתוף פעולה ביטחוני ארצות הברית – מרוקו 2020–2030"),
                text(
                        "Le plan d’action bilatéral examiné par le comité consultatif de défense s’y réfère.",
                        "تستند إليها خطة العمل الثنائية التي تراجعها لجنة الدفاع الاستشارية.",
                        "The bilateral action plan the Defense Consultative Committee reviews refers to it.",
                        "תוכנית הפעולה הדו־צדדית שוועדת ההתייעצות הביטחונית בוחנת נשענת עליה."),
                false,
                new Label(RESTRICTED, "MAR", Set.of("USA")),
                List.of(new NewStatusEvent(
                        AgreementEventKind.ENTERED_INTO_FORCE,
                        LocalDate.of(2020, 10, 2),
                        null,
                        ENTRY_ON_SIGNATURE,
                        true))));
        return new Loaded(memorandum, franceMorocco, unitedStatesMorocco);
    }
}
