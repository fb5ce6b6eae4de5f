package org.entente.notifications;

import static org.awaitility.Awaitility.await;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A person's notifications as the API gives them to that person, signed in: what the tests read back. */
record TheirNotifications(MockMvc mvc) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The person's notifications about the record ({@code "activity:39"}), newest first. */
    List<JsonNode> told(String username, String record) throws Exception {
        return api(signIn(mvc, username))
                .get("items")
                .valueStream()
                .filter(n -> n.get("record").asString().equals(record))
                .toList();
    }

    /** Waits (30 s at most) until the person has a notification about the record. */
    void awaitNotified(String username, String record) throws Exception {
        MockHttpSession session = signIn(mvc, username);
        await().atMost(Duration.ofSeconds(30)).until(() -> records(session).contains(record));
    }

    List<String> records(String username) throws Exception {
        return records(signIn(mvc, username));
    }

    List<String> records(MockHttpSession session) throws Exception {
        return api(session)
                .get("items")
                .valueStream()
                .map(n -> n.get("record").asString())
                .toList();
    }

    JsonNode api(MockHttpSession session) throws Exception {
        String body = mvc.perform(get("/api/v1/me/notifications?size=200")
                        .session(session)
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(body);
    }
}
