package org.entente.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.HashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo accounts signed in through MockMvc, each once for the test that holds this: a request goes
 * out as the account, with the CSRF token and the reader's language (the {@code ENTENTE_LANG}
 * cookie), as the pages post it.
 */
public final class SignedInClients {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MockMvc mvc;
    private final Map<String, MockHttpSession> sessions = new HashMap<>();

    public SignedInClients(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** The request as {@code username}, in English. */
    public MvcResult perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        return perform(request, username, "en");
    }

    /** The request as {@code username}, reading {@code language}. */
    public MvcResult perform(MockHttpServletRequestBuilder request, String username, String language) throws Exception {
        MockHttpSession session = sessions.get(username);
        if (session == null) {
            session = Personas.signIn(mvc, username);
            sessions.put(username, session);
        }
        return mvc.perform(request.with(csrf()).session(session).cookie(new Cookie("ENTENTE_LANG", language)))
                .andReturn();
    }

    /** The response's body read as JSON. */
    public static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString());
    }
}
