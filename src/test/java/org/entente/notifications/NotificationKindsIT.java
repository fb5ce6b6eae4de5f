package org.entente.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.entente.DemoApplicationTest;
import org.entente.agreements.Agreements;
import org.entente.comments.Comments;
import org.entente.comments.Watching;
import org.entente.shared.Classification;
import org.entente.shared.LocalizedText;
import org.entente.support.Personas.Persona;
import org.entente.support.TestAgreements;
import org.entente.support.WithTestSmtp;
import org.entente.workplans.NewPlan;
import org.entente.workplans.PlanEvents;
import org.entente.workplans.WorkPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The notification kinds the issue lists that {@link NotificationsIT} does not play: a decision on
 * an activity proposal, a plan signed and closed, an agreement resumed, a committee watched as a
 * whole; and a mail's two parts (plain text and HTML, in Arabic, right to left).
 */
@DemoApplicationTest
class NotificationKindsIT implements WithTestSmtp {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    WorkPlans plans;

    @Autowired
    Agreements agreements;

    @Autowired
    Comments comments;

    @Autowired
    Watching watching;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    MailDelivery sender;

    TheirNotifications their;

    @BeforeEach
    void aCleanMailbox() throws Exception {
        their = new TheirNotifications(mvc);
        sender.drain();
        WithTestSmtp.smtp().purgeEmailFromAllMailboxes();
    }

    /** Israel approves Morocco's proposal: the Moroccan planner who proposed it is told, nobody else. */
    @Test
    void thePartnersApprovalOfAnActivityProposalIsToldToItsProposer() throws Exception {
        var morocco = Persona.PLANNER_MAR.subject();
        var israel = Persona.PLANNER_ISR.subject();
        long plan = inTransaction(
                transactions,
                morocco,
                () -> plans.create(
                        morocco, new NewPlan(committee(), 2087, LocalizedText.of("en", "Plan 2087"), null, true)));
        long activity = inTransaction(
                transactions, morocco, () -> plans.propose(morocco, plan, CollaborationBrowserIT.proposal()));
        String record = "activity:" + activity;
        their.awaitNotified("planner.isr", record);

        inTransaction(transactions, israel, () -> plans.approve(israel, activity, "ISR", null));
        their.awaitNotified("planner.mar", record);
        assertThat(their.told("planner.mar", record))
                .as("the proposer is told of the partner's approval, and only of it")
                .singleElement()
                .satisfies(n -> assertThat(n.get("kind").asString()).isEqualTo("PROPOSAL_APPROVED"));
        assertThat(their.told("planner.isr", record))
                .as("the partner who approved is told only that the proposal awaited it")
                .singleElement()
                .satisfies(n -> assertThat(n.get("kind").asString()).isEqualTo("PROPOSAL_AWAITING"));
        assertThat(their.told("viewer.mar", record)).as("only the proposer").isEmpty();
    }

