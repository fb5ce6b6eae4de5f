package org.entente.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.entente.Entente;
import org.entente.database.SuperuserConnections;
import org.entente.support.RunsAlongside;
import org.entente.support.WithTestSmtp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Nothing lost, nothing twice across a stop in the middle of the outbox's work (issue 18, Must have
 * 6). One application on a data directory of its own, with a real SMTP server: comments on an
 * activity with watchers, some of whose notices have gone out by mail; then the outbox is caught
 * mid-way — one listener has written its notifications and mails and waits to record that it is
 * done (the database holds it there), the later comments' listeners have not run — and the
 * application is stopped. A second start on the same data directory hands the unfinished
 * publications out again. Every watcher then holds one notification per comment and has received
 * one mail per comment: none lost, none twice.
 */
@RunsAlongside
class OutboxCrashIT {

    private static final int BEFORE = 4;
    private static final int CAUGHT = 4;
    private static final long GATE = 1_818_018;

    @TempDir
    Path dataDir;

    @Test
    void aStopMidWayLosesNothingAndTheRestartSendsNothingTwice() throws Exception {
        GreenMail smtp = new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            long activity;
            Map<String, Integer> due = new TreeMap<>();
            ConfigurableApplicationContext first = start(smtp);
            try {
                SuperuserConnections superuser = first.getBean(SuperuserConnections.class);
                activity = watchedActivity(superuser);
                MockMvc mvc = mvc(first);
                MockHttpSession author = signIn(mvc, "planner.mar");

                // Comments whose notices and mails go all the way before the stop.
                for (int i = 0; i < BEFORE; i++) {
                    comment(mvc, author, activity, "Before the stop " + i);
                }
                await().atMost(Duration.ofSeconds(60)).until(() -> pending(superuser) == 0);
                Map<String, Integer> told = notices(superuser, activity);
                assertThat(told)
                        .as("the watchers who may read the activity are each told of each comment")
                        .isNotEmpty()
                        .allSatisfy((who, count) -> assertThat(count).isEqualTo(BEFORE));
                told.keySet().forEach(who -> due.put(who, BEFORE + CAUGHT));
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> commentMails(smtp).values().stream()
                                        .mapToInt(Integer::intValue)
                                        .sum()
                                >= BEFORE * told.size());

                // The next listener writes its notices and mails and then waits to mark its
                // publication completed; the later comments' publications wait behind it.
                try (Connection admin = superuser.open();
                        Connection gate = superuser.open()) {
                    try (Statement ddl = admin.createStatement()) {
                        ddl.execute("""
                                create function notifications.test_gate_completion() returns trigger language plpgsql as $$
                                begin
                                    perform pg_advisory_xact_lock(%d);
                                    return new;
                                end $$""".formatted(GATE));
                        ddl.execute("""
                                create trigger test_gate_completion before update on notifications.event_publication
                                   for each row when (old.completion_date is null and new.completion_date is not null)
                                   execute function notifications.test_gate_completion()""");
                    }
                    gate.setAutoCommit(false);
                    try (Statement lock = gate.createStatement()) {
                        lock.execute("select pg_advisory_xact_lock(" + GATE + ")");
                    }
                    for (int i = 0; i < CAUGHT; i++) {
                        comment(mvc, author, activity, "Caught by the stop " + i);
                    }
                    await().atMost(Duration.ofSeconds(60)).until(() -> waitingOnTheGate(superuser));
                    assertThat(pending(superuser))
                            .as("the caught comments' publications are not completed")
                            .isGreaterThanOrEqualTo(CAUGHT);
                    assertThat(notices(superuser, activity))
                            .as("the listener held at its completion has written its notices")
                            .containsValue(BEFORE + 1);
                    // The stop: the held listener's connection goes first, as in a crash (its notices and
                    // mails are committed, its publication is not completed), then the application.
                    asSuperuser(
                            superuser,
                            db -> db.sql("""
                                    select count(pg_terminate_backend(l.pid)) from pg_locks l
                                     where l.locktype = 'advisory' and not l.granted and l.classid = 0
                                       and l.objid = :gate and l.objsubid = 1""")
                                    .param("gate", GATE)
                                    .query(Integer.class)
                                    .single());
                    first.close();
                    first = null;
                } catch (java.sql.SQLException stoppedUnderUs) {
                    // The gate's connection dies with the database at the stop.
                }
            } finally {
                if (first != null) {
                    first.close();
                }
            }

