package org.entente.demo;

import static org.entente.shared.Classification.RESTRICTED;
import static org.entente.shared.Classification.UNCLASSIFIED;

import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.entente.identity.Accounts;
import org.entente.partners.NewPerson;
import org.entente.partners.Organizations;
import org.entente.partners.People;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.entente.workplans.PlanSignatory;

/**
 * The people the demo accounts belong to, so that every page names a person (name, rank, function
 * in the reader's language) and never a login name. Every one is invented, flagged illustrative,
 * and carries the forms of their name in the four languages' scripts. Each is released to the
 * partners who work with them: a partner who may not read the record sees only the nation.
 */
final class DemoPeople {

    /** The organizations the people work in. */
    record Units(
            long moroccanCooperation,
            long moroccanGeneralStaff,
            long israeliPlanning,
            long israeliCooperation,
            long frenchMinistry,
            long americanDefense) {

        /**
         * The units as the reader (the demo's loader) finds the organizations, by nation and
         * abbreviation: the one way they are built, on the first load and when a demo loaded before
         * accounts belonged to people links them later.
         */
        static Units of(Organizations organizations, Subject reader) {
            var byAbbreviation = new java.util.HashMap<String, Long>();
            organizations
                    .visibleTo(reader)
                    .forEach(o -> byAbbreviation.put(o.nation() + " " + o.abbreviation(), o.id()));
            return new Units(
                    unit(byAbbreviation, "MAR DCI"),
                    unit(byAbbreviation, "MAR FAR"),
                    unit(byAbbreviation, "ISR PD"),
                    unit(byAbbreviation, "ISR ICD"),
                    unit(byAbbreviation, "FRA MINARM"),
                    unit(byAbbreviation, "USA DoD"));
        }

        private static long unit(java.util.Map<String, Long> byAbbreviation, String nationAndAbbreviation) {
            Long id = byAbbreviation.get(nationAndAbbreviation);
            if (id == null) {
                throw new IllegalStateException("The demo has no organization " + nationAndAbbreviation);
            }
            return id;
        }
    }

    private final People people;
    private final Accounts accounts;

    DemoPeople(People people, Accounts accounts) {
        this.people = people;
        this.accounts = accounts;
    }

    /** Released to Morocco only, to every partner, to Israel, to France. */
    private static final Label MOROCCAN = new Label(UNCLASSIFIED, "MAR", Set.of());

    private static final Label EVERY_PARTNER = new Label(UNCLASSIFIED, "MAR", Set.of("FRA", "ISR", "USA"));
    private static final Label ISRAEL_MOROCCO = new Label(UNCLASSIFIED, "MAR", Set.of("ISR"));
    private static final Label FRANCE_MOROCCO = new Label(UNCLASSIFIED, "MAR", Set.of("FRA"));

    private static final LocalizedText CAPTAIN = text("Capitaine", "قبطان", "Captain", "סרן");
    private static final LocalizedText MAJOR = text("Commandant", "كومندان", "Major", "רב־סרן");
    private static final LocalizedText LIEUTENANT_COLONEL =
            text("Lieutenant-colonel", "ليوتنان كولونيل", "Lieutenant Colonel", "סגן־אלוף");
    private static final LocalizedText COLONEL = text("Colonel", "كولونيل", "Colonel", "אלוף־משנה");

    /** A demo account's person: in which organization, released to whom, named in the four languages. */
    private record Someone(
            String username,
            String nation,
            ToLongFunction<Units> organization,
            Label label,
            LocalizedText name,
            LocalizedText rank,
            LocalizedText function) {}

