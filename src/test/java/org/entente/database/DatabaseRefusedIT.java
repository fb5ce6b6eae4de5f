package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.read.ListAppender;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.entente.support.Personas;
import org.entente.support.RunsAlongside;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The failover drill's window (bench/ha/drill.sh) without a cluster: the primary gone, every new
 * connection refused at once, sessions kept in PostgreSQL as on a cluster's nodes. A page, the API, a
 * sign-in and a static resource, signed in and not, must each answer 503 with {@code Retry-After} —
 * never a 500 from a filter or from the error page that the database failed again under — and the
 * log says so in one line per request, without the stacks of the connections lost.
 */
// Its own application, data directory and PostgreSQL, which it stops: it shares nothing, so it
// runs beside the line of classes (support.RunsAlongside).
@RunsAlongside
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "entente.demo=true",
            "entente.sessions=database",
            "spring.datasource.hikari.connection-timeout=1000",
            "entente.data-dir=target/it-data/refused-${random.uuid}"
        })
class DatabaseRefusedIT {

    @Autowired
    EmbeddedServer server;

    @LocalServerPort
    int port;

    @Test
    void whileTheDatabaseRefusesConnectionsEveryRequestIsA503WithRetryAfter() throws Exception {
        var signedIn = new LiveHttp(port);
        assertThat(signedIn.signIn("viewer.mar", Personas.DEMO_PASSWORD, "fr").statusCode())
                .isEqualTo(302);
        assertThat(signedIn.get("/", "fr").statusCode()).isEqualTo(200);
        var stranger = new LiveHttp(port);
        assertThat(stranger.get("/login", "en").statusCode()).isEqualTo(200);
        var signingIn = new LiveHttp(port);
        String token = LiveHttp.csrfToken(signingIn.get("/login", "en").body());

        List<String> answers = new ArrayList<>();
        List<String> pages = new ArrayList<>();
        List<Integer> readiness = new ArrayList<>();
        var log = new ListAppender<ILoggingEvent>();
        var logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        var root = logging.getLogger(Logger.ROOT_LOGGER_NAME);
        LoggingWatch watch;
        // From another database: PostgreSQL refuses to close the one a session is connected to.
        try (Connection connection = java.sql.DriverManager.getConnection(
                server.url("postgres"), PasswordAuthentication.SUPERUSER, server.password())) {
            log.start();
            root.addAppender(log);
            watch = new LoggingWatch(logging);
            refuse(connection, true);
            try {
                try {
                    for (int round = 0; round < 2; round++) {
                        HttpResponse<String> page = signedIn.get("/", "fr");
                        answers.add(answer("page signed in", page));
                        pages.add(page.body());
                        answers.add(answer("API signed in", signedIn.get("/api/v1/agreements", "ar")));
                        answers.add(answer("static signed in", signedIn.get("/css/entente.css", "en")));
                        answers.add(answer("page", stranger.get("/", "en")));
                        answers.add(answer("static", stranger.get("/css/entente.css", "en")));
                        answers.add(answer("sign-in page", stranger.get("/login", "he")));
                        answers.add(answer("API", stranger.get("/api/v1/agreements", "en")));
                        answers.add(answer(
                                "sign-in", signingIn.signIn("planner.mar", Personas.DEMO_PASSWORD, token, "fr")));
                        // What a load balancer asks every 2 s: out of readiness. (This probe does not
                        // check the db health indicator's log level, million33's fix: with that line
                        // removed the test still passed, the indicator's stack not being seen here.)
                        readiness.add(
                                stranger.get("/actuator/health/readiness", "en").statusCode());
                    }
                } finally {
                    refuse(connection, false);
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                while (signedIn.get("/", "fr").statusCode() != 200) {
                    assertThat(System.nanoTime()).as("back after the database").isLessThan(deadline);
                    Thread.sleep(200);
                }
            } finally {
                watch.stop();
                root.detachAppender(log);
            }
        }
        System.out.println("Database refusing connections:\n  " + String.join("\n  ", answers));
        assertThat(answers).allSatisfy(line -> assertThat(line).contains(" 503 Retry-After=5"));
        assertThat(readiness).as("readiness while the database refuses").containsOnly(503);
        // In the reader's language (viewer.mar reads Arabic), though the session holding it could not be read.
        assertThat(pages).allSatisfy(body -> assertThat(body).contains("تعذّر الوصول إلى قاعدة البيانات"));

        // The node log of the window: one line when the outage begins and one when a request is
        // served again, counting the requests answered 503 (million32: it was one line per request,
        // some 200 in the failover drill's 20 s without a primary), no stack (the drill's log held 14
        // stacks of the same lost connection) from the threads that served them.
        List<ILoggingEvent> events = List.copyOf(log.list);
        List<String> lines = events.stream()
                .filter(event -> event.getLoggerName().equals(DatabaseDown.class.getName()))
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
        if (watch.undisturbed()) {
            assertThat(lines).as("DatabaseDown's lines").hasSize(2);
            assertThat(lines.get(0)).startsWith("Database outage: " + DatabaseDown.OUTAGE + " (first: GET /,");
            // The two passes of the 503 page and the session's save count once per request; the
            // requests while the database came back are counted too.
            assertThat(lines.get(1)).startsWith("The database serves requests again after ");
            int counted = Integer.parseInt(lines.get(1).replaceAll(".*, met ([0-9]+) times\\)$", "$1"));
            assertThat(counted).as(lines.get(1)).isGreaterThanOrEqualTo(answers.size());
        } else {
            // Another class's application started in this JVM (the line beside this class) after one
            // had closed: Spring Boot then configured Logback again, denying every line meanwhile and
            // detaching this test's appender (the clean clone's run once saw 14 lines for 16 answers).
            // What was captured can only be checked for at most the two lines.
            System.out.println("Logback was configured again during the window: its lines checked as at most two");
            assertThat(lines).as("DatabaseDown's lines").hasSizeBetween(0, 2);
        }
        assertThat(events)
                .filteredOn(event -> event.getThreadName().contains("-exec-"))
                .filteredOn(event -> event.getThrowableProxy() != null)
                .extracting(event -> event.getLoggerName() + ": " + event.getFormattedMessage())
                .as("stacks logged while serving requests")
                .isEmpty();
    }

    /**
     * Whether Logback kept its configuration through a window: configured by Spring Boot when it
     * began and when it ended, and not reset in between (a reset is what a second configuration
     * does first; Spring Boot denies every line from the moment it marks Logback unconfigured).
     */
    private static final class LoggingWatch implements LoggerContextListener {

        private final LoggerContext context;
        private final boolean configuredAtStart;
        private final AtomicInteger resets = new AtomicInteger();
        private boolean configuredAtEnd;

        LoggingWatch(LoggerContext context) {
            this.context = context;
            this.configuredAtStart = configured();
            context.addListener(this);
        }

        void stop() {
            configuredAtEnd = configured();
            context.removeListener(this);
        }

        boolean undisturbed() {
            return configuredAtStart && configuredAtEnd && resets.get() == 0;
        }

        private boolean configured() {
            return context.getObject(LoggingSystem.class.getName()) != null;
        }

        @Override
        public boolean isResetResistant() {
            return true;
        }

        @Override
        public void onReset(LoggerContext reset) {
            resets.incrementAndGet();
        }

        @Override
        public void onStart(LoggerContext started) {}

        @Override
        public void onStop(LoggerContext stopped) {}

        @Override
        public void onLevelChange(Logger logger, Level level) {}
    }

    private static String answer(String what, HttpResponse<String> response) {
        return what + ": " + response.statusCode() + " Retry-After="
                + response.headers().firstValue("Retry-After").orElse("none")
                + (response.body().contains("Exception") ? " (a stack trace!)" : "");
    }

    /** No new connection to Entente's database, and the open ones ended: a primary that is gone. */
    private static void refuse(Connection superuser, boolean refuse) throws Exception {
        try (Statement statement = superuser.createStatement()) {
            statement.execute("alter database " + EmbeddedServer.DATABASE + " allow_connections " + !refuse);
            if (refuse) {
                statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '"
                        + EmbeddedServer.DATABASE
                        + "' and pid <> pg_backend_pid() and backend_type = 'client backend'");
            }
        }
    }
}
