package org.entente.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.entente.DemoApplicationTest;
import org.entente.database.SuperuserConnections;
import org.entente.support.Personas;
import org.entente.support.WithTestSmtp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A session invitation goes again, with the next {@code SEQUENCE}, only when the session changed,
 * whatever order the outbox's two threads run two listeners of the same session in. Stop 32 saw
 * the same invitation sent with SEQUENCE 1 and 2: a listener that read the session before its end
 * date changed stored its digest after a later listener had stored the new one, and each store
 * looked like a change. The test makes that order happen: the database holds the listener that read
 * the old session at its store of the digest (a trigger waits on a lock the test holds), the session
 * changes, a second write's listener runs, and only then the first one is let go.
 */
@DemoApplicationTest
class InvitationRaceIT implements WithTestSmtp {

    /** The lock a store of the session's current digest waits on, and that of any other digest. */
    private static final long OLD_DIGEST_GATE = 1_818_001;

    private static final long NEW_DIGEST_GATE = 1_818_002;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    SuperuserConnections superuser;

    @Autowired
    MailDelivery sender;

    @Test
    void aListenerThatReadTheSessionBeforeAChangeDoesNotSendTheChangeAgainAfterTheNextOne() throws Exception {
        mvc.perform(post("/notifications/mail")
                        .session(signIn(mvc, "planner.isr"))
                        .with(csrf())
                        .param("address", "planner.isr@example.org")
                        .param("choice", "IMMEDIATE"))
                .andExpect(status().isFound());
        long[] session = plannedWithPlannerIsrAsDelegate();
        try {
            sessions().awaitNoPublicationPending();
            sessions().touch(session, "Invitation race");
            sessions().awaitNoPublicationPending();
            sender.drain();
            WithTestSmtp.smtp().purgeEmailFromAllMailboxes();
            int before = sequence(session[0]);
            String digestBefore = sql.sql("select digest from notifications.invitation where session_id = :id")
                    .param("id", session[0])
                    .query(String.class)
                    .single();

            try (Connection admin = superuser.open();
                    Connection oldGate = superuser.open();
                    Connection newGate = superuser.open()) {
                try (Statement ddl = admin.createStatement()) {
                    ddl.execute("""
                            create function notifications.test_gate_invitation() returns trigger language plpgsql as $$
                            begin
                                perform pg_advisory_xact_lock(case when new.digest = '%s' then %d else %d end);
                                return new;
                            end $$""".formatted(digestBefore, OLD_DIGEST_GATE, NEW_DIGEST_GATE));
                    ddl.execute("""
                            create trigger test_gate_invitation before insert on notifications.invitation
                               for each row execute function notifications.test_gate_invitation()""");
                }
                try {
                    hold(oldGate, OLD_DIGEST_GATE);
                    hold(newGate, NEW_DIGEST_GATE);

                    // A write whose listener reads the session as it is, and waits at its store.
                    sessions().touch(session, "Invitation race");
                    awaitWaitingOn("objsubid = 1 and objid = " + OLD_DIGEST_GATE);
                    // The session's end date changes; a second write's listener runs beside the first.
                    sessions().inHost("update committees.session set end_date = end_date + 1 where id = " + session[0]);
                    sessions().touch(session, "Invitation race");
                    // It waits at its store (as the first did), or for its turn at the session.
                    awaitWaitingOn("objsubid = 1 and objid = " + NEW_DIGEST_GATE + " or objsubid = 2 and classid = "
                            + Invitations.INVITATION_LOCKS);
                    // The later listener is let go first (if it got as far as its store), and done...
                    newGate.commit();
                    await().atMost(Duration.ofSeconds(30)).until(() -> !anyoneOn(NEW_DIGEST_GATE));
                    // ...then the one that read the session before the change.
                    oldGate.commit();
                    sessions().awaitNoPublicationPending();
                } finally {
                    oldGate.rollback();
                    newGate.rollback();
                    try (Statement ddl = admin.createStatement()) {
                        ddl.execute("drop trigger test_gate_invitation on notifications.invitation");
                        ddl.execute("drop function notifications.test_gate_invitation()");
                    }
                }
            }

            sender.drain();
            List<String> sent = WithTestSmtp.mailsTo("planner.isr@example.org").stream()
                    .filter(mail -> mail.contains("BEGIN:VCALENDAR"))
                    .map(mail -> mail.replace("\r\n ", "").replace("\r\n", "\n"))
                    .toList();
            assertThat(sequence(session[0]))
                    .as("one change of the session, one step of its sequence")
                    .isEqualTo(before + 1);
            assertThat(sent)
                    .as("the change sent once, at the next sequence")
                    .hasSize(1)
                    .allSatisfy(mail -> assertThat(mail).contains("SEQUENCE:" + (before + 1)));
        } finally {
            sessions()
                    .inHost(
                            "update committees.session set start_date = '%s', end_date = '%s', status = '%s' where id = %d"
                                    .formatted(
                                            LocalDate.ofEpochDay(session[3]),
                                            LocalDate.ofEpochDay(session[4]),
                                            STATUSES.get((int) session[5]),
                                            session[0]));
        }
    }