    private static final List<Someone> EVERYONE = List.of(
            new Someone(
                    "admin.mar",
                    "MAR",
                    Units::moroccanCooperation,
                    MOROCCAN,
                    text("Youssef Benali", "يوسف بنعلي", "Youssef Benali", "יוסף בנעלי"),
                    MAJOR,
                    text(
                            "Administrateur des comptes d’Entente",
                            "مسؤول تدبير حسابات Entente",
                            "Entente account administrator",
                            "מנהל החשבונות של Entente")),
            new Someone(
                    "planner.mar",
                    "MAR",
                    Units::moroccanCooperation,
                    EVERY_PARTNER,
                    text("Hicham Ben Slimane", "هشام بنسليمان", "Hicham Ben Slimane", "הישאם בן סלימאן"),
                    COLONEL,
                    text(
                            "Chef du bureau de la planification, Direction de la coopération internationale",
                            "رئيس مكتب التخطيط بمديرية التعاون الدولي",
                            "Head of the planning office, International Cooperation Directorate",
                            "ראש לשכת התכנון, מנהלת שיתוף הפעולה הבינלאומי")),
            new Someone(
                    "viewer.mar",
                    "MAR",
                    Units::moroccanCooperation,
                    MOROCCAN,
                    text("Salma El Idrissi", "سلمى الإدريسي", "Salma El Idrissi", "סלמה אל-אידריסי"),
                    CAPTAIN,
                    text("Officier de suivi", "ضابطة التتبع", "Monitoring officer", "קצינת מעקב")),
            new Someone(
                    "auditor.mar",
                    "MAR",
                    Units::moroccanCooperation,
                    MOROCCAN,
                    text("Nadia Tazi", "نادية التازي", "Nadia Tazi", "נאדיה תאזי"),
                    LIEUTENANT_COLONEL,
                    text(
                            "Auditrice de la sécurité des systèmes d’information",
                            "مدققة أمن نظم المعلومات",
                            "Information systems security auditor",
                            "מבקרת אבטחת מערכות מידע")),
            new Someone(
                    "admin.isr",
                    "ISR",
                    Units::israeliPlanning,
                    ISRAEL_MOROCCO,
                    text("Yaël Mizrahi", "ياعيل مزراحي", "Yael Mizrahi", "יעל מזרחי"),
                    MAJOR,
                    text(
                            "Administratrice des comptes israéliens",
                            "مسؤولة تدبير الحسابات الإسرائيلية",
                            "Administrator of the Israeli accounts",
                            "מנהלת החשבונות הישראליים")),
            new Someone(
                    "planner.isr",
                    "ISR",
                    Units::israeliPlanning,
                    ISRAEL_MOROCCO,
                    text("Eitan Levi", "إيتان ليفي", "Eitan Levi", "איתן לוי"),
                    COLONEL,
                    text(
                            "Chef de la section de planification de la coopération, Direction de la planification",
                            "رئيس فرع تخطيط التعاون بمديرية التخطيط",
                            "Head of the cooperation planning branch, Planning Directorate",
                            "ראש ענף תכנון שיתופי הפעולה, אגף התכנון")),
            new Someone(
                    "liaison.isr",
                    "ISR",
                    Units::israeliCooperation,
                    ISRAEL_MOROCCO,
                    text("Noa Shapira", "نوعا شابيرا", "Noa Shapira", "נועה שפירא"),
                    CAPTAIN,
                    text(
                            "Officier de liaison auprès de la commission militaire mixte",
                            "ضابطة الاتصال لدى اللجنة العسكرية المشتركة",
                            "Liaison officer to the Joint Military Committee",
                            "קצינת הקישור לוועדה הצבאית המשותפת")),
            new Someone(
                    "planner.fra",
                    "FRA",
                    Units::frenchMinistry,
                    FRANCE_MOROCCO,
                    text("Claire Dubois", "كلير دوبوا", "Claire Dubois", "קלייר דובואה"),
                    LIEUTENANT_COLONEL,
                    text(
                            "Officier de planification, commission militaire mixte franco-marocaine",
                            "ضابطة التخطيط باللجنة العسكرية المختلطة المغربية الفرنسية",
                            "Planning officer, France – Morocco Joint Military Commission",
                            "קצינת תכנון, הוועדה הצבאית המשותפת צרפת – מרוקו")));

