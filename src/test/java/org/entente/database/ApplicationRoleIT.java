package org.entente.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application's own connections: a role that owns nothing. */
@DemoApplicationTest
class ApplicationRoleIT {

    @Autowired
    JdbcClient sql;

    @Test
    void theApplicationIsNeitherSuperuserNorOwnerNorAboveRowLevelSecurity() {
        assertThat(sql.sql("select current_user").query(String.class).single()).isEqualTo("entente_app");
        assertThat(sql.sql(
                                "select rolsuper or rolbypassrls or rolcreaterole from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(sql.sql("select tableowner from pg_tables where schemaname = 'identity' and tablename = 'account'")
                        .query(String.class)
                        .single())
                .isEqualTo("entente_owner");
        assertThatThrownBy(() -> sql.sql("drop table identity.account").update())
                .rootCause()
                .hasMessageContaining("must be owner");
    }

    /**
     * A commit reaches the operating system before it is answered; the tests' servers skip only the
     * wait for the disk ({@code entente.database.flush-to-disk=false}), an installed server does not
     * ({@link EmbeddedPostgresRestartIT}).
     */
    @Test
    void committedDataIsWrittenBeforeTheAnswer() {
        assertThat(sql.sql("show fsync").query(String.class).single()).isEqualTo("off");
        assertThat(sql.sql("show synchronous_commit").query(String.class).single())
                .isEqualTo("on");
        assertThat(sql.sql("show full_page_writes").query(String.class).single())
                .isEqualTo("on");
    }

    @Test
    void eachModuleHasItsOwnMigrationHistory() {
        assertThat(sql.sql("select count(*) from pg_tables where tablename like 'flyway_schema_history_%'")
                        .query(Integer.class)
                        .single())
                .isGreaterThanOrEqualTo(3);
        assertThat(sql.sql("select count(*) from pg_namespace where nspname in ('identity', 'partners', 'committees')")
                        .query(Integer.class)
                        .single())
                .isEqualTo(3);
    }
}
