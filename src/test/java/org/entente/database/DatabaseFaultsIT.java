package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.entente.support.Personas;
import org.entente.support.RunsAlongside;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The database failing under a running Entente: requests answer 503 within seconds while it cannot
 * be reached, readiness goes down and up again, and a killed PostgreSQL is started again without
 * anyone's help (and the audit trail says so). A context of its own: nobody else's tests see the
 * database die.
 */
// Its own application, data directory and PostgreSQL, which it stops: it shares nothing, so it
// runs beside the line of classes (support.RunsAlongside).
@RunsAlongside
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"entente.demo=true", "entente.data-dir=target/it-data/faults-${random.uuid}"})
@AutoConfigureMockMvc
class DatabaseFaultsIT {

    private static final Duration FAST = Duration.ofSeconds(10);

    @Autowired
    MockMvc mvc;

    @Autowired
    EmbeddedServer server;

    @Autowired
    SuperuserConnections superuser;

    @LocalServerPort
    int port;

    @Test
    void whileTheDatabaseHangsEveryoneGetsA503QuicklyInTheirLanguage() throws Exception {
        MockHttpSession viewer = Personas.signIn(mvc, "viewer.mar");
        var http = new LiveHttp(port);
        assertThat(http.get("/actuator/health/readiness", "en").statusCode()).isEqualTo(200);
        List<ProcessHandle> frozen = OrphanedPostgres.workingIn(server.directory());
        assertThat(frozen).isNotEmpty();
        signal("STOP", frozen);
        try {
            Thread.sleep(1000); // idle pooled connections are then checked before use
            long started = System.nanoTime();
            MvcResult page = mvc.perform(get("/").session(viewer).header("Accept-Language", "fr"))
                    .andReturn();
            assertThat(page.getResponse().getStatus()).isEqualTo(503);
            assertThat(page.getResponse().getHeader("Retry-After")).isEqualTo(DatabaseDown.RETRY_AFTER_SECONDS);
            assertThat(since(started)).isLessThan(FAST);

            started = System.nanoTime();
            MvcResult api = mvc.perform(get("/api/v1/agreements")
                            .session(viewer)
                            .header("Accept", "application/json")
                            .header("Accept-Language", "ar"))
                    .andReturn();
            assertThat(api.getResponse().getStatus()).isEqualTo(503);
            assertThat(api.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(api.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"status\":503")
                    .contains("تعذّر الوصول إلى قاعدة البيانات")
                    .doesNotContain("Exception");
            assertThat(since(started)).isLessThan(FAST);

            started = System.nanoTime();
            HttpResponse<String> signIn = http.signIn("planner.mar", Personas.DEMO_PASSWORD, "fr");
            Duration signInTook = since(started);
            assertThat(signIn.statusCode()).isEqualTo(503);
            assertThat(signIn.body())
                    .contains("La base de données est injoignable pour l’instant")
                    .doesNotContain("Exception");
            assertThat(signInTook).isLessThan(FAST);

            started = System.nanoTime();
            assertThat(http.get("/actuator/health/readiness", "en").statusCode())
                    .isEqualTo(503);
            Duration readinessTook = since(started);
            assertThat(readinessTook).isLessThan(FAST);
            assertThat(http.get("/actuator/health/liveness", "en").statusCode()).isEqualTo(200);
            System.out.printf(
                    "Database frozen: sign-in answered 503 in %d ms, readiness DOWN in %d ms%n",
                    signInTook.toMillis(), readinessTook.toMillis());
        } finally {
            signal("CONT", frozen);
        }
        awaitReadiness(http, 200, Duration.ofSeconds(30));
        assertThat(mvc.perform(get("/").session(viewer))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aKilledPostgresIsStartedAgainAndTheTrailRecordsIt() throws Exception {
        MockHttpSession viewer = Personas.signIn(mvc, "viewer.mar");
        var http = new LiveHttp(port);
        long pid = server.postmasterPid().orElseThrow();
        int restartsBefore = restarts();

        Instant killedAt = Instant.now();
        long killed = System.nanoTime();
        signal("KILL", List.of(ProcessHandle.of(pid).orElseThrow()));
        Duration down = awaitReadiness(http, 503, Duration.ofSeconds(20));
        Duration up = awaitReadiness(http, 200, Duration.ofSeconds(60)).plus(down);
        System.out.printf(
                "Postmaster killed: readiness DOWN after %.1f s, UP again after %.1f s%n",
                down.toMillis() / 1000.0, up.toMillis() / 1000.0);

        assertThat(server.postmasterPid()).isPresent().isNotEqualTo(java.util.Optional.of(pid));
        assertThat(mvc.perform(get("/").session(viewer))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (restarts() == restartsBefore && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        // The entry is written (at the first try: the event comes once the application's pool
        // serves again), and says when the server was found stopped and when it served again.
        assertThat(restarts()).isEqualTo(restartsBefore + 1);
        List<Instant> stoppedAndBack = lastRestart();
        assertThat(stoppedAndBack.get(0)).isBetween(killedAt, stoppedAndBack.get(1));
        assertThat(stoppedAndBack.get(1)).isBefore(Instant.now());
        assertThat(since(killed)).isLessThan(Duration.ofSeconds(90));
    }

    /** The newest restart entry's "stopped" and "back". */
    private List<Instant> lastRestart() throws Exception {
        try (var connection = superuser.open()) {
            return JdbcClient.create(
                            new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true))
                    .sql("select details ->> 'stopped', details ->> 'back' from audit.event"
                            + " where action = 'database.restart' and actor = 'system' order by id desc limit 1")
                    .query((row, n) -> List.of(Instant.parse(row.getString(1)), Instant.parse(row.getString(2))))
                    .single();
        }
    }

    private int restarts() throws Exception {
        try (var connection = superuser.open()) {
            return JdbcClient.create(
                            new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true))
                    .sql("select count(*) from audit.event where action = 'database.restart' and actor = 'system'")
                    .query(Integer.class)
                    .single();
        }
    }

    /** Polls readiness until it answers {@code status}; how long that took. */
    private static Duration awaitReadiness(LiveHttp http, int status, Duration atMost) throws Exception {
        long started = System.nanoTime();
        while (http.get("/actuator/health/readiness", "en").statusCode() != status) {
            assertThat(since(started)).as("readiness answering %d", status).isLessThan(atMost);
            Thread.sleep(200);
        }
        return since(started);
    }

    private static void signal(String signal, List<ProcessHandle> processes) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of("kill", "-" + signal));
        processes.forEach(p -> command.add(Long.toString(p.pid())));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }

    private static Duration since(long started) {
        return Duration.ofNanos(System.nanoTime() - started);
    }
}
