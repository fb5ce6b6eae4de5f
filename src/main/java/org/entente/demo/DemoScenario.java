package org.entente.demo;

import static org.entente.shared.Classification.CONFIDENTIAL;
import static org.entente.shared.Classification.RESTRICTED;
import static org.entente.shared.Classification.SECRET;
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
import org.entente.committees.CommitteeKind;
import org.entente.committees.Committees;
import org.entente.committees.NewCommittee;
import org.entente.committees.NewSession;
import org.entente.committees.SessionStatus;
import org.entente.identity.Accounts;
import org.entente.identity.CommitteeRole;
import org.entente.identity.CommitteeRoles;
import org.entente.identity.NewAccount;
import org.entente.partners.NewOrganization;
import org.entente.partners.OrganizationKind;
import org.entente.partners.Organizations;
import org.entente.partners.People;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.SystemSubject;
import org.entente.workplans.ClosingProposals;
import org.entente.workplans.WorkPlans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Israel – Morocco programme and the host's other partners, as far as the modules built so far
 * can hold them. Public facts are plain records; everything invented is flagged illustrative.
 * Loaded once: a data directory that already holds the demo keeps it as it is.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("entente.demo")
class DemoScenario implements ApplicationRunner {

    /** The one documented demo password (README). */
    static final String PASSWORD = "Entente-Demo-2026";

