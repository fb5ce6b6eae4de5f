package org.entente.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.entente.DemoApplicationTest;
import org.entente.agreements.Agreements;
import org.entente.shared.Classification;
import org.entente.support.TestAgreements;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notifications end to end, with a real SMTP server (GreenMail) on a port of the test's own: who is
 * told of what (the persona matrix), the mails read back (language, cap, link), a relabel or a
 * disabled account at send time, and an SMTP server that is down and then up again.
 */
@DemoApplicationTest
class NotificationsIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int SMTP_PORT = freePort();
    private static GreenMail smtp = started();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.host", () -> "127.0.0.1");
        properties.add("spring.mail.port", () -> SMTP_PORT);
        properties.add("entente.mail.base-url", () -> "https://entente.example.org");
        // The test sends when it wants to (MailDelivery.drain), not on the scheduler's beat.
        properties.add("entente.mail.poll", () -> "1h");
    }

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

    @BeforeEach
    void aCleanMailbox() throws Exception {
        sender.drain();
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
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
        mvc.perform(post("/api/v1/me/notifications/read").session(admin).with(csrf()))
                .andExpect(status().isOk());
        assertThat(mvc.perform(get("/notifications/bell").session(admin))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains(">0<");
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

        List<String> mails = mailsTo("planner.isr@example.org");
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
        assertThat(mailsTo("admin.isr@example.org")).isEmpty();
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
        smtp.stop();
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
            smtp = started();
        }
        sql.sql("update notifications.mail set next_attempt_at = now() where status = 'WAITING'")
                .update();
        assertThat(sender.drain()).isPositive();
        String mail = only(mailsTo("liaison.isr@example.org"), "/agreements/" + agreement);
        assertThat(mail).contains("عُلِّق اتفاق").contains("Delayed arrangement");
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
        MockHttpSession session = signIn(mvc, username);
        await().atMost(Duration.ofSeconds(30)).until(() -> records(session).contains(record));
    }

    private List<String> records(String username) throws Exception {
        return records(signIn(mvc, username));
    }

    private List<String> records(MockHttpSession session) throws Exception {
        return api(session)
                .get("items")
                .valueStream()
                .map(n -> n.get("record").asString())
                .toList();
    }

    private JsonNode api(MockHttpSession session) throws Exception {
        String body = mvc.perform(get("/api/v1/me/notifications?size=200")
                        .session(session)
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(body);
    }

    private static List<String> mailsTo(String address) throws Exception {
        var mails = new ArrayList<String>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                mails.add(message.getSubject() + "\n" + text(message));
            }
        }
        return mails;
    }

    private static String only(List<String> mails, String link) {
        List<String> matching = mails.stream()
                .filter(m -> m.contains(link + "\n") || m.contains(link + "\""))
                .toList();
        assertThat(matching).as("mails linking to %s", link).hasSize(1);
        return matching.get(0);
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return (String) part.getContent();
        }
        var all = new StringBuilder();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                all.append(text(child)).append('\n');
            }
        }
        return all.toString();
    }

    private static GreenMail started() {
        var server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
