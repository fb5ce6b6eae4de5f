package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.ServerSocket;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

class DatabaseUnreachableTest {

    @Test
    void aRefusedConnectionNamesTheSettingToCheck() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/entente";
        SQLException refused = catchThrowableOfType(
                SQLException.class, () -> DriverManager.getConnection(url, "entente_app", "secret"));

        var environment = new MockEnvironment().withProperty("spring.datasource.url", url);
        FailureAnalysis analysis =
                new DatabaseUnreachable(environment).analyze(new IllegalStateException("Failed to start", refused));

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .startsWith("Entente cannot use the database at spring.datasource.url=" + url)
                .doesNotContain("\n")
                .doesNotContain("secret");
        assertThat(analysis.getAction()).contains("spring.datasource.url");
    }

    @Test
    void otherDatabaseErrorsAreLeftToTheirOwnReport() {
        var syntax = new SQLException("syntax error", "42601");
        assertThat(new DatabaseUnreachable(new MockEnvironment()).analyze(syntax))
                .isNull();
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
