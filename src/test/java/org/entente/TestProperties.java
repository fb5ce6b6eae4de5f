package org.entente;

import java.nio.file.Path;
import java.time.Duration;
import org.entente.shared.EntenteProperties;
import org.entente.shared.Markings;

/** Entente's default settings with a data directory of the test's own, for tests without Spring. */
public final class TestProperties {

    private TestProperties() {}

    public static EntenteProperties withDataDir(Path dataDir) {
        return new EntenteProperties(dataDir, false, "MAR", Duration.ofHours(12), Markings.DEFAULT_NAMES, true);
    }
}