    private static final List<String> STATUSES = List.of("PLANNED", "HELD", "POSTPONED", "CANCELLED");

    /**
     * The Israel – Morocco committee's last session, three weeks ahead and planned, planner.isr's
     * person among its delegates: its id, committee, number, and the dates and status to put back.
     */
    private long[] plannedWithPlannerIsrAsDelegate() {
        return Personas.inTransaction(transactions, Personas.HOST, () -> {
            var found = sql.sql("""
                            select s.id, s.committee_id, s.number, s.start_date, s.end_date, s.status
                              from committees.session s join committees.committee c on c.id = s.committee_id
                             where c.code = 'JMC-ISR-MAR' order by s.number desc limit 1""")
                    .query((rs, n) -> new long[] {
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getObject(4, LocalDate.class).toEpochDay(),
                        rs.getObject(5, LocalDate.class).toEpochDay(),
                        STATUSES.indexOf(rs.getString(6))
                    })
                    .single();
            assertThat(found[5]).as("a status this test knows").isNotNegative();
            sql.sql("""
                            update committees.session set start_date = current_date + 20,
                                   end_date = current_date + 22, status = 'PLANNED' where id = :id""").param("id", found[0]).update();
            sql.sql("""
                            insert into committees.delegate (session_id, nation, person_id, name, role,
                                                             classification, owner_nation, releasable_to)
                            select s.id, 'ISR', a.person_id, '{"en": "Invited delegate"}', 'MEMBER',
                                   s.classification, s.owner_nation, s.releasable_to
                              from committees.session s, identity.account a
                             where s.id = :id and a.username = 'planner.isr' and a.person_id is not null
                               and not exists (select 1 from committees.delegate d
                                                where d.session_id = s.id and d.person_id = a.person_id)""").param("id", found[0]).update();
            return found;
        });
    }

    private static void hold(Connection gate, long key) throws SQLException {
        gate.setAutoCommit(false);
        try (Statement lock = gate.createStatement()) {
            lock.execute("select pg_advisory_xact_lock(" + key + ")");
        }
    }

    /** Waits until a transaction waits for an advisory lock that {@code which} selects in {@code pg_locks}. */
    private void awaitWaitingOn(String which) throws SQLException {
        try (Connection watcher = superuser.open()) {
            JdbcClient locks = JdbcClient.create(new SingleConnectionDataSource(watcher, true));
            await().atMost(Duration.ofSeconds(30))
                    .until(() ->
                            locks.sql("select count(*) from pg_locks where locktype = 'advisory' and not granted and ("
                                                    + which + ")")
                                            .query(Integer.class)
                                            .single()
                                    > 0);
        }
    }

    /** Whether a transaction holds or waits for the advisory lock {@code key}. */
    private boolean anyoneOn(long key) throws SQLException {
        try (Connection watcher = superuser.open();
                var query = watcher.prepareStatement("""
                        select count(*) from pg_locks
                         where locktype = 'advisory' and classid = 0 and objid = ? and objsubid = 1""")) {
            query.setLong(1, key);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1) > 0;
            }
        }
    }

    private int sequence(long sessionId) {
        return sql.sql("select sequence from notifications.invitation where session_id = :id")
                .param("id", sessionId)
                .query(Integer.class)
                .single();
    }

    private SessionWritesForTests sessions() {
        return new SessionWritesForTests(mvc, sql, transactions);
    }
}
