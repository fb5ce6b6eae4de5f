package org.entente.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A node pointed at a standby: one line saying so and what to check, no stack trace. */
class StandbyRefused extends AbstractFailureAnalyzer<PrimaryCheck.Standby> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PrimaryCheck.Standby cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Point spring.datasource.url at the primary, or list every server with targetServerType=primary"
                        + " (jdbc:postgresql://h1:5432,h2:5432/entente?targetServerType=primary): docs/configuration.md.",
                null);
    }
}
