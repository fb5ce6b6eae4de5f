package org.entente.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.entente.DemoApplicationTest;
import org.entente.committees.CommitteeKind;
import org.entente.committees.Committees;
import org.entente.committees.NewCommittee;
import org.entente.committees.NewSession;
import org.entente.committees.SessionStatus;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calendar feeds as a calendar program reads them: parsed back with ical4j, holding exactly what
 * their owner may read up to the feed's level, with stable UIDs whose SEQUENCE grows on change.
 */
@DemoApplicationTest
class CalendarFeedIT {

    private static final Pattern ADDRESS = Pattern.compile("/calendar/([A-Za-z0-9_-]{43})\\.ics");

    @Autowired
    MockMvc mvc;

    @Autowired
    Committees committees;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient sql;

    /** Committees of this test only, and their first sessions' UIDs. */
    long releasedToIsrael;

    long restrictedForIsrael;

    long releasedToFrance;

    String releasedUid;

    String cancelledUid;

    String restrictedUid;

    String franceUid;

    @BeforeEach
    void committeesOfEachLabelWithSessionsNextMonth() {
        LocalDate soon = LocalDate.now().plusMonths(1);
        inTransaction(transactions, HOST, () -> {
            releasedToIsrael = committee(new Label(Classification.UNCLASSIFIED, "MAR", Set.of("ISR")));
            restrictedForIsrael = committee(new Label(Classification.RESTRICTED, "MAR", Set.of("ISR")));
            releasedToFrance = committee(new Label(Classification.UNCLASSIFIED, "MAR", Set.of("FRA")));
            session(releasedToIsrael, 1, soon, SessionStatus.PLANNED);
            session(releasedToIsrael, 2, soon.plusDays(7), SessionStatus.CANCELLED);
            session(restrictedForIsrael, 1, soon, SessionStatus.PLANNED);
            session(releasedToFrance, 1, soon, SessionStatus.PLANNED);
        });
        releasedUid = "session-" + releasedToIsrael + "-1@localhost";
        cancelledUid = "session-" + releasedToIsrael + "-2@localhost";
        restrictedUid = "session-" + restrictedForIsrael + "-1@localhost";
        franceUid = "session-" + releasedToFrance + "-1@localhost";
    }

