package org.entente.committees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.entente.DemoApplicationTest;
import org.entente.identity.CommitteeRole;
import org.entente.identity.CommitteeRoles;
import org.entente.partners.NewPerson;
import org.entente.partners.People;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Who holds a co-chair: the committee form refuses a holder that is no number, of another nation,
 * unknown, or not readable by the editor — naming the field, changing nothing, never a 5xx — and
 * the committee page names a holder only to a reader who may read that person's record, persona by
 * persona (planner.isr never sees a France – Morocco person; liaison.isr nothing above RESTRICTED).
 */
@DemoApplicationTest
class CoChairHoldersIT {

    private static final Label JOINT = new Label(Classification.RESTRICTED, "MAR", Set.of("ISR"));
    private static final SystemSubject ISRAEL = new SystemSubject("test", "ISR", Classification.SECRET);

    @Autowired
    MockMvc mvc;

    @Autowired
    Committees committees;

    @Autowired
    People people;

    @Autowired
    CommitteeRoles roles;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient sql;

    /** The owner's connection: what the test adds to the shared database it takes away again. */
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("migrationDataSource")
    javax.sql.DataSource ownerDataSource;

    long committee;
    long israeli;
    long israeliConfidential;
    long israeliUnreleased;
    long moroccanForFranceOnly;