    /** Records every demo account's person and links the account to it. */
    void load(Units units) {
        for (Someone one : EVERYONE) {
            long id = people.add(new NewPerson(
                    one.nation(),
                    one.organization().applyAsLong(units),
                    one.name(),
                    one.rank(),
                    one.function(),
                    true,
                    one.label()));
            accounts.linkPerson(one.username(), id);
        }
    }

    /**
     * A person of the demo who holds no account: a head of delegation, a co-chair who signs the plans,
     * a liaison officer. Invented and illustrative like everyone here, but named as people are named,
     * so that no page shows the function twice (once as a name, once as the function).
     */
    record Figure(String nation, LocalizedText name, LocalizedText rank, LocalizedText function) {

        /**
         * As the co-chair who signs a plan: their name, and in what capacity — their function, then
         * "co-chair" — in each language.
         */
        PlanSignatory coChair() {
            var capacities = new java.util.LinkedHashMap<String, String>();
            CO_CHAIR.values()
                    .forEach((language, coChair) -> capacities.put(
                            language,
                            function.values().get(language) + ("ar".equals(language) ? "، " : ", ") + coChair));
            return new PlanSignatory(
                    nation, name.values().get("en"), CO_CHAIR.values().get("en"), name.values(), capacities);
        }
    }

    private static final LocalizedText CO_CHAIR = text("coprésident", "رئيس مشارك", "co-chair", "יושב ראש משותף");

    private static final LocalizedText BRIGADIER_GENERAL =
            text("Général de brigade", "جنرال دو بريكاد", "Brigadier General", "תת־אלוף");

    /** Morocco's co-chair of the Joint Military Committee and head of its delegation (not "Driss": the Arabic
     * stemmer reads إدريس as الإدريسي, and a search for Salma El Idrissi would find him too). */
    static final Figure MOROCCAN_DIRECTOR = new Figure(
            "MAR",
            text("Rachid Bennani", "رشيد بناني", "Rachid Bennani", "רשיד בנאני"),
            BRIGADIER_GENERAL,
            text(
                    "Directeur de la coopération internationale",
                    "مدير التعاون الدولي",
                    "Director of International Cooperation",
                    "מנהל שיתוף הפעולה הבינלאומי"));

    /** Israel's co-chair of the Joint Military Committee and head of its delegation. */
    static final Figure ISRAELI_DIVISION_HEAD = new Figure(
            "ISR",
            text("Gil Harel", "جيل هارئيل", "Gil Harel", "גיל הראל"),
            text("Général de brigade", "عميد", "Brigadier General", "תת־אלוף"),
            text(
                    "Chef de la division de la coopération internationale",
                    "رئيس شعبة التعاون الدولي",
                    "Head of the International Cooperation Division",
                    "ראש החטיבה לשיתוף פעולה בינלאומי"));

    /** Morocco's liaison officer to the France – Morocco commission (released to France only). */
    static final Figure MOROCCAN_LIAISON = new Figure(
            "MAR",
            text("Karim Ouazzani", "كريم الوزاني", "Karim Ouazzani", "כרים ואזאני"),
            COLONEL,
            text(
                    "Officier de liaison auprès de la commission franco-marocaine",
                    "ضابط الاتصال لدى اللجنة المغربية الفرنسية",
                    "Liaison officer to the France – Morocco commission",
                    "קצין הקישור לוועדה צרפת – מרוקו"));

    /** The French co-chair of the France – Morocco commission, who signs its plans. */
    static final Figure FRENCH_CO_CHAIR = new Figure(
            "FRA",
            text("Laurent Mercier", "لوران ميرسيي", "Laurent Mercier", "לורן מרסייה"),
            text("Général de division", "جنرال دو ديفيزيون", "Major General", "אלוף"),
            text(
                    "Sous-chef d’état-major des armées",
                    "نائب رئيس أركان الجيوش",
                    "Deputy Chief of the Armed Forces Staff",
                    "סגן ראש מטה הכוחות המזוינים"));

