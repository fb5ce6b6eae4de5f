package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.entente.DemoApplicationTest;
import org.entente.pages.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The search page, the results as you type and the API over the demo, as its personas. */
@DemoApplicationTest
class SearchIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    JsonNode api(MockHttpSession session, String query) throws Exception {
        return answer(get("/api/v1/search").param("q", query).session(session));
    }

    private JsonNode answer(MockHttpServletRequestBuilder request) throws Exception {
        var response =
                mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return JSON.readTree(response.getContentAsString());
    }

    List<String> types(JsonNode answer) {
        return answer.get("items")
                .valueStream()
                .map(item -> item.get("type").asString())
                .toList();
    }

    @Test
    void anArabicWordFindsItsFormsWithTheirPrefixes() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        JsonNode plain = api(planner, "تكوين");
        JsonNode withArticle = api(planner, "والتكوين");
        assertThat(plain.get("total").asLong()).isPositive();
        assertThat(withArticle.get("total").asLong())
                .isEqualTo(plain.get("total").asLong());
    }

    @Test
    void anActivitysCodeFindsItFirst() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        JsonNode some = api(planner, "Benslimane");
        assertThat(some.get("total").asLong()).isPositive();
        JsonNode activity = some.get("items")
                .valueStream()
                .filter(item -> item.get("type").asString().equals("activity"))
                .findFirst()
                .orElseThrow();
        String code = activity.get("code").asString();
        JsonNode byCode = api(planner, code);
        assertThat(byCode.get("items").get(0).get("id").asLong())
                .isEqualTo(activity.get("id").asLong());
    }

    @Test
    void thePageAndTheSuggestionsAnswerInTheReadersLanguage() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        String page = mvc.perform(get("/search").param("q", "Benslimane").session(planner))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("<mark>").contains("search-hit");
        String suggestions = mvc.perform(get("/search/suggestions")
                        .param("q", "Bensli")
                        .header("HX-Request", "true")
                        .session(planner))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(suggestions).contains("role=\"option\"");
    }

    /**
     * The results as you type are a fragment without the navigation (shared.web.Fragment): however
     * they are asked for (htmx sends its header, a benchmark or a script may not), they read no
     * bell's count; the results page, with its navigation, reads it once.
     */
    @Test
    void theSuggestionsReadNoBellCountHoweverAskedAndThePageReadsItOnce() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        assertThat(bellCounts(get("/search/suggestions").param("q", "Bensli").session(planner)))
                .as("as you type, without htmx's header")
                .isZero();
        assertThat(bellCounts(get("/search/suggestions")
                        .param("q", "Bensli")
                        .header("HX-Request", "true")
                        .session(planner)))
                .as("as you type, from htmx")
                .isZero();
        assertThat(bellCounts(get("/search").param("q", "Benslimane").session(planner)))
                .as("the results page")
                .isEqualTo(1);
    }

    /** How many times the request counted the reader's unread notifications. */
    private long bellCounts(MockHttpServletRequestBuilder request) throws Exception {
        return StatementCounter.during(() -> mvc.perform(request).andExpect(status().isOk())).stream()
                .filter(sent -> sent.contains("from notifications.notification") && sent.contains("read_at is null"))
                .count();
    }

    /** The first project hit for the query, read in this language. */
    private JsonNode project(MockHttpSession session, String language, String query) throws Exception {
        JsonNode answer = answer(get("/api/v1/search")
                .param("q", query)
                .param("type", "project")
                .cookie(new Cookie("ENTENTE_LANG", language))
                .session(session));
        return answer.get("items")
                .valueStream()
                .filter(item -> item.get("title").get("en").asString().contains("Benslimane"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSnippetIsInTheReadersLanguageOrInTheFormTheWordsWereFoundInMarked() throws Exception {
        MockHttpSession planner = signIn(mvc, "planner.mar");
        // French words, a French reader: the French form.
        JsonNode french = project(planner, "fr", "exploitation");
        assertThat(french.get("snippetLanguage").asString()).isEqualTo("fr");
        assertThat(french.get("snippet").asString()).contains("exploitation");
        // An Arabic word, an English reader: the Arabic form, which the page marks as Arabic.
        JsonNode arabic = project(planner, "en", "التكنولوجيا");
        assertThat(arabic.get("snippetLanguage").asString()).isEqualTo("ar");
        assertThat(arabic.get("snippet").asString()).contains("التكنولوجيا");
        // The same Arabic word, an Arabic reader: their own form, not marked.
        assertThat(project(planner, "ar", "التكنولوجيا").get("snippetLanguage").asString())
                .isEqualTo("ar");
        String page = mvc.perform(get("/search")
                        .param("q", "exploitation")
                        .param("type", "project")
                        .cookie(new Cookie("ENTENTE_LANG", "ar"))
                        .session(planner))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // The title in the reader's Arabic; the snippet in French, its word marked, its language named.
        assertThat(page)
                .contains("<bdi lang=\"ar\" dir=\"auto\">مصنع الأنظمة الجوية بدون طيار في بنسليمان</bdi>")
                .contains("<bdi lang=\"fr\" dir=\"auto\">")
                .contains("<mark>d’exploitation</mark>")
                .contains("(الفرنسية)");
    }

    @Test
    void badInputGetsAMessageOrNothingNeverAnError() throws Exception {
        MockHttpSession viewer = signIn(mvc, "viewer.mar");
        for (String query : List.of(
                "",
                "   ",
                "x".repeat(2000),
                "?!:;.,()[]{}",
                "\"unbalanced",
                "*",
                "-",
                "-excluded",
                "a & b | !c <-> d:*",
                "'); drop table search.entry; --",
                "\u2067تكوين\u2069",
                "word\\")) {
            mvc.perform(get("/search").param("q", query).session(viewer)).andExpect(status().isOk());
            mvc.perform(get("/search/suggestions").param("q", query).session(viewer))
                    .andExpect(status().isOk());
            int api = mvc.perform(get("/api/v1/search").param("q", query).session(viewer))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(api).as(query).isIn(200, 422);
        }
        // A bidi override is refused at the request's edge (400 with a message) before search sees it.
        mvc.perform(get("/search").param("q", "\u202Eexercise\u202C").session(viewer))
                .andExpect(status().isBadRequest());
        String tooLong = mvc.perform(get("/search").param("q", "x".repeat(2000)).session(viewer))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(tooLong).contains("200");
        String problem = mvc.perform(get("/api/v1/search").param("q", "").session(viewer))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(problem).contains("\"field\":\"q\"");
    }

    @Test
    void badFiltersAreRefusedByTheOneRefusalPathNamingEachField() throws Exception {
        MockHttpSession viewer = signIn(mvc, "viewer.mar");
        String problem = mvc.perform(get("/api/v1/search")
                        .param("q", "exercise")
                        .param("type", "treaty")
                        .param("committee", "-3")
                        .param("year", "12345")
                        .param("nation", "france")
                        .param("page", "-1")
                        .param("size", "0")
                        .session(viewer))
                .andExpect(status().isUnprocessableContent())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode errors = JSON.readTree(problem).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("type", "committee", "year", "nation", "page", "size");
        assertThat(errors.valueStream().map(e -> e.get("message").asString()))
                .allSatisfy(message -> assertThat(message).isNotBlank().doesNotContain("{"));
        // Letters for a number or an unknown classification cannot even be converted: 400, naming the field.
        String unconverted = mvc.perform(get("/api/v1/search")
                        .param("q", "exercise")
                        .param("committee", "abc")
                        .param("classification", "TOP")
                        .session(viewer))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(JSON.readTree(unconverted)
                        .get("errors")
                        .valueStream()
                        .map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("committee", "classification");
        // The page says a filter is wrong and runs no search; valid filters stay chosen.
        String page = mvc.perform(get("/search")
                        .param("q", "exercise")
                        .param("committee", "abc")
                        .session(viewer))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("search-problem").doesNotContain("search-hit");
        mvc.perform(get("/api/v1/search")
                        .param("q", "exercise")
                        .param("type", " activity ")
                        .param("classification", "RESTRICTED")
                        .session(viewer))
                .andExpect(status().isOk());
    }
}
