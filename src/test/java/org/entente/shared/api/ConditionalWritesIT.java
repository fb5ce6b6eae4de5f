package org.entente.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.HOST;
import static org.entente.support.Personas.inTransaction;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two people changing the same action item or project through the API never silently overwrite
 * each other: a write naming a version the record no longer has is refused (412) and changes
 * nothing; reading again gives the current version.
 */
@DemoApplicationTest
class ConditionalWritesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient sql;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void anActionItemUpdateNamingAnOldVersionIsRefusedAndTheCurrentOneGoesThrough() throws Exception {
        long item = id("""
                select min(a.id) from committees.action_item a join committees.committee c on c.id = a.committee_id
                 where c.code = 'JMC-ISR-MAR' and a.party = 'MAR'""");
        MockHttpSession planner = signIn(mvc, "planner.mar");
        MvcResult read = mvc.perform(get("/api/v1/action-items/" + item).session(planner))
                .andExpect(status().isOk())
                .andReturn();
        String tag = read.getResponse().getHeader(HttpHeaders.ETAG);
        JsonNode before = JSON.readTree(read.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(tag).isNotBlank();
        mvc.perform(get("/api/v1/action-items/" + item).session(planner).header(HttpHeaders.IF_NONE_MATCH, tag))
                .andExpect(status().isNotModified());
        String update =
                "{\"status\": \"" + before.get("status").asString() + "\", \"note\": {\"ar\": \"راجعه الاختبار.\"}}";
        long notesBefore = notes(item);

        mvc.perform(post("/api/v1/action-items/" + item + "/updates")
                        .session(planner)
                        .with(csrf())
                        .header(HttpHeaders.IF_MATCH, "\"0123456789abcdef0123456789abcdef\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update))
                .andExpect(status().isPreconditionFailed());
        assertThat(notes(item)).isEqualTo(notesBefore);

        MvcResult written = mvc.perform(post("/api/v1/action-items/" + item + "/updates")
                        .session(planner)
                        .with(csrf())
                        .header(HttpHeaders.IF_MATCH, tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(notes(item)).isEqualTo(notesBefore + 1);
        assertThat(written.getResponse().getHeader(HttpHeaders.ETAG)).isNotEqualTo(tag);

        // The tag read before the change is now stale in its turn.
        mvc.perform(post("/api/v1/action-items/" + item + "/updates")
                        .session(planner)
                        .with(csrf())
                        .header(HttpHeaders.IF_MATCH, tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(update))
                .andExpect(status().isPreconditionFailed());
        assertThat(notes(item)).isEqualTo(notesBefore + 1);
    }

    @Test
    void aMilestoneRecordedAgainstAnOldVersionOfTheProjectIsRefusedAndNothingChanges() throws Exception {
        long project = id("select id from projects.project where title->>'en' like '%Benslimane'");
        long milestone = id("select max(id) from projects.milestone where project_id = " + project);
        MockHttpSession planner = signIn(mvc, "planner.mar");
        String tag = mvc.perform(get("/api/v1/projects/" + project).session(planner))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        mvc.perform(get("/api/v1/projects/" + project).session(planner).header(HttpHeaders.IF_NONE_MATCH, tag))
                .andExpect(status().isNotModified());
        String statusBefore = milestoneStatus(milestone);

        mvc.perform(put("/api/v1/projects/" + project + "/milestones/" + milestone)
                        .session(planner)
                        .with(csrf())
                        .header(HttpHeaders.IF_MATCH, "\"0123456789abcdef0123456789abcdef\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\": \"DROPPED\", \"note\": {\"en\": \"Stale.\"}}"))
                .andExpect(status().isPreconditionFailed());

        assertThat(milestoneStatus(milestone)).isEqualTo(statusBefore);
    }

    private long notes(long item) {
        return id("select count(*) from committees.action_note where action_item_id = " + item);
    }

    private String milestoneStatus(long milestone) {
        return inTransaction(
                transactions,
                HOST,
                () -> sql.sql("select status from projects.milestone where id = :id")
                        .param("id", milestone)
                        .query(String.class)
                        .single());
    }

    private long id(String query) {
        return inTransaction(
                transactions, HOST, () -> sql.sql(query).query(Long.class).single());
    }
}
