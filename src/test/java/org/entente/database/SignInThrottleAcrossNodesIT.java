package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.entente.support.Personas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One sign-in throttle for the cluster (issue 19): wrong passwords for one account, alternated
 * between two nodes on one database, lock it out after the configured count, on both nodes. Counted
 * per node, each node would have let five through and the right password in after the tenth.
 */
class SignInThrottleAcrossNodesIT {

    @TempDir
    Path dataDir;

    @Test
    void failuresAlternatedBetweenTwoNodesAreCountedTogether() throws Exception {
        String[] fiveFree = {"--entente.sign-in.free-account-failures=5", "--entente.sign-in.first-delay=60s"};
        try (ConfigurableApplicationContext a = TwoNodes.first(dataDir, fiveFree);
                ConfigurableApplicationContext b = TwoNodes.second(a, dataDir, fiveFree)) {
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
    }
}
