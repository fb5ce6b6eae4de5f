package org.entente.database;

import javax.sql.DataSource;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** A node refuses a standby at start, and says when its database stops taking writes (issue 19). */
@Configuration(proxyBeanMethods = false)
class ClusterDatabaseConfiguration {

    @Bean
    static PrimaryCheck primaryCheck() {
        return new PrimaryCheck();
    }

    /** The health endpoint's {@code primaryDatabase} component, part of readiness. */
    @Bean
    HealthIndicator primaryDatabaseHealthIndicator(DataSource dataSource) {
        return new PrimaryDatabaseHealth(dataSource);
    }
}
