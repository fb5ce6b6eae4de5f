package org.entente.demo;

import static org.entente.demo.DemoPeople.text;
import static org.entente.shared.Classification.RESTRICTED;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.committees.Cadence;
import org.entente.committees.CoChair;
import org.entente.committees.Committees;
import org.entente.committees.Sessions;
import org.entente.partners.PersonSummary;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;

/**
 * The host's other partners' sessions (seed-scenario.md): the France – Morocco 22nd and 23rd
 * sessions and what they reviewed and fixed, the United States – Morocco 12th and 13th sessions and
 * the 2020–2030 roadmap; their co-chairs and heads of delegation by name, decisions and action
 * items.
 */
final class DemoPartnerSessions {

    /** The Moroccan co-chairs' organization, in both committees. */
    private static final LocalizedText MOROCCAN_GENERAL_STAFF = text(
            "État-major général des FAR",
            "القيادة العامة للقوات المسلحة الملكية",
            "General Staff of the Royal Armed Forces",
            "המטה הכללי של הכוחות המזוינים המלכותיים");

    private final Committees committees;
    private final Sessions sessions;
    private final DemoSessions.ActionRecorder actions;

    DemoPartnerSessions(Committees committees, Sessions sessions, DemoSessions.ActionRecorder actions) {
        this.committees = committees;
        this.sessions = sessions;
        this.actions = actions;
    }

    /**
     * The France – Morocco commission: its co-chairs, who head its delegations at the 22nd and 23rd
     * sessions by name (the people {@link DemoPeople} defines), decisions and action items.
     */
    void loadFranceMorocco(
            Subject loader, long cmm, Long liaison, PersonSummary frenchHead, PersonSummary moroccanHead) {
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
                                        "סגן ראש המטה (להמחשה)"),
                                DemoSessions.idOf(frenchHead)),
                        new CoChair(
                                "MAR",
                                MOROCCAN_GENERAL_STAFF,
                                text(
                                        "Inspecteur (illustratif)",
                                        "مفتش (توضيحي)",
                                        "Inspector (illustrative)",
                                        "מפקח (להמחשה)"),
                                DemoSessions.idOf(moroccanHead))),
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
        DemoSessions.head(sessions, s22, DemoPeople.FRENCH_CO_CHAIR, frenchHead, joint);
        DemoSessions.head(sessions, s22, DemoPeople.MOROCCAN_INSPECTOR, moroccanHead, joint);
        sessions.addDecision(
                s22,
                text(
                        "La commission fait le bilan de 2024 et examine les activités de 2025.",
                        "تستعرض اللجنة حصيلة سنة 2024 وتدرس أنشطة سنة 2025.",
                        "The commission reviews 2024 and examines the 2025 activities.",
                        "הוועדה סוקרת את 2024 ובוחנת את פעילויות 2025."),
                joint);
        long s23 = sessions.idOf(loader, cmm, 23);
        DemoSessions.head(sessions, s23, DemoPeople.FRENCH_CO_CHAIR, frenchHead, joint);
        DemoSessions.head(sessions, s23, DemoPeople.MOROCCAN_INSPECTOR, moroccanHead, joint);
        sessions.addDecision(
                s23,
                text(
                        "La commission arrête le programme 2026 d’activités opérationnelles, d’échanges techniques et de formation.",
                        "تحدد اللجنة برنامج سنة 2026 للأنشطة العملياتية والتبادلات التقنية والتكوين.",
                        "The commission fixes the 2026 programme of operational activities, technical exchanges and training.",
                        "הוועדה קובעת את תוכנית 2026 של פעילויות מבצעיות, חילופי ידע טכני והכשרה."),
                joint);
        actions.action(
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
        actions.action(
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

    /**
     * The United States – Morocco committee: its co-chairs, who head its delegations at the 12th and
     * 13th sessions by name (invented people, illustrative like every demo person), a decision per
     * session and an action item.
     */
    void loadUnitedStatesMorocco(Subject loader, long dcc, PersonSummary americanHead, PersonSummary moroccanHead) {
        Label joint = new Label(RESTRICTED, "MAR", Set.of("USA"));
        committees.describe(
                dcc,
                null,
                List.of(
                        new CoChair(
                                "USA",
                                text(
                                        "Bureau du secrétaire à la Défense",
                                        "مكتب وزير الدفاع",
                                        "Office of the Secretary of Defense",
                                        "לשכת שר ההגנה"),
                                DemoPeople.AMERICAN_CO_CHAIR.function(),
                                DemoSessions.idOf(americanHead)),
                        new CoChair(
                                "MAR",
                                MOROCCAN_GENERAL_STAFF,
                                DemoPeople.MOROCCAN_CONSULTATIVE_CO_CHAIR.function(),
                                DemoSessions.idOf(moroccanHead))),
                text(
                        "Secrétariat du comité, Direction de la coopération internationale (illustratif)",
                        "كتابة اللجنة، مديرية التعاون الدولي (توضيحي)",
                        "Committee secretariat, International Cooperation Directorate (illustrative)",
                        "מזכירות הוועדה, מנהלת שיתוף הפעולה הבינלאומי (להמחשה)"),
                Cadence.AS_NEEDED,
                true,
                joint);
        for (int number : List.of(12, 13)) {
            long session = sessions.idOf(loader, dcc, number);
            DemoSessions.head(sessions, session, DemoPeople.AMERICAN_CO_CHAIR, americanHead, joint);
            DemoSessions.head(sessions, session, DemoPeople.MOROCCAN_CONSULTATIVE_CO_CHAIR, moroccanHead, joint);
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
        actions.action(
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
}