    record DemoAccount(String username, String nation, Classification clearance, String language, String role) {}

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("admin.mar", "MAR", SECRET, "fr", "administrator (MAR users)"),
            new DemoAccount("planner.mar", "MAR", CONFIDENTIAL, "ar", "planner, all three committees"),
            new DemoAccount("viewer.mar", "MAR", RESTRICTED, "ar", "viewer"),
            new DemoAccount("auditor.mar", "MAR", SECRET, "fr", "auditor"),
            new DemoAccount("admin.isr", "ISR", CONFIDENTIAL, "he", "administrator (ISR users only)"),
            new DemoAccount("planner.isr", "ISR", CONFIDENTIAL, "he", "planner, Israel – Morocco committee"),
            new DemoAccount("liaison.isr", "ISR", RESTRICTED, "en", "viewer, Israel – Morocco committee"),
            new DemoAccount("planner.fra", "FRA", CONFIDENTIAL, "fr", "planner, France – Morocco commission"));

    private static final Logger log = LoggerFactory.getLogger(DemoScenario.class);

    /** The host nation's cooperation directorate records the demo, as it would in real life. */
    private static final SystemSubject LOADER = new SystemSubject("demo-loader", "MAR", SECRET);

    private final Accounts accounts;
    private final CommitteeRoles roles;
    private final Organizations organizations;
    private final People people;
    private final Committees committees;
    private final DemoSessions demoSessions;
    private final Agreements agreements;
    private final ContextEvents contextEvents;
    private final TransactionTemplate transaction;
    private final DemoWorkPlans workPlans;

    DemoScenario(
            Accounts accounts,
            CommitteeRoles roles,
            Organizations organizations,
            People people,
            Committees committees,
            Agreements agreements,
            ContextEvents contextEvents,
            WorkPlans plans,
            ClosingProposals closings,
            DemoSessions demoSessions,
            PlatformTransactionManager transactions) {
        this.demoSessions = demoSessions;
        this.accounts = accounts;
        this.roles = roles;
        this.organizations = organizations;
        this.people = people;
        this.committees = committees;
        this.agreements = agreements;
        this.contextEvents = contextEvents;
        this.transaction = new TransactionTemplate(transactions);
        this.workPlans = new DemoWorkPlans(plans, closings, committees, transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.exists(ACCOUNTS.get(0).username())) {
            // A demo loaded before accounts belonged to people: its accounts get their people now.
            LOADER.run(() -> transaction.executeWithoutResult(status -> linkAccountsToPeople()));
            log.info("Demo scenario already in the database; left as it is");
            return;
        }
        LOADER.run(() -> transaction.executeWithoutResult(status -> load()));
        workPlans.load();
    }

    private void linkAccountsToPeople() {
        if (accounts.linksOf(List.of("planner.mar")).get("planner.mar").personId() != null) {
            return;
        }
        var byAbbreviation = new java.util.HashMap<String, Long>();
        organizations.visibleTo(LOADER).forEach(o -> byAbbreviation.put(o.nation() + " " + o.abbreviation(), o.id()));
        new DemoPeople(people, accounts)
                .load(new DemoPeople.Units(
                        byAbbreviation.get("MAR DCI"),
                        byAbbreviation.get("ISR PD"),
                        byAbbreviation.get("ISR ICD"),
                        byAbbreviation.get("FRA MINARM")));
        log.info("Demo accounts linked to the people they belong to");
    }

    private void load() {
        for (DemoAccount account : ACCOUNTS) {
            accounts.create(new NewAccount(
                    account.username(),
                    PASSWORD,
                    account.nation(),
                    account.clearance(),
                    account.language(),
                    account.username().startsWith("admin."),
                    account.username().startsWith("auditor."),
                    false));
        }
        loadOrganizations();
        DemoAgreements under = loadAgreements();
        long israelMorocco = loadIsraelMorocco(under);
        long franceMorocco = loadFranceMorocco(under);
        long unitedStatesMorocco = loadUnitedStatesMorocco(under);
        long preparation = loadMoroccanInternal();
        demoSessions.load(LOADER, israelMorocco, franceMorocco, unitedStatesMorocco);
        for (long committee : List.of(israelMorocco, franceMorocco, unitedStatesMorocco)) {
            roles.grant("planner.mar", committee, CommitteeRole.PLANNER);
            roles.grant("viewer.mar", committee, CommitteeRole.VIEWER);
            roles.grant("admin.mar", committee, CommitteeRole.ADMINISTRATOR);
        }
        roles.grant("planner.mar", preparation, CommitteeRole.PLANNER);
        roles.grant("admin.mar", preparation, CommitteeRole.ADMINISTRATOR);
        roles.grant("planner.isr", israelMorocco, CommitteeRole.PLANNER);
        roles.grant("admin.isr", israelMorocco, CommitteeRole.ADMINISTRATOR);
        roles.grant("liaison.isr", israelMorocco, CommitteeRole.VIEWER);
        roles.grant("planner.fra", franceMorocco, CommitteeRole.PLANNER);
        log.info("Demo scenario loaded: {} accounts, 4 committees, 4 agreements", ACCOUNTS.size());
    }

    /**
     * The agreements behind the committees and the context of the Israel – Morocco relationship.
     * Public: the restored relations (December 2020), the memorandum of understanding (Rabat,
     * November 2021) and its four domains, the war in Gaza (October 2023), the suspension and the
     * resumption (2023 → 2025), the United States – Morocco roadmap 2020–2030. Exact days where the
     * press gives none, entries into force, terms, the arrangement on unmanned aerial systems and
     * the France – Morocco arrangement are illustrative, and flagged so.
     */
    /** The agreements the committees are established under. */
    private record DemoAgreements(long memorandum, long franceMorocco, long unitedStatesMorocco) {}

    private DemoAgreements loadAgreements() {
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
                RABAT,
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
                TEL_AVIV,
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
                        "Exemple inventé : formation, maintenance et échanges techniques sur les systèmes aériens sans pilote.",
                        "مثال متخيل: التكوين والصيانة والتبادل التقني في مجال الأنظمة الجوية بدون طيار.",
                        "An invented example: training, maintenance and technical exchanges on unmanned aerial systems.",
                        "דוגמה בדויה: הכשרה, תחזוקה וחילופים טכניים בתחום מערכות אוויריות בלתי מאוישות."),
                true,
                israelMorocco,
                List.of(new NewStatusEvent(
                        AgreementEventKind.ENTERED_INTO_FORCE, LocalDate.of(2022, 9, 1), null, null, true))));

        long franceMorocco = agreements.add(new NewAgreement(
                AgreementKind.TECHNICAL_ARRANGEMENT,
                List.of("FRA", "MAR"),
                List.of(),
                LocalDate.of(2021, 12, 14),
                PARIS,
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
                        "Exemple inventé : les échanges de stagiaires et les formations que la commission militaire mixte programme chaque année.",
                        "مثال متخيل: تبادل المتدربين والدورات التكوينية التي تبرمجها اللجنة العسكرية المشتركة كل سنة.",
                        "An invented example: the trainee exchanges and courses the joint military commission schedules each year.",
                        "דוגמה בדויה: חילופי חניכים וקורסים שהוועדה הצבאית המשותפת מתכננת מדי שנה."),
                true,
                new Label(RESTRICTED, "MAR", Set.of("FRA")),
                List.of(new NewStatusEvent(
                        AgreementEventKind.ENTERED_INTO_FORCE, LocalDate.of(2022, 1, 20), null, null, true))));

        long unitedStatesMorocco = agreements.add(new NewAgreement(
                AgreementKind.FRAMEWORK_AGREEMENT,
                List.of("MAR", "USA"),
                List.of(),
                LocalDate.of(2020, 10, 2),
                RABAT,
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
        return new DemoAgreements(memorandum, franceMorocco, unitedStatesMorocco);
    }

    private void loadOrganizations() {
        Label everyPartner = new Label(UNCLASSIFIED, "MAR", Set.of("FRA", "ISR", "USA"));
        long fds = organizations.add(new NewOrganization(
                "MAR",
                null,
                OrganizationKind.MINISTRY,
                text(
                        "Administration de la Défense nationale",
                        "إدارة الدفاع الوطني",
                        "National Defence Administration",
                        "מנהלת ההגנה הלאומית"),
                "ADN",
                false,
                everyPartner));
        long far = organizations.add(new NewOrganization(
                "MAR",
                fds,
                OrganizationKind.GENERAL_STAFF,
                text(
                        "État-major général des Forces armées royales",
                        "القيادة العامة للقوات المسلحة الملكية",
                        "General Staff of the Royal Armed Forces",
                        "המטה הכללי של הכוחות המזוינים המלכותיים"),
                "FAR",
                false,
                everyPartner));
        long dci = organizations.add(new NewOrganization(
                "MAR",
                far,
                OrganizationKind.DIRECTORATE,
                text(
                        "Direction de la coopération internationale",
                        "مديرية التعاون الدولي",
                        "International Cooperation Directorate",
                        "מנהלת שיתוף הפעולה הבינלאומי"),
                "DCI",
                true,
                everyPartner));

        Label israelMorocco = new Label(UNCLASSIFIED, "MAR", Set.of("ISR"));
        long imod = organizations.add(new NewOrganization(
                "ISR",
                null,
                OrganizationKind.MINISTRY,
                text("Ministère de la Défense", "وزارة الدفاع", "Ministry of Defense", "משרד הביטחון"),
                "IMOD",
                false,
                israelMorocco));
        long gs = organizations.add(new NewOrganization(
                "ISR",
                imod,
                OrganizationKind.GENERAL_STAFF,
                text("État-major général", "هيئة الأركان العامة", "General Staff", "המטה הכללי"),
                "GS",
                false,
                israelMorocco));
        long planning = organizations.add(new NewOrganization(
                "ISR",
                gs,
                OrganizationKind.DIRECTORATE,
                text("Direction de la planification", "مديرية التخطيط", "Planning Directorate", "אגף התכנון"),
                "PD",
                false,
                israelMorocco));
        long icd = organizations.add(new NewOrganization(
                "ISR",
                planning,
                OrganizationKind.DIVISION,
                text(
                        "Division de la coopération internationale",
                        "شعبة التعاون الدولي",
                        "International Cooperation Division",
                        "החטיבה לשיתוף פעולה בינלאומי"),
                "ICD",
                false,
                israelMorocco));

        long minarm = organizations.add(new NewOrganization(
                "FRA",
                null,
                OrganizationKind.MINISTRY,
                text(
                        "Ministère des Armées",
                        "وزارة القوات المسلحة",
                        "Ministry of the Armed Forces",
                        "משרד הכוחות המזוינים"),
                "MINARM",
                false,
                new Label(UNCLASSIFIED, "MAR", Set.of("FRA"))));
        organizations.add(new NewOrganization(
                "USA",
                null,
                OrganizationKind.MINISTRY,
                text("Département de la Défense", "وزارة الدفاع", "Department of Defense", "משרד ההגנה"),
                "DoD",
                false,
                new Label(UNCLASSIFIED, "MAR", Set.of("USA"))));
        var demoPeople = new DemoPeople(people, accounts);
        var units = new DemoPeople.Units(dci, planning, icd, minarm);
        demoPeople.load(units);
        demoPeople.loadFigures(units);
    }

    private long loadIsraelMorocco(DemoAgreements under) {
        Label joint = new Label(RESTRICTED, "MAR", Set.of("ISR"));
        long jmc = committees.add(new NewCommittee(
                "JMC-ISR-MAR",
                CommitteeKind.JOINT_MILITARY_COMMITTEE,
                text(
                        "Commission militaire mixte Israël – Maroc",
                        "اللجنة العسكرية المشتركة المغربية الإسرائيلية",
                        "Israel – Morocco Joint Military Committee",
                        "הוועדה הצבאית המשותפת ישראל – מרוקו"),
                List.of("ISR", "MAR"),
                under.memorandum(),
                false,
                joint));
        // Sessions 1 and 2 are illustrative; the third, in Tel Aviv in December 2025, is public (its day is not).
        session(jmc, 1, LocalDate.of(2022, 6, 14), 2, "ISR", TEL_AVIV, SessionStatus.HELD, true, joint);
        session(jmc, 2, LocalDate.of(2023, 6, 20), 2, "MAR", RABAT, SessionStatus.HELD, true, joint);
        session(jmc, 3, LocalDate.of(2025, 12, 8), 3, "ISR", TEL_AVIV, SessionStatus.HELD, false, joint);
        session(jmc, 4, LocalDate.of(2026, 12, 7), 3, "MAR", RABAT, SessionStatus.PLANNED, true, joint);
        return jmc;
    }

    private long loadFranceMorocco(DemoAgreements under) {
        Label joint = new Label(RESTRICTED, "MAR", Set.of("FRA"));
        long cmm = committees.add(new NewCommittee(
                "CMM-FRA-MAR",
                CommitteeKind.JOINT_MILITARY_COMMITTEE,
                text(
                        "Commission militaire mixte franco-marocaine",
                        "اللجنة العسكرية المشتركة المغربية الفرنسية",
                        "France – Morocco Joint Military Commission",
                        "הוועדה הצבאית המשותפת צרפת – מרוקו"),
                List.of("FRA", "MAR"),
                under.franceMorocco(),
                false,
                joint));
        // The 22nd and 23rd sessions are public (their days are not); the 24th is illustrative.
        session(cmm, 22, LocalDate.of(2024, 12, 10), 2, "MAR", RABAT, SessionStatus.HELD, false, joint);
        session(cmm, 23, LocalDate.of(2025, 12, 16), 2, "FRA", PARIS, SessionStatus.HELD, false, joint);
        session(cmm, 24, LocalDate.of(2026, 12, 15), 2, "MAR", RABAT, SessionStatus.PLANNED, true, joint);
        return cmm;
    }

    private long loadUnitedStatesMorocco(DemoAgreements under) {
        Label joint = new Label(RESTRICTED, "MAR", Set.of("USA"));
        long dcc = committees.add(new NewCommittee(
                "DCC-MAR-USA",
                CommitteeKind.CONSULTATIVE_COMMITTEE,
                text(
                        "Comité consultatif de défense États-Unis – Maroc",
                        "لجنة الدفاع الاستشارية المغربية الأمريكية",
                        "United States – Morocco Defense Consultative Committee",
                        "ועדת ההתייעצות הביטחונית ארצות הברית – מרוקו"),
                List.of("MAR", "USA"),
                under.unitedStatesMorocco(),
                false,
                joint));
        // The 12th (Pentagon, November 2022) and 13th (Rabat, May 2024) are public; the 14th is illustrative.
        session(dcc, 12, LocalDate.of(2022, 11, 17), 1, "USA", WASHINGTON, SessionStatus.HELD, false, joint);
        session(dcc, 13, LocalDate.of(2024, 5, 14), 1, "MAR", RABAT, SessionStatus.HELD, false, joint);
        session(dcc, 14, LocalDate.of(2027, 3, 9), 1, "USA", WASHINGTON, SessionStatus.PLANNED, true, joint);
        return dcc;
    }

    /** Host-internal records: a partner never sees them, nor does a Moroccan reader below their level. */
    private long loadMoroccanInternal() {
        Label internal = new Label(CONFIDENTIAL, "MAR", Set.of());
        long group = committees.add(new NewCommittee(
                "PREP-MAR",
                CommitteeKind.WORKING_GROUP,
                text(
                        "Groupe de préparation des commissions mixtes",
                        "فريق التحضير للجان المشتركة",
                        "Joint committees preparation group",
                        "קבוצת ההכנה לוועדות המשותפות"),
                List.of("MAR"),
                null,
                true,
                internal));
        session(group, 1, LocalDate.of(2025, 11, 24), 1, "MAR", RABAT, SessionStatus.HELD, true, internal);
        session(
                group,
                2,
                LocalDate.of(2026, 12, 1),
                1,
                "MAR",
                RABAT,
                SessionStatus.PLANNED,
                true,
                new Label(SECRET, "MAR", Set.of()));
        return group;
    }

    private void session(
            long committee,
            int number,
            LocalDate start,
            int days,
            String host,
            LocalizedText city,
            SessionStatus status,
            boolean illustrative,
            Label label) {
        committees.addSession(new NewSession(
                committee, number, start, start.plusDays(days - 1L), host, city, status, illustrative, label));
    }

    private static LocalizedText text(String fr, String ar, String en, String he) {
        return LocalizedText.of("ar", ar, "en", en, "fr", fr, "he", he);
    }

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
    private static final LocalizedText TEL_AVIV = text("Tel Aviv", "تل أبيب", "Tel Aviv", "תל אביב");
    private static final LocalizedText RABAT = text("Rabat", "الرباط", "Rabat", "רבאט");
    private static final LocalizedText PARIS = text("Paris", "باريس", "Paris", "פריז");
    private static final LocalizedText WASHINGTON = text("Washington", "واشنطن", "Washington", "וושינגטון");
}
