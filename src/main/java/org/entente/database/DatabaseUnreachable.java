package org.entente.database;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * An external database that cannot be reached at start gets a short explanation naming the setting
 * to check, instead of a stack trace.
 */
class DatabaseUnreachable extends AbstractFailureAnalyzer<SQLException> {

    private final Environment environment;

    DatabaseUnreachable(Environment environment) {
        this.environment = environment;
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLException cause) {
        String state = cause.getSQLState();
        boolean connection =
                state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("3D000"));
        if (!connection) {
            return null;
        }
        String url = environment.getProperty("spring.datasource.url", "(embedded)");
        return new FailureAnalysis(
                "Entente cannot use the database at spring.datasource.url=" + url + ": "
                        + firstLine(cause.getMessage()),
                "Check spring.datasource.url, spring.datasource.username and spring.datasource.password "
                        + "(and spring.flyway.user / spring.flyway.password), or leave spring.datasource.url unset "
                        + "to run the embedded PostgreSQL.",
                cause);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no reason given";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
