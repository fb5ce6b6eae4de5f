package org.entente.shared.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.entente.DemoApplicationTest;
import org.entente.database.SuperuserConnections;
import org.entente.support.Personas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each class of refusal at the request edges, through the real server (Tomcat parses what a
 * browser sends) where no sign-in is needed, and through MockMvc for the signed-in API: NUL and
 * other controls, over-size bodies, and the strict JSON reader.
 */
@DemoApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestEdgesIT {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SuperuserConnections superuser;

    final HttpClient http = HttpClient.newHttpClient();
    MockHttpSession planner;
    long plan;

    @BeforeAll
    void signIn() throws Exception {
        planner = Personas.signIn(mvc, "planner.mar");
        plan = count("select min(id) from workplans.plan where committee_code = 'JMC-ISR-MAR'");
    }

    @Test
    void aNulInTheSignInFormIsA400PageInTheUsersLanguageNotA500() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "ENTENTE_LANG=fr")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=planner.mar%00&password=x")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Rien n’a été modifié").doesNotContain("Exception");
    }

    @Test
    void aNulInAQueryParameterOrThePathIs400() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/workplans/1?domain=%00"))).statusCode())
                .isEqualTo(400);
        assertThat(send(HttpRequest.newBuilder(uri("/workplans?sort=a%E2%80%AEb")))
                        .statusCode())
                .isEqualTo(400);
        HttpResponse<String> api = send(HttpRequest.newBuilder(uri("/api/v1/agreements?q%00=1")));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(api.body()).contains("\"field\":\"q\"");
    }

    @Test
    void aMalformedEscapeInThePathIs400NotA500() throws Exception {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.getOutputStream()
                    .write("GET /committees/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII));
            String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
            assertThat(status).isEqualTo("HTTP/1.1 400");
        }
    }

    @Test
    void anOverSizeBodyIs413BeforeItIsRead() throws Exception {
        HttpResponse<String> json = send(HttpRequest.newBuilder(uri("/api/v1/organizations"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[1024 * 1024 + 1])));
        assertThat(json.statusCode()).isEqualTo(413);
        assertThat(json.body()).contains("\"status\":413").contains("1 MB");
        // The Excel import: 30 MB, far over the upload limit, refused from its Content-Length.
        HttpResponse<String> sheet = send(HttpRequest.newBuilder(uri("/api/v1/workplans/" + plan + "/activities.xlsx"))
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[30 * 1024 * 1024])));
        assertThat(sheet.statusCode()).isEqualTo(413);
    }

    @Test
    void aChunkedFormOverTheLimitIsRefusedNotA500() throws Exception {
        // No Content-Length: Tomcat reads the form up to the same limit.
        HttpResponse<String> form = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        ("username=" + "a".repeat(2 * 1024 * 1024)).getBytes(StandardCharsets.US_ASCII)))));
        assertThat(form.statusCode()).isBetween(400, 499);
    }

    @Test
    void datesAreIsoStringsOnlyAndARefusalWritesNothing() throws Exception {
        long before = activities();
        var refused = postActivity(Map.of("plannedStart", -999999999));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"plannedStart\"");
        assertThat(activities()).isEqualTo(before);
    }

    @Test
    void nullsUnknownFieldsAndUnknownCodesAre422NamingTheField() throws Exception {
        assertField(postActivity(Map.of("participants", nullFor("MAR"))), "participants.MAR");
        assertField(postActivity(Map.of("titel", Map.of("en", "x"))), "titel");
        assertField(postActivity(Map.of("type", "PARTY")), "type");
        assertField(postActivity(Map.of("plannedQuarter", "2")), "plannedQuarter");
    }

    @Test
    void aControlCharacterInJsonIs400NamingTheField() throws Exception {
        var refused = postActivity(Map.of("title", Map.of("en", "a\u0000b")));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("\"field\":\"title.en\"");
    }

    private void assertField(MockHttpServletResponse response, String field) throws Exception {
        assertThat(response.getStatus()).as(field).isEqualTo(422);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .as(field)
                .contains("\"field\":\"" + field + "\"");
    }

    private MockHttpServletResponse postActivity(Map<String, Object> fields) throws Exception {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("title", Map.of("en", "Edge activity"));
        body.put("type", "WORKING_MEETING");
        body.put("domain", "TRAINING_EDUCATION");
        body.put("leadNation", "MAR");
        body.put("hostNation", "ISR");
        body.put("plannedQuarter", 2);
        body.putAll(fields);
        return mvc.perform(post("/api/v1/workplans/" + plan + "/activities")
                        .session(planner)
                        .with(csrf())
                        .cookie(new Cookie("ENTENTE_LANG", "en"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(JsonMapper.builder().build().writeValueAsString(body)))
                .andReturn()
                .getResponse();
    }

    private static Map<String, Object> nullFor(String key) {
        var map = new java.util.HashMap<String, Object>();
        map.put(key, null);
        return map;
    }

    private long activities() throws Exception {
        return count("select count(*) from workplans.activity");
    }

    /** Read as the superuser: row-level security hides nothing. */
    private long count(String query) throws Exception {
        try (var connection = superuser.open();
                var rs = connection.createStatement().executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
