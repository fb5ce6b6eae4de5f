package org.entente.shared.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entente.support.Personas.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document matches the behaviour: every API route is in it, and real answers of the
 * API — successes, lists, refusals, invalid input — have a status the document lists for that
 * operation and the properties its schema requires.
 */
@DemoApplicationTest
class OpenApiDocumentIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    JsonNode document;

    @BeforeEach
    void document() throws Exception {
        MockHttpServletResponse response =
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        document = JSON.readTree(response.getContentAsString());
    }

    @Test
    void theDocumentDescribesTheBearerSchemeProblemsAndLists() {
        JsonNode schemes = document.at("/components/securitySchemes");
        assertThat(schemes.at("/bearerToken/type").asString()).isEqualTo("http");
        assertThat(schemes.at("/bearerToken/scheme").asString()).isEqualTo("bearer");
        assertThat(required(document.at("/components/schemas/Problem"))).contains("status", "title", "detail");
        JsonNode list = schema(document.at("/paths/~1api~1v1~1nations/get/responses/200/content"));
        assertThat(required(list)).containsExactlyInAnyOrder("items", "page", "size", "total");
        assertThat(document.at("/paths/~1api~1v1~1agreements/get/responses/401/content")
                        .has("application/problem+json"))
                .isTrue();
    }

    @Test
    void everyApiRouteIsDocumented() {
        var routes = new TreeSet<String>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/"))
                        .forEach(pattern -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> routes.add(method.name().toLowerCase() + " " + pattern))));
        var documented = new TreeSet<String>();
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .properties()
                        .forEach(operation -> documented.add(operation.getKey() + " " + path.getKey())));
        assertThat(documented).containsAll(routes);
    }

    @Test
    void realAnswersHaveDocumentedStatusesAndRequiredProperties() throws Exception {
        MockHttpSession viewer = signIn(mvc, "viewer.mar");
        MockHttpSession planner = signIn(mvc, "planner.mar");
        MockHttpSession admin = signIn(mvc, "admin.isr");
        List<String> wrong = new ArrayList<>();
        check(wrong, "/api/v1/agreements", get("/api/v1/agreements").session(viewer));
        check(wrong, "/api/v1/agreements", get("/api/v1/agreements"));
        check(wrong, "/api/v1/agreements", get("/api/v1/agreements?page=-1").session(viewer));
        check(
                wrong,
                "/api/v1/agreements/{id}",
                get("/api/v1/agreements/999999999").session(viewer));
        String first = mvc.perform(get("/api/v1/agreements?size=1").session(viewer))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String one =
                "/api/v1/agreements/" + JSON.readTree(first).at("/items/0/id").asLong();
        String tag =
                mvc.perform(get(one).session(viewer)).andReturn().getResponse().getHeader("ETag");
        check(wrong, "/api/v1/agreements/{id}", get(one).session(viewer));
        check(wrong, "/api/v1/agreements/{id}", get(one).session(viewer).header("If-None-Match", tag));
        check(
                wrong,
                "/api/v1/agreements",
                post("/api/v1/agreements")
                        .session(planner)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"));
        check(
                wrong,
                "/api/v1/organizations",
                post("/api/v1/organizations")
                        .session(viewer)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"));
        check(
                wrong,
                "/api/v1/people",
                post("/api/v1/people")
                        .session(planner)
                        .with(csrf())
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("x"));
        check(
                wrong,
                "/api/v1/context-events",
                get("/api/v1/context-events?nations=ISR,MAR").session(viewer));
        check(
                wrong,
                "/api/v1/context-events",
                get("/api/v1/context-events?nations=XXX").session(viewer));
        check(wrong, "/api/v1/domains", get("/api/v1/domains").session(viewer));
        check(wrong, "/api/v1/organizations", get("/api/v1/organizations").session(viewer));
        check(wrong, "/api/v1/people", get("/api/v1/people").session(viewer));
        check(wrong, "/api/v1/nations", get("/api/v1/nations").session(viewer));
        check(wrong, "/api/v1/users", get("/api/v1/users").session(admin));
        check(wrong, "/api/v1/users", get("/api/v1/users").session(viewer));
        check(wrong, "/api/v1/audit/events", get("/api/v1/audit/events").session(signIn(mvc, "auditor.mar")));
        check(wrong, "/api/v1/audit/verify", get("/api/v1/audit/verify").session(planner));
        check(wrong, "/api/v1/attachments", get("/api/v1/attachments").session(viewer));
        check(
                wrong,
                "/api/v1/attachments/{id}/content",
                get("/api/v1/attachments/999999999/content").session(viewer));
        assertThat(wrong).isEmpty();
    }

    /** Performs the request and notes where its answer departs from the document. */
    private void check(List<String> wrong, String path, MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        MockHttpServletResponse response = result.getResponse();
        String method = result.getRequest().getMethod().toLowerCase(Locale.ROOT);
        String name = method + " " + path + " → " + response.getStatus();
        JsonNode operation = document.path("paths").path(path).path(method);
        if (operation.isMissingNode()) {
            wrong.add(name + ": operation not documented");
            return;
        }
        JsonNode documented = operation.path("responses").path(Integer.toString(response.getStatus()));
        if (documented.isMissingNode()) {
            wrong.add(name + ": status not documented (documented: "
                    + operation.path("responses").propertyNames() + ")");
            return;
        }
        String type = response.getContentType() == null ? "" : response.getContentType();
        if (response.getStatus() >= 400 && !type.startsWith("application/problem+json")) {
            wrong.add(name + ": not a problem but " + type);
            return;
        }
        JsonNode content = documented.path("content");
        if (content.isMissingNode() || type.isEmpty() || !type.contains("json")) {
            return;
        }
        JsonNode body = JSON.readTree(response.getContentAsString());
        for (String property : required(schema(content))) {
            if (!body.has(property)) {
                wrong.add(name + ": no " + property + " in " + body);
            }
        }
    }

    /** The schema of the first media type of a content, its reference followed. */
    private JsonNode schema(JsonNode content) {
        JsonNode schema = content.properties().iterator().next().getValue().path("schema");
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : document.at(ref.substring(1));
    }

    private static List<String> required(JsonNode schema) {
        var names = new ArrayList<String>();
        schema.path("required").forEach(name -> names.add(name.asString()));
        return names;
    }
}
