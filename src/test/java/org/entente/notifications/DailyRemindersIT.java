package org.entente.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.entente.DemoApplicationTest;
import org.entente.shared.Classification;
import org.entente.shared.SystemSubject;
import org.entente.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * The daily reminders, run for a chosen day as the scheduler would: an action item of Israel's
 * due within 7 days is told to Israel's accounts once that day, again the next day, never to
 * Morocco; a session within 14 days to those who may read it.
 */
@DemoApplicationTest
class DailyRemindersIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DailyReminders reminders;

    private record Item(long id, LocalDate date) {}

    @Test
    void anActionItemDueIsToldToItsNationOnceADay() throws Exception {
        Item item = first("""
                select id, due_date from committees.action_item
                 where party = 'ISR' and status in ('OPEN', 'IN_PROGRESS') and classification <= 1
                 order by due_date, id limit 1""");
        String record = "action-item:" + item.id();
        LocalDate day = item.date().minusDays(3);

        reminders.remind(day);
        reminders.remind(day);
        assertThat(count("planner.isr", record))
                .as("once on the day, whatever the runs")
                .isEqualTo(1);
        assertThat(count("planner.mar", record)).as("not Morocco's item").isZero();
        String page = first(
                "select x.committee_id, s.number from committees.action_item x"
                        + " left join committees.session s on s.id = x.session_id where x.id = " + item.id(),
                (rs, row) ->
                        "/committees/" + rs.getLong(1) + (rs.getObject(2) == null ? "" : "/sessions/" + rs.getInt(2)));
        assertThat(hrefs("planner.isr", record))
                .as("the item on its session's page, or its committee's")
                .containsOnly(page + "#action-" + item.id());

        reminders.remind(day.minusDays(DailyReminders.ACTION_DAYS + 1));
        assertThat(count("planner.isr", record)).as("not yet due within 7 days").isEqualTo(1);

        reminders.remind(day.plusDays(1));
        assertThat(count("planner.isr", record)).as("and again the next day").isEqualTo(2);
    }

    @Test
    void aSessionWithinFourteenDaysIsToldToThoseWhoMayReadIt() throws Exception {
        Item session = first("""
                select s.id, s.start_date from committees.session s join committees.committee c on c.id = s.committee_id
                 where c.code = 'JMC-ISR-MAR' and s.status = 'PLANNED' order by s.start_date, s.id limit 1""");
        String record = "session:" + session.id();

        reminders.remind(session.date().minusDays(DailyReminders.SESSION_DAYS + 1));
        assertThat(count("planner.isr", record)).isZero();

        reminders.remind(session.date().minusDays(10));
        assertThat(count("planner.isr", record)).isEqualTo(1);
        assertThat(count("planner.mar", record)).isEqualTo(1);
        String page = first(
                "select '/committees/' || committee_id || '/sessions/' || number from committees.session where id = "
                        + session.id(),
                (rs, n) -> rs.getString(1));
        assertThat(hrefs("planner.mar", record)).containsOnly(page);
        assertThat(count("planner.fra", record))
                .as("France does not sit on this committee")
                .isZero();
    }

    private Item first(String query) {
        return first(query, (rs, n) -> new Item(rs.getLong(1), rs.getObject(2, LocalDate.class)));
    }

    private <T> T first(String query, org.springframework.jdbc.core.RowMapper<T> row) {
        return Personas.inTransaction(
                transactions,
                new SystemSubject("reminders-it", "MAR", Classification.SECRET),
                () -> sql.sql(query).query(row).single());
    }

    private long count(String persona, String record) throws Exception {
        return notified(persona, record).size();
    }

    /** The links of the persona's notifications of the record. */
    private List<String> hrefs(String persona, String record) throws Exception {
        return notified(persona, record).stream()
                .map(n -> n.get("href").asString())
                .toList();
    }

    private List<tools.jackson.databind.JsonNode> notified(String persona, String record) throws Exception {
        String body = mvc.perform(get("/api/v1/me/notifications?size=200")
                        .session(signIn(mvc, persona))
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .accept(MediaType.APPLICATION_JSON))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return JSON.readTree(body)
                .get("items")
                .valueStream()
                .filter(n -> record.equals(n.get("record").asString()))
                .toList();
    }
}