    /** A joint Israel – Morocco group of the test's own, and the people who could hold its chairs. */
    @BeforeEach
    void aJointGroupAndItsCandidates() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        committee = inTransaction(transactions, HOST, () -> {
            long id = committees.add(new NewCommittee(
                    "TEST-" + tag,
                    CommitteeKind.WORKING_GROUP,
                    LocalizedText.of("en", "Co-chair holders test group"),
                    List.of("ISR", "MAR"),
                    null,
                    true,
                    JOINT));
            roles.grant("planner.mar", id, CommitteeRole.PLANNER);
            roles.grant("planner.isr", id, CommitteeRole.PLANNER);
            roles.grant("liaison.isr", id, CommitteeRole.VIEWER);
            return id;
        });
        israeli = inTransaction(transactions, HOST, () -> people.add(person("ISR", "Yael Shaked " + tag, JOINT)));
        israeliConfidential = inTransaction(
                transactions,
                HOST,
                () -> people.add(person(
                        "ISR",
                        "Avi Confidential " + tag,
                        new Label(Classification.CONFIDENTIAL, "MAR", Set.of("ISR")))));
        israeliUnreleased = inTransaction(
                transactions,
                ISRAEL,
                () -> people.add(
                        person("ISR", "Noa Unreleased " + tag, new Label(Classification.RESTRICTED, "ISR", Set.of()))));
        moroccanForFranceOnly = inTransaction(
                transactions,
                HOST,
                () -> people.add(person(
                        "MAR",
                        "Youssef FranceOnly " + tag,
                        new Label(Classification.RESTRICTED, "MAR", Set.of("FRA")))));
    }

    /**
     * The people this test added leave the shared database, so that the classes that count the demo's
     * people (PartnersIT, PeopleNamesIT) find the demo's; the committee stays, pointing at nobody.
     */
    @AfterEach
    void removeTheCandidates() {
        Long[] ids = {israeli, israeliConfidential, israeliUnreleased, moroccanForFranceOnly};
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        new org.springframework.transaction.support.TransactionTemplate(
                        new org.springframework.jdbc.datasource.DataSourceTransactionManager(ownerDataSource))
                .executeWithoutResult(status -> {
                    // Row-level security binds the owner too (forced), and grants it no row: lifted for
                    // this transaction only, as AuditPageBrowserIT lifts the append-only trigger.
                    owner.sql("alter table partners.person no force row level security")
                            .update();
                    owner.sql("alter table search.entry no force row level security")
                            .update();
                    owner.sql("delete from search.entry where record_type = 'person' and record_id = any(?)")
                            .param(ids)
                            .update();
                    owner.sql("delete from partners.person where id = any(?)")
                            .param(ids)
                            .update();
                    owner.sql("alter table search.entry force row level security")
                            .update();
                    owner.sql("alter table partners.person force row level security")
                            .update();
                });
    }

    @Test
    void aHolderThatIsNoneOfTheNationsReadablePeopleIsRefusedByNameAndChangesNothing() throws Exception {
        String before = coChairs();
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("not-a-number", "no number");
        refused.put("12345678901234567890", "too long a number");
        refused.put(Long.toString(moroccanForFranceOnly), "a person of another nation");
        refused.put("999999999", "an unknown person");
        refused.put(Long.toString(israeliUnreleased), "a person the editor may not read");
        for (var holder : refused.entrySet()) {
            var response = mvc.perform(post("/committees/" + committee)
                            .session(signIn(mvc, "planner.mar"))
                            .with(csrf())
                            .cookie(new Cookie("ENTENTE_LANG", "en"))
                            .param("kind", "WORKING_GROUP")
                            .param("name.en", "Co-chair holders test group")
                            .param("language", "en")
                            .param("cadence", "ANNUAL")
                            .param("coChair[ISR].organization", "Planning Directorate")
                            .param("coChair[ISR].position", "Head of division")
                            .param("coChair[ISR].person", holder.getKey()))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(holder.getValue()).isEqualTo(422);
            assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                    .as(holder.getValue())
                    .contains("href=\"#coChair-ISR--person\"")
                    .contains("choose the person who holds the chair from the list of that nation")
                    .doesNotContain("Exception");
            assertThat(coChairs()).as(holder.getValue() + ": nothing changed").isEqualTo(before);
        }
        // The same form with a person of the nation the editor may read is stored.
        var accepted = mvc.perform(post("/committees/" + committee)
                        .session(signIn(mvc, "planner.mar"))
                        .with(csrf())
                        .param("kind", "WORKING_GROUP")
                        .param("name.en", "Co-chair holders test group")
                        .param("language", "en")
                        .param("cadence", "ANNUAL")
                        .param("coChair[ISR].organization", "Planning Directorate")
                        .param("coChair[ISR].position", "Head of division")
                        .param("coChair[ISR].person", Long.toString(israeli)))
                .andReturn()
                .getResponse();
        assertThat(accepted.getStatus())
                .as(accepted.getContentAsString(StandardCharsets.UTF_8))
                .isBetween(300, 399);
        assertThat(coChairs()).contains("\"person\": " + israeli);
    }

    @Test
    void theCommitteePageNamesAHolderOnlyToAReaderWhoMayReadThem() throws Exception {
        inTransaction(
                transactions,
                HOST,
                () -> committees.describe(
                        committee,
                        null,
                        List.of(
                                chair("MAR", "Inspector", moroccanForFranceOnly),
                                chair("ISR", "Head of division", israeliConfidential)),
                        LocalizedText.of("en", "Test secretariat"),
                        Cadence.ANNUAL,
                        true,
                        JOINT));
        String moroccan = personName(moroccanForFranceOnly);
        String confidential = personName(israeliConfidential);

        // planner.mar (CONFIDENTIAL, Morocco) may read both.
        String host = page("planner.mar");
        assertThat(host).contains(moroccan).contains(confidential);

        // planner.isr (CONFIDENTIAL, Israel): the Israeli holder, never the Moroccan released to France only.
        String planner = page("planner.isr");
        assertThat(planner).contains(confidential).doesNotContain(moroccan).contains("Inspector");
        assertThat(api("planner.isr")).doesNotContain("\"personId\":" + moroccanForFranceOnly);

        // liaison.isr (RESTRICTED): nothing above RESTRICTED — neither holder, only the chairs' functions.
        String liaison = page("liaison.isr");
        assertThat(liaison)
                .doesNotContain(confidential)
                .doesNotContain(moroccan)
                .contains("Inspector")
                .contains("Head of division");
        assertThat(api("liaison.isr"))
                .doesNotContain("\"personId\":" + israeliConfidential)
                .doesNotContain("\"personId\":" + moroccanForFranceOnly);

        // planner.fra may not read the committee at all.
        var french = mvc.perform(get("/committees/" + committee).session(signIn(mvc, "planner.fra")))
                .andReturn()
                .getResponse();
        assertThat(french.getStatus()).isEqualTo(404);
        assertThat(french.getContentAsString(StandardCharsets.UTF_8)).doesNotContain(moroccan);
    }

    private static CoChair chair(String nation, String position, long person) {
        return new CoChair(nation, LocalizedText.of("en", "Directorate"), LocalizedText.of("en", position), person);
    }

    private static NewPerson person(String nation, String name, Label label) {
        return new NewPerson(
                nation,
                null,
                LocalizedText.of("en", name),
                LocalizedText.of("en", "Colonel"),
                LocalizedText.of("en", "Test function " + LocalDate.now()),
                false,
                label);
    }

    private String personName(long id) {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select name ->> 'en' from partners.person where id = ?")
                        .param(id)
                        .query(String.class)
                        .single());
    }

    private String coChairs() {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select co_chairs::text from committees.committee where id = ?")
                        .param(committee)
                        .query(String.class)
                        .single());
    }

    private String page(String persona) throws Exception {
        var response = mvc.perform(get("/committees/" + committee)
                        .session(signIn(mvc, persona))
                        .cookie(new Cookie("ENTENTE_LANG", "en")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(persona).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private String api(String persona) throws Exception {
        var response = mvc.perform(get("/api/v1/committees/" + committee).session(signIn(mvc, persona)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(persona).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8).replace(" ", "");
    }
}