            ConfigurableApplicationContext second = start(smtp);
            try {
                SuperuserConnections superuser = second.getBean(SuperuserConnections.class);
                try (Connection admin = superuser.open();
                        Statement ddl = admin.createStatement()) {
                    ddl.execute("drop trigger test_gate_completion on notifications.event_publication");
                    ddl.execute("drop function notifications.test_gate_completion()");
                }
                await().atMost(Duration.ofSeconds(120)).until(() -> pending(superuser) == 0);
                await().atMost(Duration.ofSeconds(120))
                        .until(() -> asSuperuser(
                                        superuser,
                                        db -> db.sql("select count(*) from notifications.mail where status = 'WAITING'")
                                                .query(Integer.class)
                                                .single())
                                == 0);

                assertThat(notices(superuser, activity))
                        .as("one notification per comment for each watcher: none lost, none twice")
                        .isEqualTo(due);
                assertThat(commentMails(smtp))
                        .as("one mail per comment for each watcher: none lost, none twice")
                        .isEqualTo(due);
            } finally {
                second.close();
            }
        } finally {
            smtp.stop();
        }
    }

    private ConfigurableApplicationContext start(GreenMail smtp) {
        return new SpringApplicationBuilder(Entente.class)
                .run(
                        "--entente.data-dir=" + dataDir,
                        "--entente.demo=true",
                        "--entente.database.flush-to-disk=false",
                        "--server.port=0",
                        "--server.address=127.0.0.1",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--entente.mail.base-url=https://entente.example.org",
                        "--entente.mail.poll=200ms",
                        // One outbox thread: the publications after the held one wait their turn.
                        "--entente.notifications.threads=1",
                        "--spring.datasource.hikari.connection-timeout=60000",
                        "--spring.datasource.hikari.data-source-properties.loginTimeout=60",
                        "--spring.datasource.hikari.data-source-properties.connectTimeout=60");
    }

    private static MockMvc mvc(ConfigurableApplicationContext context) {
        return MockMvcBuilders.webAppContextSetup((WebApplicationContext) context)
                .apply(springSecurity())
                .build();
    }

    private static void comment(MockMvc mvc, MockHttpSession author, long activity, String body) throws Exception {
        mvc.perform(post("/comments/activity/" + activity)
                        .session(author)
                        .with(csrf())
                        .param("body", body))
                .andExpect(status().is3xxRedirection());
    }

    /**
     * A joint Israel – Morocco activity of the demo that Israel may read, watched by every enabled
     * account of the two nations (but its commenter's), each told at once by mail.
     */
    private static long watchedActivity(SuperuserConnections superuser) throws Exception {
        return asSuperuser(superuser, db -> {
            long activity = db.sql("""
                            select min(a.id) from workplans.activity a join workplans.plan p on p.id = a.plan_id
                             where p.committee_code = 'JMC-ISR-MAR' and a.classification <= 1 and 'ISR' = any(a.releasable_to)""").query(Long.class).single();
            db.sql("""
                            insert into comments.watch (account, record_type, record_id)
                            select lower(username), 'activity', :a from identity.account
                             where enabled and nation in ('MAR', 'ISR') and lower(username) <> 'planner.mar'
                            on conflict do nothing""").param("a", activity).update();
            db.sql("""
                            insert into notifications.mail_setting (username, address, choice)
                            select lower(username), lower(username) || '@example.org', 'IMMEDIATE' from identity.account
                            on conflict (username) do update set address = excluded.address, choice = 'IMMEDIATE'""").update();
            return activity;
        });
    }

    /** The publications not completed. */
    private static int pending(SuperuserConnections superuser) throws Exception {
        return asSuperuser(
                superuser,
                db -> db.sql("select count(*) from notifications.event_publication where completion_date is null")
                        .query(Integer.class)
                        .single());
    }

    private static boolean waitingOnTheGate(SuperuserConnections superuser) throws Exception {
        return asSuperuser(
                superuser,
                db -> db.sql("""
                        select count(*) from pg_locks
                         where locktype = 'advisory' and not granted and classid = 0 and objid = :gate and objsubid = 1""").param("gate", GATE).query(Integer.class).single() > 0);
    }

    /** Notifications of a comment on the activity, per recipient. */
    private static Map<String, Integer> notices(SuperuserConnections superuser, long activity) throws Exception {
        return asSuperuser(superuser, db -> {
            var counted = new TreeMap<String, Integer>();
            db.sql("""
                            select n.recipient, count(*) from notifications.notification n
                              join comments.comment c on n.record_type = 'comment' and c.id = n.record_id
                             where c.record_type = 'activity' and c.record_id = :a and n.kind = 'COMMENT_ON_WATCHED'
                             group by n.recipient""").param("a", activity).query(rs -> {
                counted.put(rs.getString(1), rs.getInt(2));
            });
            return counted;
        });
    }

    /** Mails received of a comment (their link), per recipient (the part of the address before the @). */
    private static Map<String, Integer> commentMails(GreenMail smtp) throws Exception {
        var counted = new TreeMap<String, Integer>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (WithTestSmtp.text(message).contains("https://entente.example.org/comments/")) {
                String to = message.getAllRecipients()[0].toString();
                counted.merge(to.substring(0, to.indexOf('@')), 1, Integer::sum);
            }
        }
        return counted;
    }

    private interface Work<T> {
        T on(JdbcClient db) throws Exception;
    }

    private static <T> T asSuperuser(SuperuserConnections superuser, Work<T> work) throws Exception {
        try (Connection connection = superuser.open()) {
            return work.on(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
