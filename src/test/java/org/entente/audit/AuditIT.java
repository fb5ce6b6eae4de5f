package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.support.Personas.signIn;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.entente.DemoApplicationTest;
import org.entente.committees.CommitteeKind;
import org.entente.committees.Committees;
import org.entente.committees.NewCommittee;
import org.entente.identity.Accounts;
import org.entente.identity.NewAccount;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.support.Personas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail inside the running application, with the demo loaded. */
@DemoApplicationTest
class AuditIT {

    static final String PASSWORD = Personas.DEMO_PASSWORD;

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient sql;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Committees committees;

    @Autowired
    Accounts accounts;

    @Autowired
    @Qualifier("migrationDataSource")
    DataSource ownerDataSource;

    @Test
    void theApplicationMayNeitherChangeNorRemoveAnEntry() {
        transaction.executeWithoutResult(
                status -> trail.recordAs("tester", "MAR", AuditEvent.success("test.append-only", "test", null, null)));
        for (String statement : List.of(
                "update audit.event set actor = 'mallory'", "delete from audit.event", "truncate audit.event")) {
            assertThatThrownBy(() -> sql.sql(statement).update())
                    .as(statement)
                    .rootCause()
                    .hasMessageContaining("permission denied");
        }
        assertThat(sql.sql("""
                        select privilege_type from information_schema.role_table_grants
                         where table_schema = 'audit' and table_name = 'event' and grantee = current_user
                         order by 1""").query(String.class).list()).containsExactly("INSERT", "SELECT");
    }

    @Test
    void anEntryIsWrittenInTheCallersTransactionAndRollsBackWithIt() {
        String marker = "test.rollback." + UUID.randomUUID();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
                    trail.recordAs("tester", "MAR", AuditEvent.success(marker, "test", null, null));
                    throw new IllegalStateException("the change fails after its audit entry");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(entries(marker)).isZero();
    }

