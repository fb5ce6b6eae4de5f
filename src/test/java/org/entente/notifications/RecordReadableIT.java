package org.entente.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.entente.DemoApplicationTest;
import org.entente.database.SuperuserConnections;
import org.entente.shared.RecordType;
import org.entente.support.Personas;
import org.entente.support.Personas.Persona;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code notifications.record_readable}, which hides a notification whose record its recipient may
 * no longer read, knows exactly the kinds of the catalogue ({@link RecordType}), each asked of its
 * own table: a kind added to the catalogue without a migration that teaches it to the function
 * fails here (the function would hide every notification of that kind), and so does a kind the
 * function spells that the catalogue does not.
 */
@DemoApplicationTest
class RecordReadableIT {

    private static final Pattern BRANCH =
            Pattern.compile("when '([^']+)' then exists \\(select 1 from (\\S+) x where x\\.id = record");

    @Autowired
    SuperuserConnections superuser;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient sql;

    @Test
    void theFunctionAsksEveryKindOfTheCatalogueOfItsOwnTableAndKnowsNoOther() throws SQLException {
        String body;
        try (Connection connection = superuser.open();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select pg_get_functiondef('notifications.record_readable(text, bigint)'::regprocedure)")) {
            rows.next();
            body = rows.getString(1);
        }
        Map<String, String> asked = new TreeMap<>();
        Matcher branch = BRANCH.matcher(body);
        while (branch.find()) {
            asked.put(branch.group(1), branch.group(2));
        }
        Map<String, String> catalogue = Arrays.stream(RecordType.values())
                .collect(Collectors.toMap(RecordType::spelled, RecordType::table, (a, b) -> a, TreeMap::new));
        assertThat(asked)
                .as("the kinds record_readable knows, and the table it asks")
                .isEqualTo(catalogue);
    }

    /**
     * Past row-level security (as the superuser) every record that exists is readable: each branch
     * runs, on the table that keeps the kind, and a comment or a file follows its own record.
     */
    @Test
    void everyKindsRecordThatExistsIsReadablePastRowLevelSecurity() throws SQLException {
        List<String> checked = new ArrayList<>();
        try (Connection connection = superuser.open();
                Statement statement = connection.createStatement()) {
            for (RecordType type : RecordType.values()) {
                try (ResultSet rows = statement.executeQuery("select min(id) from " + type.table())) {
                    rows.next();
                    long id = rows.getLong(1);
                    if (rows.wasNull()) {
                        continue;
                    }
                    try (ResultSet readable = statement.executeQuery("select notifications.record_readable('"
                            + type.spelled() + "', " + id + "), notifications.record_readable('"
                            + type.spelled() + "', -1)")) {
                        readable.next();
                        assertThat(readable.getBoolean(1)).as(type + " " + id).isTrue();
                        assertThat(readable.getBoolean(2))
                                .as(type + " that does not exist")
                                .isFalse();
                    }
                    checked.add(type.spelled());
                }
            }
            try (ResultSet unknown = statement.executeQuery("select notifications.record_readable('workplan', 1)")) {
                unknown.next();
                assertThat(unknown.getBoolean(1))
                        .as("a kind the catalogue does not know")
                        .isFalse();
            }
        }
        assertThat(checked).as("the demo has records of most kinds").hasSizeGreaterThanOrEqualTo(10);
    }

    /**
     * The check the notifications' statements carry ({@link NotificationStore#STILL_READABLE}, one
     * branch per kind written into the statement) answers as the function does, for every demo
     * persona under row-level security: on records of every kind (some each persona may read, some
     * not), on records that do not exist and on a kind the catalogue does not know.
     */
    @Test
    void theStatementsCheckAnswersAsTheFunctionForEveryReader() throws SQLException {
        List<String> types = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        try (Connection connection = superuser.open();
                Statement statement = connection.createStatement()) {
            for (RecordType type : RecordType.values()) {
                try (ResultSet rows =
                        statement.executeQuery("select id from " + type.table() + " order by id limit 60")) {
                    while (rows.next()) {
                        types.add(type.spelled());
                        ids.add(rows.getLong(1));
                    }
                }
                types.add(type.spelled());
                ids.add(-1L);
            }
        }
        types.add("workplan");
        ids.add(1L);
        var answers = new TreeMap<String, Integer>();
        for (Persona persona : Persona.values()) {
            List<String> disagreements = Personas.inTransaction(
                    transactions,
                    persona.subject(),
                    () -> sql
                            .sql("""
                            select n.record_type || ':' || n.record_id as record, n.record_id,
                                   %s as inline, notifications.record_readable(n.record_type, n.record_id) as function
                              from unnest(cast(:types as text[]), cast(:ids as bigint[])) as n (record_type, record_id)""".formatted(NotificationStore.STILL_READABLE))
                            .param("types", types.toArray(String[]::new))
                            .param("ids", ids.toArray(Long[]::new))
                            .query((rs, n) -> {
                                boolean inline = rs.getBoolean("inline");
                                if (rs.getLong("record_id") > 0) {
                                    answers.merge(persona + " " + inline, 1, Integer::sum);
                                }
                                return inline == rs.getBoolean("function") ? null : rs.getString("record");
                            })
                            .list()
                            .stream()
                            .filter(java.util.Objects::nonNull)
                            .toList());
            assertThat(disagreements)
                    .as("records %s reads otherwise than the function", persona)
                    .isEmpty();
        }
        assertThat(answers)
                .as("every persona reads some of the records")
                .containsKeys(
                        Arrays.stream(Persona.values()).map(p -> p + " true").toArray(String[]::new));
        assertThat(answers.keySet())
                .as("and some persona may not read some record that exists")
                .anyMatch(answer -> answer.endsWith(" false"));
    }
}
