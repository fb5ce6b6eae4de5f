package org.entente.shared;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Entente's own settings ({@code entente.*}); the README's configuration table lists them.
 *
 * @param dataDir where the embedded database and stored files live
 * @param demo whether to load the demo scenario and its accounts
 * @param hostNation the nation that runs this instance (its users' region decides date formats
 *     before anyone signs in)
 * @param sessionAbsoluteTimeout how long a signed-in session may last, however active
 * @param classificationNames the names of the four classification levels, lowest first
 * @param secondFactor whether administrators and planners must sign in with a second factor (TOTP);
 *     never in demo mode
 */
@ConfigurationProperties("entente")
public record EntenteProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean demo,
        @DefaultValue("MAR") String hostNation,
        @DefaultValue("12h") Duration sessionAbsoluteTimeout,

        @DefaultValue({"UNCLASSIFIED", "RESTRICTED", "CONFIDENTIAL", "SECRET"})
        List<String> classificationNames,

        @DefaultValue("true") boolean secondFactor) {

    /** Second factor for administrators and planners: on unless switched off, and never in the demo. */
    public boolean secondFactorRequired() {
        return secondFactor && !demo;
    }
}
