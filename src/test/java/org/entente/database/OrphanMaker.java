package org.entente.database;

import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Run in a JVM of its own by {@link EmbeddedPostgresRestartIT}: starts the embedded PostgreSQL,
 * commits a row, says READY and waits to be killed with {@code kill -9}.
 */
class OrphanMaker {

    public static void main(String[] args) throws Exception {
        var postgres = EmbeddedServer.start(Path.of(args[0]));
        var owner = JdbcClient.create(postgres.dataSource(EmbeddedServer.OWNER, EmbeddedServer.DATABASE));
        owner.sql("create table survivor (name text)").update();
        owner.sql("insert into survivor values ('committed before the crash')").update();
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