    @Test
    void aFeedHoldsWhatItsOwnerMayReadUpToItsLevelAndNothingOfAnotherPartner() throws Exception {
        String secret = createFeed("liaison.isr", "UNCLASSIFIED");

        Calendar calendar = fetch(secret);

        Map<String, VEvent> events = byUid(calendar);
        assertThat(events).containsKeys(releasedUid, cancelledUid).doesNotContainKeys(restrictedUid, franceUid);
        VEvent planned = events.get(releasedUid);
        assertThat(value(planned, Property.SUMMARY)).isEqualTo("Calendar test committee, 1st session");
        assertThat(value(planned, Property.STATUS)).isEqualTo("CONFIRMED");
        assertThat(value(planned, Property.DESCRIPTION)).startsWith("UNCLASSIFIED // REL TO MAR, ISR");
        assertThat(value(planned, Property.DTSTART))
                .isEqualTo(LocalDate.now().plusMonths(1).toString().replace("-", ""));
        // A whole-day event ends the day after its last day (RFC 5545).
        assertThat(value(planned, Property.DTEND))
                .isEqualTo(LocalDate.now().plusMonths(1).plusDays(2).toString().replace("-", ""));
        assertThat(value(events.get(cancelledUid), Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(audited("calendar.feed.export")).isPositive();
    }

    @Test
    void aChangedSessionKeepsItsUidAndItsSequenceGrowsOnceSoProgramsUpdateIt() throws Exception {
        String secret = createFeed("planner.mar", "UNCLASSIFIED");
        int before = sequence(fetch(secret), releasedUid);
        assertThat(sequence(fetch(secret), releasedUid)).isEqualTo(before);

        HOST.run(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status ->
                        sql.sql("""
                                update committees.session set end_date = end_date + 1
                                 where committee_id = :committee and number = 1""").param("committee", releasedToIsrael).update()));

        Calendar after = fetch(secret);
        assertThat(sequence(after, releasedUid)).isEqualTo(before + 1);
        assertThat(sequence(fetch(secret), releasedUid)).isEqualTo(before + 1);
    }

    @Test
    void aRevokedOrUnknownAddressAnswersNothing() throws Exception {
        MockHttpSession owner = signIn(mvc, "viewer.mar");
        String secret = createFeed(owner, "UNCLASSIFIED");
        long id = sql.sql("select max(id) from calendar.feed where username = 'viewer.mar'")
                .query(Long.class)
                .single();

        mvc.perform(post("/calendar/feeds/" + id + "/revoke")
                        .session(signIn(mvc, "planner.mar"))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/calendar/" + secret + ".ics")).andExpect(status().isOk());

        mvc.perform(post("/calendar/feeds/" + id + "/revoke").session(owner).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/calendar/" + secret + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/calendar/" + "x".repeat(43) + ".ics")).andExpect(status().isNotFound());
    }

    @Test
    void aLevelAboveTheInstancesCapIsRefusedAndNothingIsMade() throws Exception {
        long before =
                sql.sql("select count(*) from calendar.feed").query(Long.class).single();

        // In Arabic whatever language another test class saved to planner.mar's account.
        String page = mvc.perform(post("/calendar/feeds")
                        .session(signIn(mvc, "planner.mar"))
                        .cookie(new Cookie("ENTENTE_LANG", "ar"))
                        .with(csrf())
                        .param("maxClassification", "RESTRICTED"))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        // planner.mar reads Arabic: the message names the field in it.
        assertThat(page).contains("أعلى درجة تصنيف أعلى مما يمكن أن تحمله خلاصات التقويم الخاصة بك.");
        assertThat(sql.sql("select count(*) from calendar.feed")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }

    @Test
    void theMonthViewShowsTheSessionsOfThatMonthTheReaderMayRead() throws Exception {
        String month = LocalDate.now().plusMonths(1).toString().substring(0, 7);

        String israeli = monthPage("liaison.isr", month);
        String french = monthPage("planner.fra", month);

        assertThat(israeli).contains("/committees/" + releasedToIsrael + "\"");
        assertThat(israeli).contains("/committees/" + restrictedForIsrael + "\"");
        assertThat(israeli).doesNotContain("/committees/" + releasedToFrance + "\"");
        assertThat(french).contains("/committees/" + releasedToFrance + "\"");
        assertThat(french).doesNotContain("/committees/" + releasedToIsrael + "\"");
    }

    @Test
    void theMonthViewWritesTheSessionAsEveryOtherPageDoesInEachLanguage() throws Exception {
        String month = LocalDate.now().plusMonths(1).toString().substring(0, 7);
        var session = signIn(mvc, "liaison.isr");
        var expected =
                Map.of("ar", "، الدورة الأولى", "he", ", הישיבה הראשונה", "fr", ", 1re session", "en", ", 1st session");
        for (var language : expected.entrySet()) {
            String page = mvc.perform(get("/calendar")
                            .param("month", month)
                            .session(session)
                            .cookie(new Cookie("ENTENTE_LANG", language.getKey())))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(language.getKey()).contains(language.getValue());
        }
    }

    private String monthPage(String username, String month) throws Exception {
        return mvc.perform(get("/calendar").param("month", month).session(signIn(mvc, username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long committee(Label label) {
        return committees.add(new NewCommittee(
                "CAL-" + UUID.randomUUID().toString().substring(0, 8),
                CommitteeKind.WORKING_GROUP,
                LocalizedText.of("en", "Calendar test committee", "fr", "Comité d’essai du calendrier"),
                List.of("ISR", "MAR"),
                null,
                true,
                label));
    }

    private void session(long committee, int number, LocalDate start, SessionStatus status) {
        Label label = committees.find(HOST, committee).orElseThrow().label();
        committees.addSession(new NewSession(
                committee,
                number,
                start,
                start.plusDays(1),
                "MAR",
                LocalizedText.of("en", "Rabat"),
                status,
                true,
                label));
    }

    private String createFeed(String username, String level) throws Exception {
        return createFeed(signIn(mvc, username), level);
    }

    private String createFeed(MockHttpSession session, String level) throws Exception {
        String page = mvc.perform(
                        post("/calendar/feeds").session(session).with(csrf()).param("maxClassification", level))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher address = ADDRESS.matcher(page);
        assertThat(address.find()).as("the new feed's address is shown").isTrue();
        return address.group(1);
    }

    private Calendar fetch(String secret) throws Exception {
        MvcResult result = mvc.perform(get("/calendar/" + secret + ".ics"))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
        return new CalendarBuilder()
                .build(new StringReader(result.getResponse().getContentAsString(StandardCharsets.UTF_8)));
    }

    private static Map<String, VEvent> byUid(Calendar calendar) {
        return calendar.<VEvent>getComponents("VEVENT").stream()
                .collect(Collectors.toMap(event -> value(event, Property.UID), event -> event));
    }

    private static int sequence(Calendar calendar, String uid) {
        return Integer.parseInt(value(byUid(calendar).get(uid), Property.SEQUENCE));
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    private long audited(String action) {
        return sql.sql("select count(*) from audit.event where action = :action")
                .param("action", action)
                .query(Long.class)
                .single();
    }
}
