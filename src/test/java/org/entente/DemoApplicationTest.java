package org.entente;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a real embedded PostgreSQL of its own (a fresh data directory under
 * {@code target/}), with the demo scenario loaded. Test classes that share it share one running
 * application; a test that changes an account uses an account of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "entente.demo=true",
            "entente.data-dir=target/it-data/${random.uuid}",
            // Commits reach the operating system, not the disk: survives a crashed server, not a power cut.
            "entente.database.flush-to-disk=false",
            // The application gives up on a connection after 3 s, to answer 503 quickly when the
            // database is down (DatabaseFaultsIT tests that). A test machine shared with other
            // builds can take longer than that to start a PostgreSQL backend: the context would
            // fail to start for want of patience, not of a database.
            "spring.datasource.hikari.data-source-properties.loginTimeout=60",
            "spring.datasource.hikari.data-source-properties.connectTimeout=60",
            "spring.datasource.hikari.connection-timeout=60000"
        })
@AutoConfigureMockMvc
public @interface DemoApplicationTest {}
