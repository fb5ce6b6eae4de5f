package org.entente.demo;

import static org.entente.shared.Classification.UNCLASSIFIED;

import java.util.Set;
import org.entente.identity.Accounts;
import org.entente.partners.NewPerson;
import org.entente.partners.People;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.workplans.PlanSignatory;

/**
 * The people the demo accounts belong to, so that every page names a person (name, rank, function
 * in the reader's language) and never a login name. Every one is invented, flagged illustrative,
 * and carries the forms of their name in the four languages' scripts. Each is released to the
 * partners who work with them: a partner who may not read the record sees only the nation.
 */
final class DemoPeople {

    /** The organizations the people work in. */
    record Units(long moroccanCooperation, long israeliPlanning, long israeliCooperation, long frenchMinistry) {}

    private final People people;
    private final Accounts accounts;

    DemoPeople(People people, Accounts accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    void load(Units units) {
        Label moroccan = new Label(UNCLASSIFIED, "MAR", Set.of());
        Label everyPartner = new Label(UNCLASSIFIED, "MAR", Set.of("FRA", "ISR", "USA"));
        Label israelMorocco = new Label(UNCLASSIFIED, "MAR", Set.of("ISR"));
        Label franceMorocco = new Label(UNCLASSIFIED, "MAR", Set.of("FRA"));
        person(
                "admin.mar",
                "MAR",
                units.moroccanCooperation(),
                moroccan,
                text("Youssef Benali", "يوسف بنعلي", "Youssef Benali", "יוסף בנעלי"),
                text("Commandant", "كومندان", "Major", "רב-סרן"),
                text(
                        "Administrateur des comptes d’Entente",
                        "مسؤول تدبير حسابات Entente",
                        "Entente account administrator",
                        "מנהל החשבונות של Entente"));
        person(
                "planner.mar",
                "MAR",
                units.moroccanCooperation(),
                everyPartner,
                text("Hicham Ben Slimane", "هشام بنسليمان", "Hicham Ben Slimane", "הישאם בן סלימאן"),
                text("Colonel", "كولونيل", "Colonel", "אלוף-משנה"),
                text(
                        "Chef du bureau de la planification, Direction de la coopération internationale",
                        "رئيس مكتب التخطيط بمديرية التعاون الدولي",
                        "Head of the planning office, International Cooperation Directorate",
                        "ראש לשכת התכנון, מנהלת שיתוף הפעולה הבינלאומי"));
        person(
                "viewer.mar",
                "MAR",
                units.moroccanCooperation(),
                moroccan,
                text("Salma El Idrissi", "سلمى الإدريسي", "Salma El Idrissi", "סלמה אל-אידריסי"),
                text("Capitaine", "قبطان", "Captain", "סרן"),
                text("Officier de suivi", "ضابطة التتبع", "Monitoring officer", "קצינת מעקב"));
        person(
                "auditor.mar",
                "MAR",
                units.moroccanCooperation(),
                moroccan,
                text("Nadia Tazi", "نادية التازي", "Nadia Tazi", "נאדיה תאזי"),
                text("Lieutenant-colonel", "ليوتنان كولونيل", "Lieutenant Colonel", "סגן-אלוף"),
                text(
                        "Auditrice de la sécurité des systèmes d’information",
                        "مدققة أمن نظم المعلومات",
                        "Information systems security auditor",
                        "מבקרת אבטחת מערכות מידע"));
        person(
                "admin.isr",
                "ISR",
                units.israeliPlanning(),
                israelMorocco,
                text("Yaël Mizrahi", "ياعيل مزراحي", "Yael Mizrahi", "יעל מזרחי"),
                text("Commandant", "كومندان", "Major", "רב-סרן"),
                text(
                        "Administratrice des comptes israéliens",
                        "مسؤولة تدبير الحسابات الإسرائيلية",
                        "Administrator of the Israeli accounts",
                        "מנהלת החשבונות הישראליים"));
        person(
                "planner.isr",
                "ISR",
                units.israeliPlanning(),
                israelMorocco,
                text("Eitan Levi", "إيتان ليفي", "Eitan Levi", "איתן לוי"),
                text("Colonel", "كولونيل", "Colonel", "אלוף-משנה"),
                text(
                        "Chef de la section de planification de la coopération, Direction de la planification",
                        "رئيس فرع تخطيط التعاون بمديرية التخطيط",
                        "Head of the cooperation planning branch, Planning Directorate",
                        "ראש ענף תכנון שיתופי הפעולה, אגף התכנון"));
        person(
                "liaison.isr",
                "ISR",
                units.israeliCooperation(),
                israelMorocco,
                text("Noa Shapira", "نوعا شابيرا", "Noa Shapira", "נועה שפירא"),
                text("Capitaine", "قبطان", "Captain", "סרן"),
                text(
                        "Officier de liaison auprès de la commission militaire mixte",
                        "ضابطة الاتصال لدى اللجنة العسكرية المشتركة",
                        "Liaison officer to the Joint Military Committee",
                        "קצינת הקישור לוועדה הצבאית המשותפת"));
        person(
                "planner.fra",
                "FRA",
                units.frenchMinistry(),
                franceMorocco,
                text("Claire Dubois", "كلير دوبوا", "Claire Dubois", "קלייר דובואה"),
                text("Lieutenant-colonel", "ليوتنان كولونيل", "Lieutenant Colonel", "סגן-אלוף"),
                text(
                        "Officier de planification, commission militaire mixte franco-marocaine",
                        "ضابطة التخطيط باللجنة العسكرية المختلطة المغربية الفرنسية",
                        "Planning officer, France – Morocco Joint Military Commission",
                        "קצינת תכנון, הוועדה הצבאית המשותפת צרפת – מרוקו"));
    }

    private void person(
            String username,
            String nation,
            long organization,
            Label label,
            LocalizedText name,
            LocalizedText rank,
            LocalizedText function) {
        long id = people.add(new NewPerson(nation, organization, name, rank, function, true, label));
        accounts.linkPerson(username, id);
    }

    /** A co-chair who signs a plan, named in the four languages. */
    static PlanSignatory coChair(String nation, String fr, String ar, String en, String he) {
        return new PlanSignatory(
                nation,
                en,
                "Co-chair",
                text(fr, ar, en, he).values(),
                text("Coprésident", "رئيس مشارك", "Co-chair", "יושב ראש משותף").values());
    }

    static LocalizedText text(String fr, String ar, String en, String he) {
        return LocalizedText.of("ar", ar, "en", en, "fr", fr, "he", he);
    }
}
