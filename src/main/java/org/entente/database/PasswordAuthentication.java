package org.entente.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The embedded PostgreSQL accepts no connection without a password: every role has the generated
 * {@link DatabasePassword} (SCRAM-SHA-256), and {@code pg_hba.conf} asks for it on the Unix socket
 * and on the loopback addresses alike. A data directory made by {@code initdb -A trust} (a first
 * start, or an earlier version of Entente) is brought to that state at start.
 */
final class PasswordAuthentication {

    static final String SUPERUSER = "postgres";
    static final String HBA_FILE = "pg_hba.conf";

    static final String HBA = """
            # Written by Entente: every connection needs the password kept in <data-dir>/%s.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """.formatted(DatabasePassword.FILE);

    private static final Logger log = LoggerFactory.getLogger(PasswordAuthentication.class);

    private PasswordAuthentication() {}

    /** Whether {@code pg_hba.conf} in this PostgreSQL data directory lets any connection in without a password. */
    static boolean trusting(Path postgresDirectory) throws IOException {
        Path hba = postgresDirectory.resolve(HBA_FILE);
        if (!Files.exists(hba)) {
            return true;
        }
        List<String> rules = Files.readAllLines(hba, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .toList();
        return rules.isEmpty()
                || rules.stream().anyMatch(line -> !line.endsWith("scram-sha-256") && !line.endsWith("reject"));
    }

    /** Gives each role the password; SQL run as the superuser. */
    static void setPasswords(JdbcClient superuser, String password, String... roles) {
        superuser.sql("set password_encryption = 'scram-sha-256'").update();
        for (String role : roles) {
            // ALTER ROLE takes no parameters; the password is base64url, so it needs no escaping.
            superuser
                    .sql("alter role " + role + " password '" + password.replace("'", "''") + "'")
                    .update();
        }
    }

    /** Replaces {@code pg_hba.conf} with the password-only rules and has the server read it again. */
    static void requirePasswords(JdbcClient superuser, Path postgresDirectory) throws IOException {
        Path hba = postgresDirectory.resolve(HBA_FILE);
        Path temporary = hba.resolveSibling(HBA_FILE + ".tmp");
        Files.writeString(temporary, HBA, StandardCharsets.UTF_8);
        Files.move(temporary, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        boolean reloaded =
                superuser.sql("select pg_reload_conf()").query(Boolean.class).single();
        if (!reloaded) {
            throw new IllegalStateException("PostgreSQL did not reload " + hba);
        }
        log.info("The embedded PostgreSQL now asks every connection for its password ({})", hba);
    }
}
