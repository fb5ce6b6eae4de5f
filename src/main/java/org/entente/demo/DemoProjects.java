package org.entente.demo;

import static org.entente.shared.Classification.RESTRICTED;
import static org.entente.shared.Classification.SECRET;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.agreements.AgreementKind;
import org.entente.agreements.AgreementSummary;
import org.entente.agreements.Agreements;
import org.entente.partners.NewOrganization;
import org.entente.partners.OrganizationKind;
import org.entente.partners.OrganizationSummary;
import org.entente.partners.Organizations;
import org.entente.projects.KpiDraft;
import org.entente.projects.MilestoneDraft;
import org.entente.projects.MilestoneUpdate;
import org.entente.projects.ProjectDraft;
import org.entente.projects.ProjectKpis;
import org.entente.projects.ProjectMilestones;
import org.entente.projects.Projects;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.SystemSubject;
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
 * The demo's industrial cooperation projects, loaded after the rest of the scenario.
 *
 * <p>Public: an Israeli company opened a plant producing unmanned aerial systems in Benslimane in
 * 2025, with technology transfer, training of Moroccan engineers and technicians, operation and
 * maintenance capability, and integration into Morocco's forces. Invented, and flagged
 * illustrative: the company's name, the dates, the milestones, the people responsible and every
 * figure; and the small France – Morocco project, which shows need-to-know (Israel does not see it).
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("entente.demo")
class DemoProjects implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

    private static final SystemSubject LOADER = new SystemSubject("demo-loader", "MAR", SECRET);

    private final Projects projects;
    private final ProjectMilestones milestones;
    private final ProjectKpis kpis;
    private final Organizations organizations;
    private final Agreements agreements;
    private final TransactionTemplate transaction;

    DemoProjects(
            Projects projects,
            ProjectMilestones milestones,
            ProjectKpis kpis,
            Organizations organizations,
            Agreements agreements,
            PlatformTransactionManager transactions) {
        this.projects = projects;
        this.milestones = milestones;
        this.kpis = kpis;
        this.organizations = organizations;
        this.agreements = agreements;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        LOADER.run(() -> transaction.executeWithoutResult(status -> {
            if (!projects.visibleTo(LOADER, Projects.Filter.NONE).isEmpty()) {
                log.info("Demo projects already in the database; left as they are");
                return;
            }
            load();
        }));
    }

    private void load() {
        List<OrganizationSummary> known = organizations.visibleTo(LOADER);
        Long armedForces = known.stream()
                .filter(o -> "FAR".equals(o.abbreviation()))
                .map(OrganizationSummary::id)
                .findFirst()
                .orElse(null);
        long company = organizations.add(new NewOrganization(
                "ISR",
                null,
                OrganizationKind.DEFENCE_COMPANY,
                text(
                        "Industriel israélien des systèmes aériens sans pilote (nom illustratif)",
                        "شركة إسرائيلية للأنظمة الجوية بدون طيار (اسم توضيحي)",
                        "Israeli unmanned aerial systems company (illustrative name)",
                        "חברה ישראלית למערכות אוויריות בלתי מאוישות (שם להמחשה)"),
                "UAS-CO",
                true,
                new Label(RESTRICTED, "MAR", Set.of("ISR"))));
        Long uasArrangement = agreementOf(AgreementKind.IMPLEMENTING_ARRANGEMENT, "ISR");
        Long franceArrangement = agreementOf(AgreementKind.TECHNICAL_ARRANGEMENT, "FRA");

        long benslimane = projects.create(
                LOADER,
                new ProjectDraft(
                        Map.of(
                                "fr", "Usine de systèmes aériens sans pilote de Benslimane",
                                "ar", "مصنع الأنظمة الجوية بدون طيار في بنسليمان",
                                "en", "Unmanned aerial systems plant in Benslimane",
                                "he", "מפעל מערכות אוויריות בלתי מאוישות בבן סלימאן"),
                        Map.of(
                                "fr",
                                "Public : une entreprise israélienne a ouvert en 2025 à Benslimane une usine de systèmes aériens sans pilote, avec transfert de technologie, formation d’ingénieurs et de techniciens marocains, capacité d’exploitation et de maintenance, et intégration dans les Forces armées royales. Illustratifs : les dates, les jalons, les responsables et les chiffres.",
                                "ar",
                                "معلومة عامة: افتتحت شركة إسرائيلية سنة 2025 في بنسليمان مصنعًا للأنظمة الجوية بدون طيار، مع نقل التكنولوجيا وتكوين مهندسين وتقنيين مغاربة وبناء القدرة على التشغيل والصيانة والإدماج في القوات المسلحة الملكية. توضيحي: التواريخ والمراحل والمسؤولون والأرقام.",
                                "en",
                                "Public: in 2025 an Israeli company opened a plant for unmanned aerial systems in Benslimane, with technology transfer, training of Moroccan engineers and technicians, operation and maintenance capability, and integration into the Royal Armed Forces. Illustrative: the dates, milestones, people responsible and figures.",
                                "he",
                                "מידע פומבי: ב־2025 פתחה חברה ישראלית בבן סלימאן מפעל למערכות אוויריות בלתי מאוישות, עם העברת טכנולוגיה, הכשרת מהנדסים וטכנאים מרוקאים, יכולת הפעלה ותחזוקה ושילוב בכוחות המזוינים המלכותיים. להמחשה: התאריכים, אבני הדרך, האחראים והנתונים."),
                        "MAR",
                        "ISR",
                        armedForces == null ? List.of(company) : List.of(company, armedForces),
                        Map.of("fr", "Benslimane", "ar", "بنسليمان", "en", "Benslimane", "he", "בן סלימאן"),
                        uasArrangement,
                        "UNMANNED_AERIAL_SYSTEMS",
                        "2024-06-01",
                        "2027-12-31",
                        "ACTIVE",
                        Map.of(
                                "MAR",
                                Map.of(
                                        "ar", "ضابط المشروع، القوات المسلحة الملكية (توضيحي)",
                                        "fr", "Officier de projet, Forces armées royales (illustratif)",
                                        "en", "Project officer, Royal Armed Forces (illustrative)",
                                        "he", "קצין הפרויקט, הכוחות המזוינים המלכותיים (להמחשה)"),
                                "ISR",
                                Map.of(
                                        "ar", "مدير البرنامج، الشركة (توضيحي)",
                                        "fr", "Directeur de programme, l’entreprise (illustratif)",
                                        "en", "Programme manager, the company (illustrative)",
                                        "he", "מנהל התוכנית, החברה (להמחשה)")),
                        "RESTRICTED",
                        List.of("ISR"),
                        true));
        milestone(
                benslimane,
                "2024-09-30",
                "2024-10-15",
                "Accord de transfert de technologie entre les industriels",
                "اتفاق نقل التكنولوجيا بين الشركات",
                "Technology transfer agreement between the companies",
                "הסכם העברת טכנולוגיה בין החברות");
        milestone(
                benslimane,
                "2025-06-30",
                "2025-07-22",
                "Ouverture de l’usine à Benslimane",
                "افتتاح المصنع في بنسليمان",
                "Plant opens in Benslimane",
                "פתיחת המפעל בבן סלימאן");
        milestone(
                benslimane,
                "2025-09-30",
                "2025-10-20",
                "Première promotion d’ingénieurs marocains formés",
                "تخرج أول دفعة من المهندسين المغاربة المكوَّنين",
                "First cohort of Moroccan engineers trained",
                "המחזור הראשון של מהנדסים מרוקאים הוכשר");
        milestone(
                benslimane,
                "2026-03-31",
                "2026-04-28",
                "Premiers systèmes intégrés sur le site",
                "أولى الأنظمة المدمجة في الموقع",
                "First systems integrated on site",
                "המערכות הראשונות שולבו באתר");
        milestone(
                benslimane,
                "2026-09-30",
                null,
                "Techniciens qualifiés pour la maintenance de premier niveau",
                "تأهيل التقنيين للصيانة من المستوى الأول",
                "Technicians qualified for first-level maintenance",
                "טכנאים הוסמכו לתחזוקה בדרג ראשון");
        milestone(
                benslimane,
                "2027-06-30",
                null,
                "Intégration dans les unités des Forces armées royales",
                "الإدماج في وحدات القوات المسلحة الملكية",
                "Integration into Royal Armed Forces units",
                "שילוב ביחידות הכוחות המזוינים המלכותיים");
        long atRisk = milestone(
                benslimane,
                "2027-10-31",
                null,
                "Maintenance de deuxième niveau assurée par les équipes marocaines",
                "صيانة المستوى الثاني تتولاها الفرق المغربية",
                "Second-level maintenance by Moroccan teams alone",
                "תחזוקה בדרג שני בידי צוותים מרוקאים בלבד");
        milestones.recordMilestone(
                LOADER,
                benslimane,
                atRisk,
                new MilestoneUpdate(
                        "AT_RISK",
                        null,
                        Map.of(
                                "fr", "Exemple : la livraison de l’outillage glisse",
                                "ar", "مثال: تأخر تسليم العدّة",
                                "en", "Illustrative: tooling delivery slips",
                                "he", "להמחשה: אספקת הכלים מתעכבת"),
                        null));
        measures(benslimane, "ENGINEERS", "40", "2025-03-31:0", "2025-09-30:8", "2026-03-31:18", "2026-09-30:26");
        measures(benslimane, "TECHNICIANS", "120", "2025-03-31:0", "2025-09-30:25", "2026-03-31:55", "2026-09-30:80");
        measures(benslimane, "LOCAL_CONTENT", "30", "2025-06-30:5", "2025-12-31:12", "2026-06-30:18");
        measures(benslimane, "CAPABILITY", "3", "2025-06-30:0", "2025-12-31:1", "2026-06-30:1", "2026-10-31:2");

        long workshop = projects.create(
                LOADER,
                new ProjectDraft(
                        Map.of(
                                "fr", "Atelier de formation à la maintenance aéronautique",
                                "ar", "ورشة التكوين في الصيانة الجوية",
                                "en", "Aeronautical maintenance training workshop",
                                "he", "סדנת הכשרה לתחזוקה אווירונאוטית"),
                        Map.of(
                                "fr", "Exemple illustratif, communicable à la France seulement.",
                                "ar", "مثال توضيحي، قابل للإفشاء إلى فرنسا فقط.",
                                "en", "An illustrative example, releasable to France only.",
                                "he", "דוגמה להמחשה, ניתנת לשחרור לצרפת בלבד."),
                        "MAR",
                        "FRA",
                        List.of(),
                        Map.of("fr", "Marrakech", "ar", "مراكش", "en", "Marrakesh", "he", "מרקש"),
                        franceArrangement,
                        "LOGISTICS_MAINTENANCE",
                        "2025-01-15",
                        "2026-12-31",
                        "ACTIVE",
                        Map.of(),
                        "RESTRICTED",
                        List.of("FRA"),
                        true));
        milestone(
                workshop,
                "2025-05-31",
                "2025-06-10",
                "Atelier équipé",
                "تجهيز الورشة",
                "Workshop equipped",
                "הסדנה צוידה");
        milestone(
                workshop,
                "2026-12-15",
                null,
                "Premiers mécaniciens certifiés",
                "أول الميكانيكيين المعتمدين",
                "First mechanics certified",
                "המכונאים הראשונים הוסמכו");
        measures(workshop, "OPERATORS", "30", "2025-06-30:6", "2026-06-30:14");
        log.info("Demo projects loaded: Benslimane (REL TO ISR) and a France – Morocco workshop (REL TO FRA)");
    }

    /** A milestone planned on a day, achieved on another (or not yet); invented, so illustrative. */
    private long milestone(long project, String planned, String achieved, String fr, String ar, String en, String he) {
        long id = milestones.addMilestone(
                LOADER,
                project,
                new MilestoneDraft(Map.of("fr", fr, "ar", ar, "en", en, "he", he), planned, null, true));
        if (achieved != null) {
            milestones.recordMilestone(LOADER, project, id, new MilestoneUpdate("ACHIEVED", achieved, null, null));
        }
        return id;
    }

    /** A commitment's history: each {@code day:actual} against the same target; invented, so illustrative. */
    private void measures(long project, String kpi, String target, String... dayAndActual) {
        for (String measure : dayAndActual) {
            String[] parts = measure.split(":");
            kpis.recordKpi(LOADER, project, new KpiDraft(kpi, parts[0], target, parts[1], null, true));
        }
    }

    private static LocalizedText text(String fr, String ar, String en, String he) {
        return LocalizedText.of("fr", fr, "ar", ar, "en", en, "he", he);
    }

    private Long agreementOf(AgreementKind kind, String partner) {
        return agreements.visibleTo(LOADER, new Agreements.Filter(partner, null, kind)).stream()
                .map(AgreementSummary::id)
                .findFirst()
                .orElse(null);
    }
}
