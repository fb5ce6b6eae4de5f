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
            "entente.database.flush-to-disk=false"
        })
@AutoConfigureMockMvc
public @interface DemoApplicationTest {}
