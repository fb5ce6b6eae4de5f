package org.entente.workplans;

import static org.entente.shared.Classification.CONFIDENTIAL;
import static org.entente.shared.Classification.RESTRICTED;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.entente.agreements.AgreementEventKind;
import org.entente.agreements.AgreementKind;
import org.entente.agreements.Agreements;
import org.entente.agreements.NewAgreement;
import org.entente.agreements.NewStatusEvent;
import org.entente.committees.CommitteeKind;
import org.entente.committees.Committees;
import org.entente.committees.NewCommittee;
import org.entente.committees.NewSession;
import org.entente.committees.SessionStatus;
import org.entente.identity.CommitteeRole;
import org.entente.identity.CommitteeRoles;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.SystemSubject;
import org.entente.support.Personas;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Records of the tests' own: an agreement between Israel and Morocco, a committee established
 * under it with a held session, planners of both parties, and plans with activities.
 */
class WorkPlansFixture {

    static final SystemSubject PLANNER_MAR = new SystemSubject("planner.mar", "MAR", CONFIDENTIAL);
    static final SystemSubject PLANNER_ISR = new SystemSubject("planner.isr", "ISR", CONFIDENTIAL);

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    record Setting(long agreement, long committee) {}

    private final Agreements agreements;
    private final Committees committees;
    private final CommitteeRoles roles;
    private final WorkPlans plans;
    private final PlatformTransactionManager transactions;

    WorkPlansFixture(
            Agreements agreements,
            Committees committees,
            CommitteeRoles roles,
            WorkPlans plans,
            PlatformTransactionManager transactions) {
        this.agreements = agreements;
        this.committees = committees;
        this.roles = roles;
        this.plans = plans;
        this.transactions = transactions;
    }

    /** The fixture on the running application's beans. */
    static WorkPlansFixture of(org.springframework.context.ApplicationContext context) {
        return new WorkPlansFixture(
                context.getBean(Agreements.class),
                context.getBean(Committees.class),
                context.getBean(CommitteeRoles.class),
                context.getBean(WorkPlans.class),
                context.getBean(PlatformTransactionManager.class));
    }

    <T> T as(SystemSubject subject, Supplier<T> work) {
        return Personas.inTransaction(transactions, subject, work);
    }

    void as(SystemSubject subject, Runnable work) {
        as(subject, () -> {
            work.run();
            return null;
        });
    }

    /** A fresh agreement and committee of Israel and Morocco, with the demo planners of both. */
    Setting setting() {
        int n = SEQUENCE.incrementAndGet();
        Label joint = new Label(RESTRICTED, "MAR", Set.of("ISR"));
        return as(PLANNER_MAR, () -> {
            long agreement = agreements.add(new NewAgreement(
                    AgreementKind.TECHNICAL_ARRANGEMENT,
                    List.of("ISR", "MAR"),
                    List.of(),
                    LocalDate.of(2024, 1, 10),
                    LocalizedText.of("en", "Rabat"),
                    null,
                    false,
                    List.of("TRAINING_EDUCATION"),
                    null,
                    LocalizedText.of("en", "Test arrangement " + n),
                    null,
                    true,
                    joint,
                    List.of(new NewStatusEvent(
                            AgreementEventKind.ENTERED_INTO_FORCE, LocalDate.of(2024, 1, 10), null, null, true))));
            long committee = committees.add(new NewCommittee(
                    "TWG" + n + "-ISR-MAR",
                    CommitteeKind.WORKING_GROUP,
                    LocalizedText.of("en", "Test working group " + n),
                    List.of("ISR", "MAR"),
                    agreement,
                    true,
                    joint));
            committees.addSession(new NewSession(
                    committee,
                    1,
                    LocalDate.of(2025, 12, 1),
                    LocalDate.of(2025, 12, 2),
                    "MAR",
                    LocalizedText.of("en", "Rabat"),
                    SessionStatus.HELD,
                    true,
                    joint));
            roles.grant("planner.mar", committee, CommitteeRole.PLANNER);
            roles.grant("planner.isr", committee, CommitteeRole.PLANNER);
            return new Setting(agreement, committee);
        });
    }

    long plan(Setting setting, int year) {
        return as(
                PLANNER_MAR,
                () -> plans.create(
                        PLANNER_MAR,
                        new NewPlan(setting.committee(), year, LocalizedText.of("en", "Plan " + year), null, true)));
    }

    static ActivityDraft draft(String title, int quarter) {
        return new ActivityDraft(
                LocalizedText.of("en", title, "ar", "نشاط"),
                LocalizedText.of("en", "A test activity"),
                ActivityType.WORKING_MEETING,
                "TRAINING_EDUCATION",
                List.of(),
                "MAR",
                "ISR",
                LocalizedText.of("en", "Tel Aviv"),
                quarter,
                null,
                null,
                Map.of("ISR", 4, "MAR", 6),
                WorkPlans.SHARED_COSTS);
    }

    long propose(SystemSubject who, long plan, String title, int quarter) {
        return as(who, () -> plans.propose(who, plan, draft(title, quarter)));
    }

    ActivitySummary activity(long id) {
        return as(PLANNER_MAR, () -> plans.activity(PLANNER_MAR, id).orElseThrow());
    }

    PlanSummary plan(long id) {
        return as(PLANNER_MAR, () -> plans.find(PLANNER_MAR, id).orElseThrow());
    }

    /** A plan of one activity approved by both parties, signed at session 1. */
    long signedPlan(Setting setting, int year) {
        long plan = plan(setting, year);
        long activity = propose(PLANNER_MAR, plan, "Signed activity", 2);
        as(PLANNER_ISR, () -> plans.approve(PLANNER_ISR, activity, "ISR", null));
        as(PLANNER_MAR, () -> plans.sign(PLANNER_MAR, plan, null, 1, signatories()));
        return plan;
    }

    /** The setting's agreement suspended from {@code from} by Morocco (its activities go on hold). */
    void suspend(Setting setting, LocalDate from) {
        as(
                PLANNER_MAR,
                () -> agreements.recordEvent(
                        PLANNER_MAR,
                        setting.agreement(),
                        new NewStatusEvent(
                                AgreementEventKind.SUSPENDED,
                                from,
                                LocalizedText.of("en", "Test suspension"),
                                null,
                                true)));
    }

    static List<PlanSignatory> signatories() {
        return List.of(
                new PlanSignatory("ISR", "Head of planning (role)", "Co-chair"),
                new PlanSignatory("MAR", "Director of cooperation (role)", "Co-chair"));
    }
}
