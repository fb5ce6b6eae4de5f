package org.entente.shared.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.entente.DemoApplicationTest;
import org.entente.access.Routes;
import org.entente.database.SuperuserConnections;
import org.entente.shared.edge.FuzzInputs.Category;
import org.entente.support.Personas;
import org.entente.support.RunsAlongside;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Bad input over every route (issue 14, item 2): for each category of bad input, every route of the
 * handler mappings (the authorization matrix's enumeration) and the sign-in and sign-out filters,
 * as an anonymous caller and as a signed-in planner. Fails on any 5xx, any stack trace in a
 * response, any row written by a refused request, and — where the edge must answer — anything but
 * 400 for a refused character and 413 for an over-size body. Seeded: {@code -Dentente.fuzz.seed=N}
 * replays a run; the seed is printed.
 *
 * <p>A budget: a run sends a third of the route × persona × category requests (about 1,600 of
 * 4,800, which took a minute of a core), each route with both personas meeting five of the fifteen
 * categories; which third, and the values, follow the seed. The seed is the day's number unless
 * given, so the three thirds come round every three days, and a run repeated the same day
 * repeats its requests. The sign-in and sign-out filters meet every category in every run.
 * {@code -Dentente.fuzz.all=true} sends every request, as before.
 */
@RunsAlongside
@DemoApplicationTest
// An application of its own: what the fuzzer writes (and its failed sign-ins) stays out of other tests.
@TestPropertySource(properties = "spring.application.name=entente-request-fuzzer")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestFuzzIT {

    static final long SEED = Long.getLong(
            "entente.fuzz.seed",
            java.time.LocalDate.now(java.time.ZoneOffset.UTC).toEpochDay());

    /** Every route, persona and category in one run; otherwise the third of them the seed picks. */
    static final boolean ALL = Boolean.getBoolean("entente.fuzz.all");

    static final int THIRDS = 3;

    /**
     * One request per route, category and persona: anonymous, and signed in — as Morocco's planner,
     * or its administrator on the administration's routes (a planner gets no further than 403 there).
     * Every route meets every kind of bad input as both; the seed varies the field and the value.
     */
    static final List<String> PERSONAS = List.of("anonymous", "signed-in");

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    SuperuserConnections superuser;

    final Map<String, HandlerMethod> routes = new LinkedHashMap<>();
    final Map<Category, int[]> counts = new EnumMap<>(Category.class);
    final List<String> failures = new ArrayList<>();
    /** The route and persona pairs sent at least one request; and how many requests the budget allows. */
    final java.util.Set<String> reached = new java.util.HashSet<>();

    int expected;
    /** Where the run's time goes: building and answering requests, and looking for written rows. */
    long requestNanos;

    long writeCheckNanos;
    Fixtures fixtures;
    DatabaseWrites writes;
    MockHttpSession planner;
    MockHttpSession administrator;
    Random random;

    @BeforeAll
    void setUp() throws Exception {
        System.out.println("Request fuzzer: seed " + SEED + " (-Dentente.fuzz.seed=" + SEED + " to replay"
                + (ALL ? ")" : "; -Dentente.fuzz.all=true for every request, not the seed's third)"));
        random = new Random(SEED);
        Routes.of(mappings).forEach((route, handler) -> {
            if (!route.equals("* /error")) {
                routes.put(route, handler);
            }
        });
        try (var connection = superuser.open()) {
            fixtures = Fixtures.load(connection);
        }
        writes = new DatabaseWrites(superuser.open());
        planner = Personas.signIn(mvc, "planner.mar");
        administrator = Personas.signIn(mvc, "admin.mar");
    }

    @AfterAll
    void report() throws SQLException {
        int total = 0;
        System.out.println("Request fuzzer (seed " + SEED + "): category, requests, 2xx, 3xx, 4xx, 5xx, failures");
        for (var entry : counts.entrySet()) {
            int[] c = entry.getValue();
            total += c[0];
            System.out.printf("  %-18s %5d %5d %5d %5d %5d %5d%n", entry.getKey(), c[0], c[2], c[3], c[4], c[5], c[6]);
        }
        System.out.println("  total              " + total);
        System.out.printf(
                "  time: requests %d ms, looking for written rows %d ms%n",
                requestNanos / 1_000_000, writeCheckNanos / 1_000_000);
        writes.close();
        // Every route of the handler mappings met every category as both personas, and the sign-in
        // and sign-out filters every category: no route was passed over.
        assertThat(routes).as("routes found in the handler mappings").hasSizeGreaterThan(100);
        assertThat(total).as("requests sent").isEqualTo(expected);
        // Every route met bad input as both personas, and each category its third of the routes.
        assertThat(reached).as("route and persona pairs sent bad input").hasSize(routes.size() * PERSONAS.size());
    }

    /** Whether this run sends the category to the route (its index) as the persona (its index). */
    static boolean inBudget(Category category, int route, int persona) {
        return ALL || Math.floorMod(route + persona + category.ordinal() + SEED, THIRDS) == 0;
    }

    @TestFactory
    Stream<DynamicTest> noBadInputBreaksARouteOrWritesWhenRefused() {
        return Arrays.stream(Category.values())
                .map(category -> DynamicTest.dynamicTest(category.name(), () -> {
                    int before = failures.size();
                    int index = 0;
                    for (var route : routes.entrySet()) {
                        for (int persona = 0; persona < PERSONAS.size(); persona++) {
                            if (inBudget(category, index, persona)) {
                                send(category, route.getKey(), route.getValue(), PERSONAS.get(persona));
                                reached.add(route.getKey() + " " + persona);
                                expected++;
                            }
                        }
                        index++;
                    }
                    send(category, "POST /login", null, "anonymous");
                    send(category, "POST /logout", null, "anonymous");
                    expected += 2;
                    assertThat(failures.subList(before, failures.size()))
                            .as(category + ": 5xx, stack traces, writes by refused requests, wrong edge answers")
                            .isEmpty();
                }));
    }

    private void send(Category category, String route, HandlerMethod handler, String persona) throws Exception {
        FuzzRequest fuzz = FuzzRequest.build(category, route, handler, fixtures, random);
        if (fuzz == null) {
            return;
        }
        AbstractMockHttpServletRequestBuilder<?> builder = fuzz.builder();
        if (!persona.equals("anonymous")) {
            boolean administration = route.contains(" /admin/");
            builder.session(administration ? administrator : planner);
            persona = administration ? "admin.mar" : "planner.mar";
        }
        if (!fuzz.keepsCookies()) {
            builder.cookie(new Cookie("ENTENTE_LANG", "en"));
        }
        builder.with(csrf());
        int[] c = counts.computeIfAbsent(category, k -> new int[7]);
        c[0]++;
        long checking = System.nanoTime();
        writes.mark();
        long sending = System.nanoTime();
        writeCheckNanos += sending - checking;
        String what = category + " " + route + " as " + persona + ": " + fuzz.description();
        List<String> problems = new ArrayList<>();
        int status;
        String body = "";
        String location = null;
        try {
            MvcResult result = mvc.perform(builder).andReturn();
            status = result.getResponse().getStatus();
            location = result.getResponse().getRedirectedUrl();
            String type = result.getResponse().getContentType();
            if (type == null || type.contains("json") || type.startsWith("text/")) {
                body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            }
        } catch (Exception thrown) {
            status = 500;
            body = "exception " + rootCause(thrown);
        }
        long answered = System.nanoTime();
        requestNanos += answered - sending;
        c[Math.min(5, Math.max(1, status / 100))]++;
        if (status >= 500) {
            problems.add(status + " " + abbreviate(body));
        }
        if (body.contains("at org.") || body.contains("at java.") || body.contains("Exception:") && status < 500) {
            problems.add("a stack trace in the response: " + abbreviate(body));
        }
        int expected = fuzz.expectedStatus() != 0 || persona.equals("anonymous")
                ? fuzz.expectedStatus()
                : fuzz.expectedSignedIn();
        if (expected != 0 && status != expected && status < 500) {
            problems.add(status + ", expected " + expected + " " + abbreviate(body));
        }
        boolean refused = status >= 400 || (status == 302 && location != null && location.contains("error"));
        if (refused) {
            var written = new LinkedHashMap<>(writes.sinceMark());
            long audited = written.isEmpty() ? 0 : writes.auditedWritesSinceMark();
            written.keySet().removeAll(DatabaseWrites.EXPECTED_ON_REFUSAL);
            if (!written.isEmpty() || audited > 0) {
                problems.add("refused with " + status + " but wrote " + written
                        + (audited > 0 ? " and " + audited + " audit entries of a write" : ""));
            }
            writeCheckNanos += System.nanoTime() - answered;
        }
        if (!problems.isEmpty()) {
            c[6]++;
            problems.forEach(problem -> {
                failures.add(what + " → " + problem);
                System.out.println("FUZZ FAILURE " + what + " → " + problem);
            });
        }
    }

    private static String rootCause(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + ": " + abbreviate(String.valueOf(root.getMessage()));
    }

    static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    /** Form-encodes a value as a browser would (for raw query strings and bodies). */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A request to this address as sent, even a malformed one ({@code %zz}) no URI can hold. */
    static AbstractMockHttpServletRequestBuilder<?> at(String method, String rawUri, boolean multipartBody) {
        URI uri;
        boolean malformed = false;
        try {
            uri = URI.create(rawUri);
        } catch (IllegalArgumentException notAUri) {
            uri = URI.create(rawUri.replace("%", "%25"));
            malformed = true;
        }
        AbstractMockHttpServletRequestBuilder<?> builder =
                multipartBody ? multipart(HttpMethod.valueOf(method), uri) : request(HttpMethod.valueOf(method), uri);
        if (malformed) {
            int query = rawUri.indexOf('?');
            builder.with(request -> {
                request.setRequestURI(query < 0 ? rawUri : rawUri.substring(0, query));
                request.setQueryString(query < 0 ? null : rawUri.substring(query + 1));
                return request;
            });
        }
        return builder;
    }
}
