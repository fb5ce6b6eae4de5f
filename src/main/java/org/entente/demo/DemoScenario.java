package org.entente.demo;

import static org.entente.demo.DemoPeople.text;
import static org.entente.shared.Classification.CONFIDENTIAL;
import static org.entente.shared.Classification.RESTRICTED;
import static org.entente.shared.Classification.SECRET;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entente.agreements.Agreements;
import org.entente.agreements.ContextEvents;
import org.entente.committees.CommitteeKind;
import org.entente.committees.Committees;
import org.entente.committees.NewCommittee;
import org.entente.committees.NewSession;
import org.entente.committees.SessionStatus;
import org.entente.identity.Accounts;
import org.entente.identity.CommitteeRole;
import org.entente.identity.CommitteeRoles;
import org.entente.identity.NewAccount;
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
 * can hold them: the accounts, committees and sessions here; the organizations and people ({@link
 * DemoOrganizations}), the agreements ({@link DemoAgreements}), what the sessions recorded ({@link
 * DemoSessions}) and the work plans ({@link DemoWorkPlans}) each in their own class. Public facts
 * are plain records; everything invented is flagged illustrative.
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
        new DemoPeople(people, accounts).load(DemoPeople.Units.of(organizations, LOADER));
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
        new DemoOrganizations(organizations, people, accounts).load(LOADER);
        DemoAgreements.Loaded under = new DemoAgreements(agreements, contextEvents).load();
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

    private long loadIsraelMorocco(DemoAgreements.Loaded under) {
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

    private long loadFranceMorocco(DemoAgreements.Loaded under) {
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

    private long loadUnitedStatesMorocco(DemoAgreements.Loaded under) {
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

    static final LocalizedText TEL_AVIV = text("Tel Aviv", "تل أبيب", "Tel Aviv", "תל אביב");
    static final LocalizedText RABAT = text("Rabat", "الرباط", "Rabat", "רבאט");
    static final LocalizedText PARIS = text("Paris", "باريس", "Paris", "פריז");
    static final LocalizedText WASHINGTON = text("Washington", "واشنطن", "Washington", "וושינגטון");
}
