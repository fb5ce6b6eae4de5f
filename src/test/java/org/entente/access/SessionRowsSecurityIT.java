package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second wall where two nations write side by side: as the application's role with the
 * partner's settings (Israel), direct SQL on the parts of a session Morocco owns (the demo's third
 * Israel – Morocco session, released to Israel) is refused, whatever the service would have
 * checked; only the cases the rule names go through. Every statement runs in a transaction rolled
 * back at its end, so the demo stays as it was.
 */
@DemoApplicationTest
class SessionRowsSecurityIT {

    private static final SystemSubject PARTNER = new SystemSubject("planner.isr", "ISR", Classification.CONFIDENTIAL);
    private static final SystemSubject HOST = new SystemSubject("planner.mar", "MAR", Classification.CONFIDENTIAL);

    /** The label of the demo's Israel – Morocco session parts. */
    private static final String HOSTS_LABEL = "1, 'MAR', '{ISR}'";

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    long session;
    long unsigned;

    @BeforeEach
    void findTheSessions() {
        session = sessionNumbered(3);
        unsigned = sessionNumbered(1);
    }

    @Test
    void thePartnerCannotInsertRowsOwnedByTheHost() {
        for (String insert : new String[] {
            "insert into committees.minutes (session_id, language, body, classification, owner_nation, releasable_to)"
                    + " values (:session, 'he', 'forged', " + HOSTS_LABEL + ")",
            "insert into committees.agenda_item (session_id, position, title, classification, owner_nation, releasable_to)"
                    + " values (:session, 99, '{\"en\": \"forged\"}', " + HOSTS_LABEL + ")",
            "insert into committees.programme_item (session_id, day, kind, title, classification, owner_nation,"
                    + " releasable_to) values (:session, '2025-12-10', 'CEREMONY', '{\"en\": \"forged\"}', "
                    + HOSTS_LABEL + ")",
            "insert into committees.decision (session_id, number, text, classification, owner_nation, releasable_to)"
                    + " values (:session, 99, '{\"en\": \"forged\"}', " + HOSTS_LABEL + ")",
            "insert into committees.corrigendum (session_id, number, dated, text, recorded_by, classification,"
                    + " owner_nation, releasable_to) values (:session, 99, '2026-01-01', '{\"en\": \"forged\"}',"
                    + " 'planner.isr', " + HOSTS_LABEL + ")",
            // A party adds its own delegates only, and signs only for itself.
            "insert into committees.delegate (session_id, nation, name, role, classification, owner_nation,"
                    + " releasable_to) values (:session, 'MAR', '{\"en\": \"forged\"}', 'MEMBER', " + HOSTS_LABEL + ")",
            "insert into committees.signature (session_id, nation, signed_by, signed_at, classification, owner_nation,"
                    + " releasable_to) values (:unsigned, 'MAR', 'forged', now(), " + HOSTS_LABEL + ")",
            "insert into committees.action_item (committee_id, session_id, title, party, due_date, status,"
                    + " classification, owner_nation, releasable_to) select committee_id, id, '{\"en\": \"forged\"}',"
                    + " 'MAR', '2026-12-31', 'OPEN', " + HOSTS_LABEL + " from committees.session where id = :session",
            "insert into committees.action_note (action_item_id, noted_at, noted_by, status, text, classification,"
                    + " owner_nation, releasable_to) select id, now(), 'planner.isr', 'DONE', '{\"en\": \"forged\"}', "
                    + HOSTS_LABEL
                    + " from committees.action_item where session_id = :session and party = 'MAR' limit 1",
        }) {
            assertThatThrownBy(() -> change(PARTNER, insert))
                    .as(insert)
                    .rootCause()
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void thePartnerSeesTheHostsRowsButCannotChangeOrDeleteThem() {
        for (String table : new String[] {
            "minutes", "agenda_item", "programme_item", "decision", "signature", "delegate", "action_item"
        }) {
            // Even the rows that name the partner (its delegates, its signature); the host's actions only.
            String rows = "committees." + table + " where session_id = :session and owner_nation = 'MAR'"
                    + (table.equals("action_item") ? " and party = 'MAR'" : "");
            int visible = rolledBack(
                    PARTNER,
                    db -> db.sql("select count(*) from " + rows)
                            .param("session", session)
                            .query(Integer.class)
                            .single());
            assertThat(visible).as("the partner reads the host's " + table).isPositive();
            String update = "update " + rows.replace(" where", " set classification = classification where");
            assertThat(change(PARTNER, update))
                    .as("the partner's update of the host's " + table)
                    .isZero();
            assertThat(change(PARTNER, "delete from " + rows))
                    .as("the partner's delete of the host's " + table)
                    .isZero();
            assertThat(change(HOST, update))
                    .as("the host's update of its own " + table)
                    .isEqualTo(visible);
        }
    }

    @Test
    void aPartyRecordsItsOwnSignatureAndDelegatesAndMovesItsOwnActionsOn() {
        assertThat(change(
                        PARTNER,
                        "insert into committees.signature (session_id, nation, signed_by,"
                                + " signed_at, classification, owner_nation, releasable_to)"
                                + " values (:unsigned, 'ISR', 'planner.isr', now(), " + HOSTS_LABEL + ")"))
                .isEqualTo(1);
        assertThat(change(
                        PARTNER,
                        "insert into committees.delegate (session_id, nation, name, role,"
                                + " classification, owner_nation, releasable_to)"
                                + " values (:session, 'ISR', '{\"en\": \"Liaison officer (role)\"}', 'MEMBER', "
                                + HOSTS_LABEL
                                + ")"))
                .isEqualTo(1);
        String partnersActions =
                "committees.action_item where session_id = :session and owner_nation = 'MAR' and party = 'ISR'";
        assertThat(change(PARTNER, "update " + partnersActions.replace(" where", " set status = 'DONE' where")))
                .isPositive();
        assertThat(change(
                        PARTNER,
                        "insert into committees.action_note (action_item_id, noted_at,"
                                + " noted_by, status, text, classification, owner_nation, releasable_to)"
                                + " select id, now(), 'planner.isr', 'DONE', '{\"en\": \"Sent.\"}', " + HOSTS_LABEL
                                + " from "
                                + partnersActions))
                .isPositive();
        // The party moves the item on, but the label stays the owner's.
        assertThatThrownBy(() -> change(
                        PARTNER,
                        "update " + partnersActions.replace(" where", " set releasable_to = '{ISR,FRA}' where")))
                .rootCause()
                .hasMessageContaining("only the owner nation changes the label");
        // A part the partner records in the host's session is its own: same audience, owned by Israel.
        assertThat(change(
                        PARTNER,
                        "insert into committees.agenda_item (session_id, position, title,"
                                + " classification, owner_nation, releasable_to)"
                                + " values (:session, 99, '{\"en\": \"Our item\"}', 1, 'ISR', '{MAR}')"))
                .isEqualTo(1);
    }

    private long sessionNumbered(int number) {
        return rolledBack(
                HOST,
                db -> db.sql("""
                        select s.id from committees.session s join committees.committee c on c.id = s.committee_id
                         where c.code = 'JMC-ISR-MAR' and s.number = :number""").param("number", number).query(Long.class).single());
    }

    /** Runs one statement as the subject and rolls it back: how many rows it changed. */
    private int change(SystemSubject subject, String statement) {
        return rolledBack(
                subject,
                db -> db.sql(statement)
                        .param("session", session)
                        .param("unsigned", unsigned)
                        .update());
    }

    /** Runs the work as the subject (its nation and clearance set for row-level security), then rolls back. */
    private <T> T rolledBack(SystemSubject subject, Function<JdbcClient, T> work) {
        return subject.run(() -> new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            return work.apply(sql);
        }));
    }
}
