package org.entente.database;

import java.nio.file.Path;
import org.entente.Entente;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application nodes on one database, both running (issue 19): the first starts the embedded
 * PostgreSQL in its data directory, the second connects to it as to an external one (its roles and
 * password), sharing the data directory as nodes share a mounted volume (the audit key).
 */
final class TwoNodes {

    private TwoNodes() {}

    static ConfigurableApplicationContext first(Path dataDir, String... more) {
        return start(dataDir, more);
    }

    static ConfigurableApplicationContext second(ConfigurableApplicationContext first, Path dataDir, String... more) {
        EmbeddedServer server = first.getBean(EmbeddedServer.class);
        String[] external = {
            "--spring.datasource.url=" + server.url(EmbeddedServer.DATABASE),
            "--spring.datasource.username=" + EmbeddedServer.APP,
            "--spring.datasource.password=" + server.password(),
            "--spring.flyway.user=" + EmbeddedServer.OWNER,
            "--spring.flyway.password=" + server.password()
        };
        String[] all = new String[external.length + more.length];
        System.arraycopy(external, 0, all, 0, external.length);
        System.arraycopy(more, 0, all, external.length, more.length);
        return start(dataDir, all);
    }

    private static ConfigurableApplicationContext start(Path dataDir, String... more) {
        String[] common = {
            "--entente.data-dir=" + dataDir,
            "--entente.demo=true",
            "--entente.sessions=database",
            "--entente.database.flush-to-disk=false",
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--spring.datasource.hikari.connection-timeout=60000",
            "--spring.datasource.hikari.data-source-properties.loginTimeout=60",
            "--spring.datasource.hikari.data-source-properties.connectTimeout=60"
        };
        String[] all = new String[common.length + more.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return new SpringApplicationBuilder(Entente.class).run(all);
    }

    static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }
}
