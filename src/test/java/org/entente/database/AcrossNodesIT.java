package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.entente.attachments.Attachments;
import org.entente.shared.SystemSubject;
import org.entente.support.Personas;
import org.entente.support.Personas.Persona;
import org.entente.support.RunsAlongside;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two application nodes on one database, both running (issue 19): what one node writes, the other
 * serves. One pair for all of it, started once: each start of the application costs seconds of CPU,
 * and three classes used to start six. Both nodes let five wrong passwords of an account through
 * and then make it wait a minute (the throttle test below); the other tests sign in with the right
 * password, with accounts that test does not lock. The tests run in
 * their order (the throttle locks planner.mar).
 */
@RunsAlongside
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AcrossNodesIT {

    private static final String[] FIVE_FREE = {
        "--entente.sign-in.free-account-failures=5", "--entente.sign-in.first-delay=60s"
    };

    /** Static: the pair's one data directory for all the tests (an instance field gets one per test). */
    @TempDir
    static Path dataDir;

    private ConfigurableApplicationContext a;
    private ConfigurableApplicationContext b;

    @BeforeAll
    void startTwoNodes() {
        a = TwoNodes.first(dataDir, FIVE_FREE);
        b = TwoNodes.second(a, dataDir, FIVE_FREE);
    }

    @AfterAll
    void stopThem() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    /**
     * Attachments in PostgreSQL: a file uploaded on one node is downloaded, byte for byte, from the
     * other, with nothing of it left on any disk. The file spans several chunks and ends inside one.
     */
    @Test
    @Order(1)
    void aFileUploadedOnOneNodeIsDownloadedFromTheOther() throws Exception {
        byte[] content = text(3 * (1 << 20) + 12_345);
        long id = upload(a, content);
        try (Stream<Path> left = Files.walk(dataDir.resolve("files"))) {
            assertThat(left.filter(Files::isRegularFile))
                    .as("nothing of the file on the disk: node B reads it from the database")
                    .isEmpty();
        }
        var onB = new LiveHttp(TwoNodes.port(b), new CookieManager());
        onB.signIn("liaison.isr", Personas.DEMO_PASSWORD, "en");
        HttpResponse<byte[]> download = onB.bytes("/attachments/" + id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(content.length);
        assertThat(download.body()).isEqualTo(content);

        var french = new LiveHttp(TwoNodes.port(b));
        french.signIn("planner.fra", Personas.DEMO_PASSWORD, "en");
        assertThat(french.bytes("/attachments/" + id).statusCode())
                .as("not released to France")
                .isEqualTo(404);
    }

    /**
     * One sign-in throttle for the cluster: wrong passwords for one account, alternated between the
     * nodes, lock it out after the configured count, on both nodes. Counted per node, each node
     * would have let five through and the right password in after the tenth.
     */
    @Test
    @Order(2)
    void failuresAlternatedBetweenTwoNodesAreCountedTogether() throws Exception {
        var nodes = new LiveHttp[] {new LiveHttp(TwoNodes.port(a)), new LiveHttp(TwoNodes.port(b))};
        for (int attempt = 0; attempt < 5; attempt++) {
            HttpResponse<String> wrong = nodes[attempt % 2].signIn("planner.mar", "not-the-password", "en");
            assertThat(wrong.statusCode())
                    .as("attempt %d is checked and refused as a wrong password", attempt + 1)
                    .isEqualTo(302);
            assertThat(wrong.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).contains("/login"));
        }
        for (LiveHttp node : nodes) {
            HttpResponse<String> right = node.signIn("planner.mar", Personas.DEMO_PASSWORD, "en");
            assertThat(right.statusCode())
                    .as("after five failures across the cluster even the right password waits, on either node")
                    .isEqualTo(429);
            assertThat(right.headers().firstValueAsLong("Retry-After").orElse(0))
                    .isBetween(1L, 60L);
        }
    }

    /**
     * Two requests of one session that both add the same attribute, on two nodes (or two threads of
     * one): each loaded the session before the other saved it, so each inserts the attribute. The
     * second insert used to break the attributes' primary key and answer 500; the attribute now holds
     * the last value saved.
     */
    @Test
    @Order(3)
    @SuppressWarnings({"unchecked", "rawtypes"})
    void twoRequestsAddingTheSameAttributeToOneSessionBothSucceed() {
        SessionRepository onA = a.getBean(SessionRepository.class);
        SessionRepository onB = b.getBean(SessionRepository.class);
        Session created = onA.createSession();
        onA.save(created);
        Session first = onA.findById(created.getId());
        Session second = onB.findById(created.getId());
        first.setAttribute("entente.test.race", "first");
        second.setAttribute("entente.test.race", "second");
        onA.save(first);
        onB.save(second);
        Session read = onA.findById(created.getId());
        assertThat((String) read.getAttribute("entente.test.race")).isEqualTo("second");
        onA.deleteById(created.getId());
    }

    /**
     * Sessions in PostgreSQL: a user signed in on node A is signed in on node B, which never saw
     * the sign-in — what a load balancer does when the node serving a user dies (node A owns the
     * test's PostgreSQL here, so it stays up). And reading pages does not write the session again
     * each time: its time of last use moves at most once a {@code entente.sessions.touch-every}.
     */
    @Test
    @Order(4)
    void aUserSignedInOnOneNodeIsSignedInOnTheOther() throws Exception {
        var browser = new CookieManager();
        var http = new LiveHttp(TwoNodes.port(a), browser);
        HttpResponse<String> signIn = http.signIn("planner.isr", Personas.DEMO_PASSWORD, "en");
        assertThat(signIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));
        assertThat(http.get("/", "en").statusCode()).isEqualTo(200);
        JdbcClient sql = b.getBean(JdbcClient.class);
        assertThat(sql.sql("select count(*) from identity.spring_session where principal_name = 'planner.isr'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        long lastUse = lastUse(sql);
        for (int page = 0; page < 3; page++) {
            assertThat(http.get("/", "en").statusCode()).isEqualTo(200);
        }
        assertThat(lastUse(sql))
                .as("pages read within a minute do not write the session")
                .isEqualTo(lastUse);

        HttpResponse<String> home = new LiveHttp(TwoNodes.port(b), browser).get("/", "en");
        assertThat(home.statusCode()).as("signed in on the other node").isEqualTo(200);
        assertThat(home.body()).contains("action=\"/logout\"");
        assertThat(new LiveHttp(TwoNodes.port(b)).get("/", "en").statusCode())
                .as("a browser without the session's cookie is sent to sign in")
                .isEqualTo(302);
    }

    private static long lastUse(JdbcClient sql) {
        return sql.sql("select last_access_time from identity.spring_session where principal_name = 'planner.isr'")
                .query(Long.class)
                .single();
    }

    private static long upload(ConfigurableApplicationContext node, byte[] content) {
        SystemSubject planner = Persona.PLANNER_MAR.subject();
        long committee = Personas.inTransaction(
                node.getBean(PlatformTransactionManager.class),
                Personas.HOST,
                () -> node.getBean(JdbcClient.class)
                        .sql("select id from committees.committee where code = 'JMC-ISR-MAR'")
                        .query(Long.class)
                        .single());
        return planner.run(() -> {
            try {
                return node.getBean(Attachments.class)
                        .upload(
                                planner,
                                org.entente.shared.RecordType.COMMITTEE,
                                committee,
                                "report.txt",
                                new ByteArrayInputStream(content))
                        .id();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Plain text of that many bytes, lines numbered so that a chunk out of order shows. */
    private static byte[] text(int size) {
        var out = new StringBuilder(size + 64);
        for (int line = 0; out.length() < size; line++) {
            out.append("Line ").append(line).append(" of the joint survey report.\n");
        }
        return out.substring(0, size).getBytes(StandardCharsets.US_ASCII);
    }
}
