package org.entente.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import org.entente.support.Personas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * What the invitation tests do to a session ({@code session}: its id, committee and number): a
 * person's write of it, which sets its listener off, a change of it as the host that sets off
 * nothing, and the wait until the outbox has nothing pending.
 */
record SessionWritesForTests(MockMvc mvc, JdbcClient sql, PlatformTransactionManager transactions) {

    /** A write of the session by a person (an agenda item), as any change of it would be. */
    void touch(long[] session, String agendaTitle) throws Exception {
        mvc.perform(post("/committees/" + session[1] + "/sessions/" + session[2] + "/agenda")
                        .session(signIn(mvc, "planner.mar"))
                        .with(csrf())
                        .param("title.en", agendaTitle))
                .andExpect(status().isFound());
    }

    /** One row changed as the host, in a transaction, with no event. */
    void inHost(String update) {
        Personas.inTransaction(
                transactions,
                Personas.HOST,
                () -> assertThat(sql.sql(update).update()).isEqualTo(1));
    }

    /** Waits (30 s at most) until every publication of the outbox is completed. */
    void awaitNoPublicationPending() {
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        sql.sql("select count(*) from notifications.event_publication where completion_date is null")
                                        .query(Integer.class)
                                        .single()
                                == 0);
    }
}