    /** The Moroccan co-chair of the France – Morocco commission, who signs its plans. */
    static final Figure MOROCCAN_INSPECTOR = new Figure(
            "MAR",
            text("Abdelaziz Chraïbi", "عبد العزيز الشرايبي", "Abdelaziz Chraibi", "עבד אל-עזיז שראיבי"),
            text("Général de division", "جنرال دو ديفيزيون", "Major General", "אלוף"),
            text(
                    "Inspecteur, État-major général des Forces armées royales",
                    "مفتش، القيادة العامة للقوات المسلحة الملكية",
                    "Inspector, General Staff of the Royal Armed Forces",
                    "מפקח, המטה הכללי של הכוחות המזוינים המלכותיים"));

    /**
     * The United States' co-chair of the Defense Consultative Committee and head of its delegation:
     * invented (the committee's sessions are public, who led them is not), so illustrative like every
     * demo person, and shown as such.
     */
    static final Figure AMERICAN_CO_CHAIR = new Figure(
            "USA",
            text("Daniel Whitaker", "دانيال ويتاكر", "Daniel Whitaker", "דניאל ויטאקר"),
            text("M.", "السيد", "Mr", "מר"),
            text(
                    "Sous-secrétaire adjoint à la Défense pour les affaires africaines",
                    "نائب مساعد وزير الدفاع للشؤون الإفريقية",
                    "Deputy Assistant Secretary of Defense for African Affairs",
                    "סגן עוזר שר ההגנה לענייני אפריקה"));

    /** Morocco's co-chair of the Defense Consultative Committee and head of its delegation (invented, illustrative). */
    static final Figure MOROCCAN_CONSULTATIVE_CO_CHAIR = new Figure(
            "MAR",
            text("Omar Benjelloun", "عمر بنجلون", "Omar Benjelloun", "עומאר בנג׳לון"),
            BRIGADIER_GENERAL,
            text(
                    "Chef de la division de la coopération bilatérale, État-major général des FAR",
                    "رئيس قسم التعاون الثنائي، القيادة العامة للقوات المسلحة الملكية",
                    "Head of the Bilateral Cooperation Division, General Staff of the Royal Armed Forces",
                    "ראש אגף שיתוף הפעולה הדו-צדדי, המטה הכללי של הכוחות המזוינים המלכותיים"));

    /**
     * Records the people behind the programme who hold no account: the heads of both cooperation
     * bodies, released to Israel (the Moroccan one at RESTRICTED); the liaison officer to the France
     * – Morocco commission and that commission's two co-chairs, who head its delegations, released to
     * France only (the Moroccan ones at RESTRICTED); the United States – Morocco committee's two
     * co-chairs, released to the United States only (the Moroccan one at RESTRICTED).
     */
    void loadFigures(Units units) {
        add(MOROCCAN_DIRECTOR, units.moroccanCooperation(), new Label(RESTRICTED, "MAR", Set.of("ISR")));
        add(ISRAELI_DIVISION_HEAD, units.israeliCooperation(), ISRAEL_MOROCCO);
        add(MOROCCAN_LIAISON, units.moroccanCooperation(), new Label(RESTRICTED, "MAR", Set.of("FRA")));
        add(FRENCH_CO_CHAIR, units.frenchMinistry(), FRANCE_MOROCCO);
        add(MOROCCAN_INSPECTOR, units.moroccanGeneralStaff(), new Label(RESTRICTED, "MAR", Set.of("FRA")));
        add(AMERICAN_CO_CHAIR, units.americanDefense(), new Label(UNCLASSIFIED, "MAR", Set.of("USA")));
        add(MOROCCAN_CONSULTATIVE_CO_CHAIR, units.moroccanGeneralStaff(), new Label(RESTRICTED, "MAR", Set.of("USA")));
    }

    private void add(Figure figure, long organization, Label label) {
        people.add(new NewPerson(
                figure.nation(), organization, figure.name(), figure.rank(), figure.function(), true, label));
    }

    static LocalizedText text(String fr, String ar, String en, String he) {
        return LocalizedText.of("ar", ar, "en", en, "fr", fr, "he", he);
    }
}
