package org.entente.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.entente.DemoApplicationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every error under /api is {@code application/problem+json} with status, title and detail in the
 * caller's language; lists page the same way everywhere; a record's ETag answers 304; the nations
 * and users collections.
 */
@DemoApplicationTest
class ApiProblemsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiProblems problems;

    @Test
    void anAnonymousCallerGetsA401ProblemInTheLanguageAsked() throws Exception {
        problem(mvc.perform(get("/api/v1/agreements").header("Accept-Language", "ar")), 401)
                .andExpect(jsonPath("$.title").value("غير مصادق عليه"))
                .andExpect(jsonPath("$.detail", Matchers.startsWith("سجل الدخول")));
        problem(mvc.perform(get("/api/v1/no-such-thing").header("Accept-Language", "fr")), 401)
                .andExpect(jsonPath("$.title").value("Non authentifié"));
    }

    @Test
    void springsOwnErrorsBecomeProblemsWithoutAStackTrace() throws Exception {
        MockHttpSession viewer = signIn(mvc, "viewer.mar");
        problem(mvc.perform(api(get("/api/v1/no-such-thing"), viewer, "en")), 404)
                .andExpect(jsonPath("$.detail").value("There is no such address in the API."));
        problem(mvc.perform(api(delete("/api/v1/agreements"), viewer, "en").with(csrf())), 405)
                .andExpect(header().string("Allow", Matchers.containsString("GET")))
                .andExpect(jsonPath("$.title").value("Method not allowed"));
        MockHttpSession planner = signIn(mvc, "planner.mar");
        problem(
                        mvc.perform(api(post("/api/v1/agreements"), planner, "fr")
                                .with(csrf())
                                .contentType(MediaType.TEXT_PLAIN)
                                .content("hello")),
                        415)
                .andExpect(jsonPath("$.detail").value("Ce type de contenu n’est pas accepté ici."));
        problem(
                        mvc.perform(api(post("/api/v1/agreements"), planner, "he")
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"kind\": ")),
                        400)
                .andExpect(jsonPath("$.detail").value("גוף הבקשה אינו JSON תקין במבנה הצפוי."))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))));
        problem(mvc.perform(api(get("/api/v1/attachments"), viewer, "en")), 400)
                .andExpect(jsonPath("$.errors[0].field").value("recordType"));
        problem(
                        mvc.perform(api(get("/api/v1/attachments"), viewer, "en")
                                .param("recordType", "committee")
                                .param("recordId", "abc")),
                        400)
                .andExpect(jsonPath("$.errors[0].field").value("recordId"))
                .andExpect(jsonPath("$.errors[0].message").value("recordId: not a valid value."));
        // Method security's refusal, and a session's POST without its CSRF token.
        problem(mvc.perform(api(get("/api/v1/audit/events"), planner, "en")), 403)
                .andExpect(jsonPath("$.title").value("Forbidden"));
        problem(
                mvc.perform(api(post("/api/v1/organizations"), planner, "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")),
                403);
    }

    @Test
    void everyListPagesTheSameWayAndRefusesBadPagingByField() throws Exception {
        MockHttpSession viewer = signIn(mvc, "viewer.mar");
        for (String list : new String[] {
            "/api/v1/agreements",
            "/api/v1/context-events",
            "/api/v1/domains",
            "/api/v1/organizations",
            "/api/v1/people",
            "/api/v1/nations"
        }) {
            mvc.perform(api(get(list), viewer, "en").param("size", "1000"))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.page").value(0))
                    .andExpect(jsonPath("$.size").value(Paging.MAX_SIZE))
                    .andExpect(jsonPath("$.total").isNumber())
                    .andExpect(jsonPath("$.items").isArray());
            problem(mvc.perform(api(get(list), viewer, "fr").param("page", "-1").param("size", "x")), 400)
                    .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("page", "size")))
                    .andExpect(jsonPath("$.errors[?(@.field == 'page')].message")
                            .value(Matchers.contains("page : un nombre entier, 0 ou plus.")));
        }
        mvc.perform(api(get("/api/v1/nations"), viewer, "en").param("size", "2").param("page", "1"))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.total", Matchers.greaterThan(240)));
    }

    @Test
    void aRecordCarriesAnETagAndACurrentCopyIsAnswered304() throws Exception {
        MockHttpSession viewer = signIn(mvc, "viewer.mar");
        String list = mvc.perform(api(get("/api/v1/agreements"), viewer, "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = Long.parseLong(list.replaceAll("(?s)^.*?\\{\"id\":(\\d+),.*$", "$1"));
        String tag = mvc.perform(api(get("/api/v1/agreements/" + id), viewer, "en"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", Matchers.matchesPattern("\"[0-9a-f]{32}\"")))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(api(get("/api/v1/agreements/" + id), viewer, "en").header("If-None-Match", tag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""));
        mvc.perform(api(get("/api/v1/agreements/" + id), viewer, "en").header("If-None-Match", "W/" + tag))
                .andExpect(status().isNotModified());
        mvc.perform(api(get("/api/v1/agreements/" + id), viewer, "en").header("If-None-Match", "\"stale\""))
                .andExpect(status().isOk());
    }

    @Test
    void nationsAreNamedInTheCallersLanguageAndUsersAreTheAdministratorsNationsOnly() throws Exception {
        MockHttpSession viewer = signIn(mvc, "viewer.mar");
        mvc.perform(api(get("/api/v1/nations"), viewer, "ar").param("size", "200"))
                .andExpect(jsonPath("$.items[?(@.code == 'MAR')].name").value(Matchers.contains("المغرب")));
        mvc.perform(api(get("/api/v1/nations"), viewer, "he").param("size", "200"))
                .andExpect(jsonPath("$.items[?(@.code == 'ISR')].name").value(Matchers.contains("ישראל")));
        mvc.perform(api(get("/api/v1/users"), signIn(mvc, "admin.isr"), "en"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].nation", Matchers.everyItem(Matchers.is("ISR"))))
                .andExpect(jsonPath("$.items[*].username", Matchers.hasItem("liaison.isr")))
                .andExpect(jsonPath("$.items[0].passwordHash").doesNotExist());
        problem(mvc.perform(api(get("/api/v1/users"), viewer, "en")), 403);
    }

    private static MockHttpServletRequestBuilder api(
            MockHttpServletRequestBuilder request, MockHttpSession session, String language) {
        return request.session(session).header("Accept-Language", language);
    }

    private static ResultActions problem(ResultActions result, int status) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isString())
                .andExpect(jsonPath("$.detail").isString());
    }

    @Test
    void anUnexpectedFailureIsA500ProblemThatSaysNothingOfItsCause() throws Exception {
        var handler = new ApiExceptionHandler(problems);
        var response = handler.unexpected(
                new IllegalStateException("password=hunter2"),
                new org.springframework.mock.web.MockHttpServletRequest("GET", "/api/v1/anything"));
        assertThat(response.getStatusCode().value()).isEqualTo(500);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().getDetail()).doesNotContain("hunter2").isNotBlank();
        assertThat(response.getBody().getTitle()).isEqualTo("Internal error");
        // A page's failure is not the API's: left to Spring's usual handling.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> handler.unexpected(
                        new IllegalStateException("page"),
                        new org.springframework.mock.web.MockHttpServletRequest("GET", "/agreements")))
                .hasMessage("page");
    }

    @Test
    void aStaleIfMatchIsA412() {
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.addHeader("If-Match", "\"old\"");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ETags.requireIfMatch(request, "\"new\""))
                .isInstanceOf(ETags.PreconditionFailed.class);
        request.removeHeader("If-Match");
        request.addHeader("If-Match", "\"old\", \"new\"");
        ETags.requireIfMatch(request, "\"new\"");
        assertThat(ETags.matches("*", "\"x\"", false)).isTrue();
    }
}
