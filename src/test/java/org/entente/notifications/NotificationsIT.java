package org.entente.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.entente.DemoApplicationTest;
import org.entente.agreements.Agreements;
import org.entente.shared.Classification;
import org.entente.support.TestAgreements;
import org.entente.support.WithTestSmtp;
import org.entente.support.WithTestSmtp.Smtp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * Notifications end to end, with a real SMTP server (GreenMail) on a port of the test's own: who is
 * told of what (the persona matrix), the mails read back (language, cap, link), a relabel or a
 * disabled account at send time, and an SMTP server that is down and then up again.
 */
@DemoApplicationTest
class NotificationsIT implements WithTestSmtp {

    private static final jakarta.servlet.http.Cookie ENGLISH = new jakarta.servlet.http.Cookie("ENTENTE_LANG", "en");

    @Autowired
    MockMvc mvc;

    @Autowired
    Agreements agreements;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient sql;

    @Autowired
    MailDelivery sender;

    @Autowired
    DailyJobs daily;

    @Autowired
    org.entente.workplans.WorkPlans plans;

    @BeforeEach
    void aCleanMailbox() throws Exception {
        sender.drain();
        WithTestSmtp.smtp().purgeEmailFromAllMailboxes();
    }

    @Test
    void aSuspensionIsToldToEveryoneWhoMayReadTheAgreementAndToNobodyElse() throws Exception {
        long restricted = agreement("Notified arrangement", Classification.RESTRICTED, "ISR");
        long confidential = agreement("Confidential arrangement", Classification.CONFIDENTIAL, "ISR");
        long franceMorocco = agreement("France and Morocco arrangement", Classification.RESTRICTED, "FRA");

        suspend(restricted);
        suspend(confidential);
        suspend(franceMorocco);

        awaitNotified("planner.fra", "agreement:" + franceMorocco);
        awaitNotified("planner.isr", "agreement:" + confidential);
        awaitNotified("liaison.isr", "agreement:" + restricted);

        assertThat(records("planner.isr"))
                .contains("agreement:" + restricted, "agreement:" + confidential)
                .doesNotContain("agreement:" + franceMorocco);
        assertThat(records("liaison.isr"))
                .contains("agreement:" + restricted)
                .as("liaison.isr (RESTRICTED) never learns of a CONFIDENTIAL record")
                .doesNotContain("agreement:" + confidential, "agreement:" + franceMorocco);
        assertThat(records("planner.fra"))
                .contains("agreement:" + franceMorocco)
                .doesNotContain("agreement:" + restricted, "agreement:" + confidential);
        assertThat(records("planner.mar"))
                .contains("agreement:" + restricted, "agreement:" + confidential, "agreement:" + franceMorocco);
    }

