package org.entente.demo;

import static org.entente.demo.DemoPeople.text;
import static org.entente.shared.Classification.UNCLASSIFIED;

import java.util.Set;
import org.entente.identity.Accounts;
import org.entente.partners.NewOrganization;
import org.entente.partners.OrganizationKind;
import org.entente.partners.Organizations;
import org.entente.partners.People;
import org.entente.shared.Label;
import org.entente.shared.Subject;

/**
 * The organizations of the demo (the Moroccan chain from the National Defence Administration down
 * to the cooperation directorate, the Israeli one down to the international cooperation division,
 * the French and American ministries), released to the partners who work with them, and then the
 * demo's people ({@link DemoPeople}) who work in them.
 */
final class DemoOrganizations {

    private final Organizations organizations;
    private final People people;
    private final Accounts accounts;

    DemoOrganizations(Organizations organizations, People people, Accounts accounts) {
        this.organizations = organizations;
        this.people = people;
        this.accounts = accounts;
    }

    /** Records the organizations, then the people who work in them (the units read back as the loader sees them). */
    void load(Subject loader) {
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
        organizations.add(new NewOrganization(
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
        organizations.add(new NewOrganization(
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

        organizations.add(new NewOrganization(
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
        var units = DemoPeople.Units.of(organizations, loader);
        demoPeople.load(units);
        demoPeople.loadFigures(units);
    }
}
