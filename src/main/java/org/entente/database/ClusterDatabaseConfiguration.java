package org.entente.database;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
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

    /**
     * The health endpoint's {@code replication} component: whether acknowledged writes are also on a
     * synchronous standby. {@code entente.database.standby-expected} says a cluster runs here (a
     * single server has no standby, and that is no problem).
     */
    @Bean
    HealthIndicator replicationHealthIndicator(
            DataSource dataSource,
            @Value("${entente.database.standby-expected:false}") boolean standbyExpected,
            @Value("${entente.database.max-replay-lag:10s}") Duration maxLag) {
        return new ReplicationHealth(dataSource, standbyExpected, maxLag);
    }
}