    @Test
    void theBellCountsTheUnreadAndMarkingAllReadEmptiesIt() throws Exception {
        long agreement = agreement("Bell arrangement", Classification.UNCLASSIFIED, "ISR");
        suspend(agreement);
        awaitNotified("admin.isr", "agreement:" + agreement);
        MockHttpSession admin = signIn(mvc, "admin.isr");

        String bell = mvc.perform(get("/notifications/bell").session(admin))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bell).doesNotContain(">0<").contains("id=\"notification-count\"");
        // Every page writes the same count into its bell (no request of its own on load), then polls it.
        int counted = unread(admin);
        assertThat(counted).isPositive();
        assertThat(bellOnPage(admin)).isEqualTo(counted);
        mvc.perform(post("/api/v1/me/notifications/read").session(admin).with(csrf()))
                .andExpect(status().isOk());
        assertThat(mvc.perform(get("/notifications/bell").session(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(">0<");
        assertThat(bellOnPage(admin)).isZero();
        JsonNode list = api(admin);
        assertThat(list.get("items").valueStream().map(n -> n.get("read").asBoolean()))
                .isNotEmpty()
                .allMatch(read -> read);
    }

    @Test
    void theMailIsInTheRecipientsLanguageAndCarriesNoTitleAboveTheCap() throws Exception {
        mailTo("planner.isr", "planner.isr@example.org", "fr");
        long open = agreement("Open arrangement", Classification.UNCLASSIFIED, "ISR");
        long restricted = agreement("Restricted arrangement", Classification.RESTRICTED, "ISR");

        suspend(open);
        awaitNotified("planner.isr", "agreement:" + open);
        suspend(restricted);
        awaitNotified("planner.isr", "agreement:" + restricted);
        sender.drain();

        List<String> mails = WithTestSmtp.mailsTo("planner.isr@example.org");
        String openMail = only(mails, "/agreements/" + open);
        assertThat(openMail)
                .contains("Un accord a été suspendu")
                .contains("Open arrangement")
                .contains("https://entente.example.org/agreements/" + open);
        String restrictedMail = only(mails, "/agreements/" + restricted);
        assertThat(restrictedMail)
                .contains("Un accord a été suspendu")
                .contains("https://entente.example.org/agreements/" + restricted)
                .as("above entente.mail.max-classification: neither the title nor the reason")
                .doesNotContain("Restricted arrangement")
                .doesNotContain("Crisis");
    }

    @Test
    void manyMailsGoOutInAFewStatementsEachInItsRecipientsLanguage() throws Exception {
        mailTo("planner.isr", "planner.isr@example.org", "fr");
        mailTo("liaison.isr", "liaison.isr@example.org", "en");
        long agreement = agreement("Batched arrangement", Classification.UNCLASSIFIED, "ISR");
        int each = 30;
        // Notices of the agreement to both, each with its mail, as the producer stores and queues them.
        org.entente.support.Personas.inTransaction(
                transactions,
                org.entente.support.Personas.HOST,
                () -> sql.sql("""
                                with n as (
                                  insert into notifications.notification (recipient, kind, record_type, record_id, href,
                                         title, dedupe_key, classification, owner_nation, releasable_to)
                                  select r, 'AGREEMENT_SUSPENDED', 'agreement', a.id, '/agreements/' || a.id,
                                         '{"en": "Batched arrangement"}', 'batched:' || g, a.classification,
                                         a.owner_nation, a.releasable_to
                                    from agreements.agreement a, generate_series(1, :each) g,
                                         unnest(array['planner.isr', 'liaison.isr']) r
                                   where a.id = :agreement
                                  returning id, recipient)
                                insert into notifications.mail (recipient, notification_id, kind)
                                select recipient, id, 'NOTICE' from n""")
                        .param("each", each)
                        .param("agreement", agreement)
                        .update());

        List<String> statements = org.entente.pages.StatementCounter.during(() -> sender.drain());

        List<String> french = WithTestSmtp.mailsTo("planner.isr@example.org");
        List<String> english = WithTestSmtp.mailsTo("liaison.isr@example.org");
        assertThat(french)
                .hasSize(each)
                .allMatch(mail -> mail.contains("Un accord a été suspendu")
                        && mail.contains("Batched arrangement")
                        && mail.contains("https://entente.example.org/agreements/" + agreement));
        assertThat(english)
                .hasSize(each)
                .allMatch(mail -> mail.contains("An agreement was suspended")
                        && mail.contains("https://entente.example.org/agreements/" + agreement));
        // Each recipient's account, address and notices are read once per batch, the sent marked once
        // per connection (each a transaction: its reader's settings, then the statement): 18 for these
        // 60 mails. Sending one mail at a time asked about 17 statements per mail (bench/collab-cost.sh).
        assertThat(statements).as("statements for %d mails", 2 * each).hasSizeLessThan(each);
    }

    @Test
    void aDisabledAccountIsSentNothing() throws Exception {
        mailTo("admin.isr", "admin.isr@example.org", "en");
        long agreement = agreement("Disabled arrangement", Classification.UNCLASSIFIED, "ISR");
        suspend(agreement);
        awaitNotified("admin.isr", "agreement:" + agreement);
        sql.sql("update identity.account set enabled = false where username = 'admin.isr'")
                .update();
        try {
            sender.drain();
        } finally {
            sql.sql("update identity.account set enabled = true where username = 'admin.isr'")
                    .update();
        }
        assertThat(WithTestSmtp.mailsTo("admin.isr@example.org")).isEmpty();
        assertThat(sql.sql("select status from notifications.mail where recipient = 'admin.isr'")
                        .query(String.class)
                        .list())
                .contains("DROPPED")
                .doesNotContain("SENT");
    }

    @Test
    void anSmtpServerThatIsDownDelaysTheMailAndTheWriteStillSucceeds() throws Exception {
        mailTo("liaison.isr", "liaison.isr@example.org", "ar");
        long agreement = agreement("Delayed arrangement", Classification.UNCLASSIFIED, "ISR");
        Smtp.stop();
        try {
            suspend(agreement);
            awaitNotified("liaison.isr", "agreement:" + agreement);
            assertThat(sender.drain()).isZero();
            assertThat(sql.sql("select status from notifications.mail where recipient = 'liaison.isr'")
                            .query(String.class)
                            .list())
                    .containsExactly("WAITING");
            assertThat(sql.sql("select max(attempts) from notifications.mail where status = 'WAITING'")
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            Smtp.restart();
        }
        sql.sql("update notifications.mail set next_attempt_at = now() where status = 'WAITING'")
                .update();
        assertThat(sender.drain()).isPositive();
        String mail = only(WithTestSmtp.mailsTo("liaison.isr@example.org"), "/agreements/" + agreement);
        assertThat(mail).contains("عُلِّق اتفاق").contains("Delayed arrangement");
    }

    @Test
    void aRelabelHidesTheNotificationAndItsMailDoesNotGoOut() throws Exception {
        mailTo("planner.isr", "planner.isr@example.org", "en");
        long agreement = agreement("Relabelled arrangement", Classification.UNCLASSIFIED, "ISR");
        suspend(agreement);
        awaitNotified("planner.isr", "agreement:" + agreement);
        MockHttpSession isr = signIn(mvc, "planner.isr");
        int unreadBefore = unread(isr);

        // Morocco takes Israel off the release, by whatever path: the notification follows its record.
        assertThat(org.entente.support.Personas.inTransaction(
                        transactions,
                        org.entente.support.Personas.HOST,
                        () -> sql.sql("update agreements.agreement set releasable_to = '{}' where id = :id")
                                .param("id", agreement)
                                .update()))
                .isEqualTo(1);

        assertThat(records(isr)).doesNotContain("agreement:" + agreement);
        // The bell counts in one statement that checks each row's record, never one query per row.
        List<String> statements = org.entente.pages.StatementCounter.during(() -> unread(isr));
        assertThat(statements.stream().filter(q -> q.contains("notifications.notification")))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("count(*)", NotificationStore.STILL_READABLE);
        assertThat(unread(isr)).as("the bell no longer counts it").isEqualTo(unreadBefore - 1);
        assertThat(records("planner.mar")).as("Morocco still reads it").contains("agreement:" + agreement);
        sender.drain();
        assertThat(WithTestSmtp.mailsTo("planner.isr@example.org"))
                .as("its waiting mail does not go out")
                .noneMatch(mail -> mail.contains("/agreements/" + agreement));
    }

    @Test
    void aDelegateIsInvitedAChangeSendsTheNextSequenceAndACancellationCancels() throws Exception {
        mailTo("planner.isr", "planner.isr@example.org", "fr");
        // A session of the Israel – Morocco committee three weeks ahead, planner.isr's person a delegate.
        long[] session =
                org.entente.support.Personas.inTransaction(transactions, org.entente.support.Personas.HOST, () -> {
                    var found = sql.sql("""
                                    select s.id, s.committee_id, s.number from committees.session s
                                      join committees.committee c on c.id = s.committee_id
                                     where c.code = 'JMC-ISR-MAR' order by s.number desc limit 1""")
                            .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                            .single();
                    sql.sql("""
                                    update committees.session set start_date = current_date + 20,
                                           end_date = current_date + 22, status = 'PLANNED' where id = :id""").param("id", found[0]).update();
                    assertThat(sql.sql("""
                                    insert into committees.delegate (session_id, nation, person_id, name, role,
                                                                     classification, owner_nation, releasable_to)
                                    select s.id, 'ISR', a.person_id, '{"en": "Invited delegate"}', 'MEMBER',
                                           s.classification, s.owner_nation, s.releasable_to
                                      from committees.session s, identity.account a
                                     where s.id = :id and a.username = 'planner.isr' and a.person_id is not null""").param("id", found[0]).update())
                            .as("planner.isr has a person to be a delegate")
                            .isEqualTo(1);
                    return found;
                });
        String uid = "UID:session-" + session[1] + "-" + session[2] + "@entente.example.org";

        sessions().touch(session, "Invitation check");
        String invitation = awaitInvitation(1);
        assertThat(invitation)
                .contains("METHOD:REQUEST", uid, "SEQUENCE:0", "ATTENDEE:mailto:planner.isr@example.org")
                .contains("https://entente.example.org/committees/" + session[1] + "/sessions/" + session[2])
                .as("a session above the cap: only that it changed, in the recipient's language; no place")
                .contains("Une session à laquelle vous êtes invité a changé")
                .doesNotContain("LOCATION");

        sessions().touch(session, "Invitation check");
        // Its listener runs after the commit: wait until it has, so that it neither passes this check
        // by running late nor sees the date changed below (it did, and sent that change a second time).
        sessions().awaitNoPublicationPending();
        sender.drain();
        assertThat(invitations())
                .as("a write that changes neither date, place nor status sends nothing")
                .hasSize(1);

        sessions().inHost("update committees.session set end_date = end_date + 1 where id = " + session[0]);
        sessions().touch(session, "Invitation check");
        assertThat(awaitInvitation(2)).contains("METHOD:REQUEST", uid, "SEQUENCE:1");

        sessions().inHost("update committees.session set status = 'CANCELLED' where id = " + session[0]);
        sessions().touch(session, "Invitation check");
        assertThat(awaitInvitation(3)).contains("METHOD:CANCEL", uid, "SEQUENCE:2", "STATUS:CANCELLED");
    }

    @Test
    void aDelegateChosenAmongThePeopleOnRecordIsInvitedAtTheirAccountAndShownByTheirRecord() throws Exception {
        mailTo("planner.fra", "planner.fra@example.org", "fr");
        // The France – Morocco commission's next session (15 December 2026, planned), written by Morocco.
        long[] session = org.entente.support.Personas.inTransaction(
                transactions,
                org.entente.support.Personas.HOST,
                () -> sql.sql("""
                                select s.committee_id, s.number from committees.session s
                                  join committees.committee c on c.id = s.committee_id
                                 where c.code = 'CMM-FRA-MAR' and s.status = 'PLANNED'
                                 order by s.number desc limit 1""")
                        .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                        .single());
        long claire = person("planner.fra");
        long eitan = person("planner.isr");
        String base = "/committees/" + session[0] + "/sessions/" + session[1];
        MockHttpSession mar = signIn(mvc, "planner.mar");
        String form = mvc.perform(get(base).session(mar).cookie(ENGLISH))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(form)
                .as("the form offers the parties' people by name and function, in the reader's language")
                .contains("<option value=\"" + claire + "\"")
                .contains("Claire Dubois", "Planning officer, France – Morocco Joint Military Commission")
                .as("and no one of a nation outside the session")
                .doesNotContain("<option value=\"" + eitan + "\"");

        // A person of another nation than the delegate's, and one that is not a number: refused, nothing stored.
        for (String[] refused : new String[][] {
            {Long.toString(eitan), "choose a person of the delegate’s nation"},
            {"Claire", "choose a person from the list"}
        }) {
            mvc.perform(addDelegate(base, mar, refused[0], "MEMBER"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .string(org.hamcrest.Matchers.containsString(refused[1])));
        }
        assertThat(delegates(session)).isZero();

        // Claire Dubois chosen, no name typed: her record's name, her account invited.
        mvc.perform(addDelegate(base, mar, Long.toString(claire), "HEAD")).andExpect(status().isFound());
        assertThat(delegates(session)).isOne();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sql.sql("select count(*) from notifications.mail where kind = 'INVITATION'"
                                        + " and recipient = 'planner.fra'")
                                .query(Integer.class)
                                .single()
                        == 1);
        sender.drain();
        assertThat(WithTestSmtp.mailsTo("planner.fra@example.org"))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("METHOD:REQUEST", "ATTENDEE:mailto:planner.fra@example.org")
                .contains(WithTestSmtp.BASE_URL + base);
        String page = mvc.perform(get(base).session(mar).cookie(ENGLISH))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String delegations =
                page.substring(page.indexOf("id=\"delegations-heading\""), page.indexOf("id=\"add-delegate\""));
        assertThat(delegations)
                .as("the delegation names her by her record: rank, name and function")
                .contains(
                        "person__name",
                        "Claire Dubois",
                        "Planning officer, France – Morocco Joint Military Commission");
    }

    /** The delegation form as posted by Morocco for a French delegate, in English. */
    /**
     * A proposal awaits the partner (planner.isr is told, not its proposer, not France); the partner's
     * rejection tells the proposer alone, with the reason given.
     */
    @Test
    void aProposalAwaitsThePartnerAndItsRejectionTellsTheProposerWithTheReason() throws Exception {
        var mar = org.entente.support.Personas.Persona.PLANNER_MAR.subject();
        var isr = org.entente.support.Personas.Persona.PLANNER_ISR.subject();
        long plan = org.entente.support.Personas.inTransaction(
                transactions,
                org.entente.support.Personas.HOST,
                () -> sql.sql("""
                                select id from workplans.plan
                                 where committee_code = 'JMC-ISR-MAR' and year = 2026 and status <> 'DRAFT'""").query(Long.class).single());
        int number = org.entente.support.Personas.inTransaction(
                transactions, mar, () -> plans.proposeAmendment(mar, plan, null, CollaborationBrowserIT.proposal()));
        long amendment = org.entente.support.Personas.inTransaction(
                transactions,
                org.entente.support.Personas.HOST,
                () -> sql.sql("select id from workplans.amendment where plan_id = :plan and number = :number")
                        .param("plan", plan)
                        .param("number", number)
                        .query(Long.class)
                        .single());
        String record = "amendment:" + amendment;
        awaitNotified("planner.isr", record);
        assertThat(told("planner.isr", record))
                .singleElement()
                .satisfies(n -> assertThat(n.get("kind").asString()).isEqualTo("AMENDMENT_AWAITING"));

        String reason = "Not before the air force has been consulted " + System.nanoTime();
        org.entente.support.Personas.inTransaction(
                transactions,
                isr,
                () -> plans.rejectAmendment(
                        isr, plan, number, null, org.entente.shared.LocalizedText.of("en", reason)));
        awaitNotified("planner.mar", record);
        assertThat(told("planner.mar", record))
                .as("the proposer is told of the decision, with its reason, and only of it")
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.get("kind").asString()).isEqualTo("AMENDMENT_REJECTED");
                    assertThat(n.get("excerpt").toString()).contains(reason);
                });
        assertThat(told("planner.isr", record))
                .as("the partner who decided is not told again")
                .hasSize(1);
        assertThat(records("planner.fra")).as("France may not read the plan").doesNotContain(record);
        assertThat(told("liaison.isr", record))
                .as("Israel's liaison is told that it awaits Israel, never of the decision")
                .singleElement()
                .satisfies(n -> assertThat(n.get("kind").asString()).isEqualTo("AMENDMENT_AWAITING"));
    }

