package org.entente.identity;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Entente as installed for real: no demo, second factor required. One context for all who use it. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        properties = {
            "entente.demo=false",
            "entente.data-dir=target/it-data/${random.uuid}",
            // Commits reach the operating system, not the disk: survives a crashed server, not a power cut.
            "entente.database.flush-to-disk=false",
            // Patient connections on a loaded machine, as in DemoApplicationTest.
            "spring.datasource.hikari.data-source-properties.loginTimeout=60",
            "spring.datasource.hikari.data-source-properties.connectTimeout=60",
            "spring.datasource.hikari.connection-timeout=60000"
        })
@AutoConfigureMockMvc
@interface NoDemoApplicationTest {}