    /** A plan signed, then closed: everyone who may read it is told each, France never. */
    @Test
    void aPlanSignedAndClosedIsToldToThoseWhoMayReadIt() throws Exception {
        long plan = inTransaction(
                transactions, HOST, () -> sql.sql("""
                                select id from workplans.plan
                                 where committee_code = 'JMC-ISR-MAR' and year = 2026 and status <> 'DRAFT'""").query(Long.class).single());
        String record = "plan:" + plan;
        // The events as the plan's signing and closing publish them, in the writing transaction: the
        // demo's plan is signed already, and closing it would change what other tests read.
        inTransaction(transactions, Persona.PLANNER_ISR.subject(), () -> {
            events.publishEvent(new PlanEvents.PlanSigned(plan, "ISR"));
            return null;
        });
        their.awaitNotified("planner.mar", record);
        inTransaction(transactions, Persona.PLANNER_MAR.subject(), () -> {
            events.publishEvent(new PlanEvents.PlanClosed(plan, "MAR"));
            return null;
        });
        for (String reader : List.of("planner.mar", "planner.isr")) {
            their.awaitNotified(reader, record);
            org.awaitility.Awaitility.await()
                    .atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> their.told(reader, record).size() == 2);
            assertThat(their.told(reader, record).stream()
                            .map(n -> n.get("kind").asString()))
                    .as(reader)
                    .containsExactlyInAnyOrder("PLAN_SIGNED", "PLAN_CLOSED");
        }
        assertThat(their.records("planner.fra"))
                .as("France may not read the plan")
                .doesNotContain(record);
    }

    /** An agreement suspended, then resumed: its readers are told both, with the suspension's reason. */
    @Test
    void anAgreementResumedIsToldToThoseWhoMayReadIt() throws Exception {
        long agreement =
                TestAgreements.add(agreements, transactions, "Resumed arrangement", Classification.RESTRICTED, "ISR");
        String record = "agreement:" + agreement;
        event(agreement, "SUSPENDED", "2024-06-01", "Crisis");
        their.awaitNotified("liaison.isr", record);
        event(agreement, "RESUMED", "2024-09-01", "");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(30))
                .until(() -> their.told("liaison.isr", record).size() == 2);
        assertThat(their.told("liaison.isr", record).stream()
                        .map(n -> n.get("kind").asString()))
                .containsExactlyInAnyOrder("AGREEMENT_SUSPENDED", "AGREEMENT_RESUMED");
        assertThat(their.told("planner.isr", record).stream()
                        .map(n -> n.get("kind").asString()))
                .contains("AGREEMENT_RESUMED");
        assertThat(their.records("planner.fra")).doesNotContain(record);
    }

    /**
     * viewer.mar watches the joint committee, not the activity: a comment on one of its plans'
     * activities reaches them as a comment on something they watch.
     */
    @Test
    void aCommitteesMemberWatchingTheWholeCommitteeHearsOfACommentOnItsActivity() throws Exception {
        var viewer = Persona.VIEWER_MAR.subject();
        var israel = Persona.PLANNER_ISR.subject();
        long committee = committee();
        long activity = inTransaction(
                transactions, HOST, () -> sql.sql("""
                                select min(a.id) from workplans.activity a join workplans.plan p on p.id = a.plan_id
                                 where p.committee_code = 'JMC-ISR-MAR' and a.classification <= 1
                                   and 'ISR' = any (a.releasable_to)""").query(Long.class).single());
        inTransaction(
                transactions,
                HOST,
                () -> sql.sql("delete from comments.watch where account = 'viewer.mar' and record_type = 'activity'")
                        .update());
        inTransaction(transactions, viewer, () -> watching.watch(viewer, "committee", committee, true));

        long comment = inTransaction(
                        transactions,
                        israel,
                        () -> comments.post(israel, "activity", activity, "Who leads the course?", false))
                .id();
        String record = "comment:" + comment;
        their.awaitNotified("viewer.mar", record);
        assertThat(their.told("viewer.mar", record))
                .singleElement()
                .satisfies(n -> assertThat(n.get("kind").asString()).isEqualTo("COMMENT_ON_WATCHED"));
        assertThat(their.records("planner.fra")).doesNotContain(record);
    }

    /**
     * A mail goes out in two parts, plain text and HTML (multipart/alternative), both in the
     * recipient's language; in Arabic the HTML reads right to left.
     */
    @Test
    void aMailHasAPlainTextAndAnHtmlPartInTheRecipientsLanguageRightToLeftInArabic() throws Exception {
        sql.sql("update identity.account set language = 'ar' where username = 'viewer.mar'")
                .update();
        mvc.perform(post("/notifications/mail")
                        .session(signIn(mvc, "viewer.mar"))
                        .with(csrf())
                        .param("address", "viewer.mar.ar@example.org")
                        .param("choice", "IMMEDIATE"))
                .andExpect(status().isFound());
        long agreement = TestAgreements.add(
                agreements, transactions, "Two-part arrangement", Classification.UNCLASSIFIED, "ISR");
        event(agreement, "SUSPENDED", "2024-06-01", "Crisis");
        their.awaitNotified("viewer.mar", "agreement:" + agreement);
        sender.drain();

        List<MimeMessage> mails = new ArrayList<>();
        for (MimeMessage message : WithTestSmtp.smtp().getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals("viewer.mar.ar@example.org")) {
                mails.add(message);
            }
        }
        assertThat(mails).hasSize(1);
        Part alternative = alternative(mails.get(0));
        assertThat(alternative).as("a multipart/alternative part").isNotNull();
        Multipart parts = (Multipart) alternative.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        String text = WithTestSmtp.text(parts.getBodyPart(0));
        String html = WithTestSmtp.text(parts.getBodyPart(1));
        assertThat(parts.getBodyPart(0).isMimeType("text/plain"))
                .as("first the plain text")
                .isTrue();
        assertThat(parts.getBodyPart(1).isMimeType("text/html"))
                .as("then the HTML")
                .isTrue();
        String link = WithTestSmtp.BASE_URL + "/agreements/" + agreement;
        assertThat(text).contains(link).doesNotContain("<html", "<p");
        assertThat(html)
                .contains("href=\"" + link + "\"")
                .contains("dir=\"rtl\"")
                .contains("lang=\"ar\"");
        // The words are Arabic in both (the kind's sentence, "suspended").
        assertThat(text).containsPattern("\\p{IsArabic}{3,}");
        assertThat(html).containsPattern("\\p{IsArabic}{3,}");
        assertThat(mails.get(0).getSubject()).containsPattern("\\p{IsArabic}{3,}");
    }

    /** The first multipart/alternative part of a mail (itself, or inside a multipart/mixed). */
    private static Part alternative(Part part) throws Exception {
        if (part.isMimeType("multipart/alternative")) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = alternative(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private long committee() {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select id from committees.committee where code = 'JMC-ISR-MAR'")
                        .query(Long.class)
                        .single());
    }

    private void event(long agreement, String kind, String date, String reason) throws Exception {
        mvc.perform(post("/agreements/" + agreement + "/events")
                        .session(signIn(mvc, "planner.mar"))
                        .with(csrf())
                        .param("kind", kind)
                        .param("date", date)
                        .param("reason.en", reason)
                        .param("note.en", ""))
                .andExpect(status().isFound());
    }
}