    private List<JsonNode> told(String username, String record) throws Exception {
        return new TheirNotifications(mvc).told(username, record);
    }

    private static org.springframework.test.web.servlet.RequestBuilder addDelegate(
            String base, MockHttpSession session, String person, String role) {
        return post(base + "/delegates")
                .session(session)
                .cookie(ENGLISH)
                .with(csrf())
                .param("nation", "FRA")
                .param("person", person)
                .param("role", role);
    }

    private long person(String username) {
        return sql.sql("select person_id from identity.account where username = :u")
                .param("u", username)
                .query(Long.class)
                .single();
    }

    private int delegates(long[] session) {
        return org.entente.support.Personas.inTransaction(
                transactions,
                org.entente.support.Personas.HOST,
                () -> sql.sql(
                                "select count(*) from committees.delegate d join committees.session s on s.id = d.session_id"
                                        + " where s.committee_id = :c and s.number = :n")
                        .param("c", session[0])
                        .param("n", session[1])
                        .query(Integer.class)
                        .single());
    }

    @Test
    void aDailyDigestGathersTheDaysNotificationsInOneMailInTheRecipientsLanguage() throws Exception {
        sql.sql("update identity.account set language = 'he' where username = 'liaison.isr'")
                .update();
        mvc.perform(post("/notifications/mail")
                        .session(signIn(mvc, "liaison.isr"))
                        .with(csrf())
                        .param("address", "digest.liaison@example.org")
                        .param("choice", "DAILY"))
                .andExpect(status().isFound());
        long first = agreement("First digested arrangement", Classification.UNCLASSIFIED, "ISR");
        long second = agreement("Second digested arrangement", Classification.UNCLASSIFIED, "ISR");
        suspend(first);
        suspend(second);
        awaitNotified("liaison.isr", "agreement:" + first);
        awaitNotified("liaison.isr", "agreement:" + second);
        sender.drain();
        assertThat(WithTestSmtp.mailsTo("digest.liaison@example.org"))
                .as("nothing at once")
                .isEmpty();

        daily.daily();
        sender.drain();
        List<String> digests = WithTestSmtp.mailsTo("digest.liaison@example.org");
        assertThat(digests).hasSize(1);
        assertThat(digests.get(0))
                .contains("First digested arrangement", "Second digested arrangement")
                .contains("https://entente.example.org/agreements/" + first)
                .contains("https://entente.example.org/agreements/" + second)
                .contains("הושעה");
        daily.daily();
        sender.drain();
        assertThat(WithTestSmtp.mailsTo("digest.liaison@example.org"))
                .as("one digest a day")
                .hasSize(1);
    }