    @Test
    void aChangeWhoseAuditEntryCannotBeWrittenRollsBack() {
        String code = "TEST-" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            committees.add(new NewCommittee(
                    code,
                    CommitteeKind.WORKING_GROUP,
                    LocalizedText.of("en", "A group whose creation cannot be audited"),
                    List.of("MAR"),
                    null,
                    false,
                    Label.unclassified("MAR")));
            // No such nation fits the column: the audit write fails, and the committee with it.
            trail.recordAs("tester", "NOT-A-NATION", AuditEvent.success("committees.add", "committee", code, null));
        }));
        assertThat(sql.sql("select count(*) from committees.committee where code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> trail.record(AuditEvent.success("test.no-transaction", "test", null, null)))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void signingInFailingToSignInAndSigningOutAreRecorded() throws Exception {
        long before = lastId();
        MockHttpSession session = signIn(mvc, "viewer.mar");
        mvc.perform(post("/logout").session(session).with(csrf()));
        mvc.perform(formLogin().user("viewer.mar").password("not the password"));
        mvc.perform(formLogin().user("<script>nobody</script>").password("whatever it is"));

        List<Map<String, Object>> rows = sql.sql("""
                        select actor, actor_nation, action, outcome, details->>'reason' as reason
                          from audit.event where id > ? and action like 'identity.%' order by id""").param(before).query().listOfRows();
        assertThat(rows)
                .extracting(r ->
                        r.get("actor") + " " + r.get("actor_nation") + " " + r.get("action") + " " + r.get("outcome"))
                .containsExactly(
                        "viewer.mar MAR identity.sign-in SUCCESS",
                        "viewer.mar MAR identity.sign-out SUCCESS",
                        "viewer.mar null identity.sign-in FAILURE",
                        "?script?nobody??script? null identity.sign-in FAILURE");
        assertThat(rows.get(2).get("reason")).isEqualTo("BadCredentialsException");
    }

    @Test
    void anAuditorVerifiesTheChain() throws Exception {
        mvc.perform(get("/api/v1/audit/verify").session(signIn(mvc, "auditor.mar")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.entries").isNumber())
                .andExpect(jsonPath("$.firstBadEntry").doesNotExist());
        assertThat(sql.sql("select actor from audit.event where action = 'audit.verify' order by id desc limit 1")
                        .query(String.class)
                        .single())
                .isEqualTo("auditor.mar");
    }

    @Test
    void aPlannerMayNotVerifyNorReadTheTrail() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        mvc.perform(get("/api/v1/audit/verify").session(planner)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/events").session(planner)).andExpect(status().isForbidden());
        mvc.perform(get("/audit").session(planner)).andExpect(status().isForbidden());
    }

    @Test
    void aRowAlteredInTheDatabaseIsNamedByTheVerification() throws Exception {
        long victim = transaction.execute(
                status -> trail.recordAs("planner.mar", "MAR", AuditEvent.success("test.victim", "test", "1", null)));
        MockHttpSession auditor = signIn(mvc, "auditor.mar");
        try {
            asOwnerWithoutTrigger("update audit.event set actor = 'mallory' where id = " + victim);
            mvc.perform(get("/api/v1/audit/verify").session(auditor))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.ok").value(false))
                    .andExpect(jsonPath("$.firstBadEntry").value(victim))
                    .andExpect(jsonPath("$.reason").value("HASH_MISMATCH"));
            mvc.perform(get("/audit/verify")
                            .session(auditor)
                            .header("HX-Request", "true")
                            .cookie(new Cookie("ENTENTE_LANG", "en")))
                    .andExpect(content().string(containsString("The chain is broken at entry " + victim + ".")))
                    .andExpect(content().string(containsString("no longer matches its hash")));
        } finally {
            asOwnerWithoutTrigger("update audit.event set actor = 'planner.mar' where id = " + victim);
        }
        mvc.perform(get("/api/v1/audit/verify").session(auditor))
                .andExpect(jsonPath("$.ok").value(true));
    }

    @Test
    void anAuditorListsOnlyEventsWhoseLabelTheyMayRead() throws Exception {
        String action = "test.labels." + UUID.randomUUID().toString().substring(0, 8);
        transaction.executeWithoutResult(status -> {
            trail.recordAs("planner.mar", "MAR", AuditEvent.success(action, "session", "1", null));
            trail.recordAs(
                    "planner.mar",
                    "MAR",
                    AuditEvent.success(action, "session", "2", new Label(Classification.RESTRICTED, "MAR", Set.of())));
            trail.recordAs(
                    "planner.mar",
                    "MAR",
                    AuditEvent.success(action, "session", "3", new Label(Classification.SECRET, "MAR", Set.of())));
            trail.recordAs(
                    "planner.isr",
                    "ISR",
                    AuditEvent.denied(action, "session", "4", new Label(Classification.RESTRICTED, "ISR", Set.of())));
        });
        mvc.perform(get("/api/v1/audit/events").param("action", action).session(signIn(mvc, "auditor.mar")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(org.entente.shared.api.Paging.DEFAULT_SIZE))
                .andExpect(jsonPath("$.items[*].objectId", contains("3", "2", "1")))
                .andExpect(jsonPath("$.items[0].label.banner").value("SECRET // MAR"))
                .andExpect(jsonPath("$.items[2].label").doesNotExist());

        String restricted = newAuditor(Classification.RESTRICTED);
        mvc.perform(get("/api/v1/audit/events").param("action", action).session(signIn(mvc, restricted)))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[*].objectId", contains("2", "1")));
    }

    @Test
    void theEventsAreFilteredAndPaged() throws Exception {
        String action = "test.paging." + UUID.randomUUID().toString().substring(0, 8);
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 5; i++) {
                trail.recordAs("paging.tester", "MAR", AuditEvent.success(action, "test", Integer.toString(i), null));
            }
            trail.recordAs("paging.tester", "MAR", AuditEvent.failure(action, "test", "failed", null));
        });
        MockHttpSession auditor = signIn(mvc, "auditor.mar");
        mvc.perform(get("/api/v1/audit/events")
                        .param("action", action)
                        .param("outcome", "SUCCESS")
                        .param("size", "2")
                        .param("page", "1")
                        .session(auditor))
                .andExpect(jsonPath("$.total").value(5))
                .andExpect(jsonPath("$.items[*].objectId", contains("2", "1")));
        mvc.perform(get("/api/v1/audit/events")
                        .param("actor", "paging.")
                        .param("action", action)
                        .param("outcome", "FAILURE")
                        .param("from", "2000-01-01")
                        .session(auditor))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/audit/events")
                        .param("action", action)
                        .param("to", "2000-01-01")
                        .session(auditor))
                .andExpect(jsonPath("$.total").value(0));
        assertThat(sql.sql("select count(*) from audit.event where action = 'audit.list' and details->>'action' = ?")
                        .param(action)
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void theAuditPageShowsTheEventsAndVerifiesAsAFragmentForHtmx() throws Exception {
        MockHttpSession auditor = signIn(mvc, "auditor.mar");
        mvc.perform(get("/audit").session(auditor).cookie(new Cookie("ENTENTE_LANG", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Verify the chain")))
                .andExpect(content().string(containsString("identity.sign-in")));
        mvc.perform(get("/audit/verify").session(auditor).header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<div id=\"verification\"")))
                .andExpect(content().string(containsString("data-ok=\"true\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/audit/verify").session(auditor))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString("data-ok=\"true\"")));
    }

    @Test
    void onlyAuditorsSeeTheAuditLinkInTheNavigation() throws Exception {
        mvc.perform(get("/").session(signIn(mvc, "auditor.mar")))
                .andExpect(content().string(containsString("href=\"/audit\"")));
        mvc.perform(get("/").session(signIn(mvc, "planner.mar")))
                .andExpect(content().string(not(containsString("href=\"/audit\""))));
    }

    @Test
    void aCheckpointIsSignedOnDemand() throws Exception {
        mvc.perform(post("/api/v1/audit/checkpoint")
                        .session(signIn(mvc, "auditor.mar"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.entry").isNumber())
                .andExpect(jsonPath("$.hash").isString());
        mvc.perform(get("/api/v1/audit/verify").session(signIn(mvc, "auditor.mar")))
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.lastCheckpoint.entry").isNumber());
    }

    private String newAuditor(Classification clearance) {
        String username = "auditor." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewAccount(username, PASSWORD, "MAR", clearance, "en", false, true, false));
        return username;
    }

    private long lastId() {
        return sql.sql("select coalesce(max(id), 0) from audit.event")
                .query(Long.class)
                .single();
    }

    private int entries(String action) {
        return sql.sql("select count(*) from audit.event where action = ?")
                .param(action)
                .query(Integer.class)
                .single();
    }

    /** What tampering takes: the owner's rights, and switching the append-only trigger off. */
    private void asOwnerWithoutTrigger(String statement) {
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        new TransactionTemplate(new DataSourceTransactionManager(ownerDataSource)).executeWithoutResult(status -> {
            owner.sql("alter table audit.event disable trigger event_append_only")
                    .update();
            owner.sql(statement).update();
            owner.sql("alter table audit.event enable trigger event_append_only")
                    .update();
        });
    }
}
