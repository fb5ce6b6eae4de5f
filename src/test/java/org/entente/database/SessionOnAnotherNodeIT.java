package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions in PostgreSQL (issue 19): a user signed in on one node is still signed in on the next,
 * here the same database served by a second application after the first has stopped — what a load
 * balancer does when the node serving a user dies. And reading pages does not write the session
 * again each time: its time of last use moves at most once a {@code entente.sessions.touch-every}.
 */
class SessionOnAnotherNodeIT {

    @TempDir
    Path dataDir;

    @Test
    void aUserSignedInOnOneNodeIsStillSignedInOnTheNext() throws Exception {
        var browser = new CookieManager();
        long lastUse;
        try (ConfigurableApplicationContext first = node()) {
            var http = new LiveHttp(port(first), browser);
            HttpResponse<String> signIn = http.signIn("planner.mar", "Entente-Demo-2026", "en");
            assertThat(signIn.headers().firstValue("Location"))
                    .hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));
            assertThat(http.get("/", "en").statusCode()).isEqualTo(200);
            JdbcClient sql = first.getBean(JdbcClient.class);
            assertThat(sql.sql("select count(*) from identity.spring_session where principal_name = 'planner.mar'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            lastUse = lastUse(sql);
            for (int page = 0; page < 3; page++) {
                assertThat(http.get("/", "en").statusCode()).isEqualTo(200);
            }
            assertThat(lastUse(sql))
                    .as("pages read within a minute do not write the session")
                    .isEqualTo(lastUse);
        }
        try (ConfigurableApplicationContext second = node()) {
            HttpResponse<String> home = new LiveHttp(port(second), browser).get("/", "en");
            assertThat(home.statusCode())
                    .as("still signed in on the other node")
                    .isEqualTo(200);
            assertThat(home.body()).contains("action=\"/logout\"");
            assertThat(new LiveHttp(port(second)).get("/", "en").statusCode())
                    .as("a browser without the session's cookie is sent to sign in")
                    .isEqualTo(302);
        }
    }

    private static long lastUse(JdbcClient sql) {
        return sql.sql("select last_access_time from identity.spring_session where principal_name = 'planner.mar'")
                .query(Long.class)
                .single();
    }

    private ConfigurableApplicationContext node() {
        return TwoNodes.first(dataDir);
    }

    private static int port(ConfigurableApplicationContext node) {
        return TwoNodes.port(node);
    }
}