    private List<String> invitations() throws Exception {
        return WithTestSmtp.mailsTo("planner.isr@example.org").stream()
                .filter(mail -> mail.contains("BEGIN:VCALENDAR"))
                .toList();
    }

    /** Waits for the {@code count}th invitation to be queued, sends it and answers it. */
    private String awaitInvitation(int count) throws Exception {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> sql.sql("select count(*) from notifications.mail where kind = 'INVITATION'"
                                        + " and recipient = 'planner.isr'")
                                .query(Integer.class)
                                .single()
                        >= count);
        sender.drain();
        List<String> all = invitations();
        assertThat(all).hasSize(count);
        return all.get(count - 1).replace("\r\n ", "").replace("\r\n", "\n");
    }

    private int unread(MockHttpSession session) throws Exception {
        String bell = mvc.perform(get("/notifications/bell").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Integer.parseInt(bell.replaceAll("(?s).*>(\\d+)</span>.*", "$1"));
    }

    /**
     * The count a page's navigation shows, written into the page: the bell polls every 30 s and does
     * not ask for its count again on load.
     */
    private int bellOnPage(MockHttpSession session) throws Exception {
        String page = mvc.perform(get("/agreements").session(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var bell = java.util.regex.Pattern.compile(
                        "<span data-hx-get=\"/notifications/bell\" data-hx-trigger=\"([^\"]*)\"[^>]*>"
                                + "<span class=\"nav-count[^\"]*\" id=\"notification-count\"[^>]*>(\\d+)</span>")
                .matcher(page);
        assertThat(bell.find()).as("the bell with its count in the page").isTrue();
        assertThat(bell.group(1)).isEqualTo("every 30s");
        return Integer.parseInt(bell.group(2));
    }

    // ---- helpers ----

    private long agreement(String title, Classification classification, String releasedTo) {
        return TestAgreements.add(agreements, transactions, title, classification, releasedTo);
    }

    private void suspend(long agreement) throws Exception {
        mvc.perform(post("/agreements/" + agreement + "/events")
                        .session(signIn(mvc, "planner.mar"))
                        .with(csrf())
                        .param("kind", "SUSPENDED")
                        .param("date", "2024-06-01")
                        .param("reason.en", "Crisis")
                        .param("note.en", ""))
                .andExpect(status().isFound());
    }

    private void mailTo(String username, String address, String language) throws Exception {
        sql.sql("update identity.account set language = :language where username = :username")
                .param("language", language)
                .param("username", username)
                .update();
        mvc.perform(post("/notifications/mail")
                        .session(signIn(mvc, username))
                        .with(csrf())
                        .param("address", address)
                        .param("choice", "IMMEDIATE"))
                .andExpect(status().isFound());
    }

    private void awaitNotified(String username, String record) throws Exception {
        new TheirNotifications(mvc).awaitNotified(username, record);
    }

    private List<String> records(String username) throws Exception {
        return new TheirNotifications(mvc).records(username);
    }

    private List<String> records(MockHttpSession session) throws Exception {
        return new TheirNotifications(mvc).records(session);
    }

    private JsonNode api(MockHttpSession session) throws Exception {
        return new TheirNotifications(mvc).api(session);
    }

    private static String only(List<String> mails, String link) {
        List<String> matching = mails.stream()
                .filter(m -> m.contains(link + "\n") || m.contains(link + "\""))
                .toList();
        assertThat(matching).as("mails linking to %s", link).hasSize(1);
        return matching.get(0);
    }

    private SessionWritesForTests sessions() {
        return new SessionWritesForTests(mvc, sql, transactions);
    }
}
