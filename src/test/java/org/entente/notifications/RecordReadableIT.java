package org.entente.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * {@code notifications.record_readable} (V830), the one spelling of the rule that hides a
 * notification whose record its recipient may no longer read: it knows exactly the kinds of the
 * catalogue ({@link RecordType}), each asked of its own table; it answers, for every demo persona
 * under row-level security, as that persona's reads of the tables themselves do; and PostgreSQL
 * inlines it into the statements that ask it ({@link NotificationStore#STILL_READABLE}).
 */
@DemoApplicationTest
class RecordReadableIT {

    /**
     * One branch of the functions of V830: {@code when 'plan' then exists (select from workplans.plan x
     * where x.id = asked_id}.
     */
    private static final Pattern BRANCH =
            Pattern.compile("when '([^']+)' then exists \\(select from (\\S+) x where x\\.id = asked_id");

    /** The function, and the one that answers for comments and files. */
    private static final List<String> FUNCTIONS = List.of("record_readable", "part_readable");

    @Autowired
    SuperuserConnections superuser;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient sql;

    @Test
    void theFunctionAsksEveryKindOfTheCatalogueOfItsOwnTableAndKnowsNoOther() throws SQLException {
        Map<String, String> asked = new TreeMap<>();
        try (Connection connection = superuser.open();
                Statement statement = connection.createStatement()) {
            for (String function : FUNCTIONS) {
                try (ResultSet rows = statement.executeQuery(
                        "select pg_get_functiondef('notifications." + function + "(text, bigint)'::regprocedure)")) {
                    rows.next();
                    Matcher branch = BRANCH.matcher(rows.getString(1));
                    while (branch.find()) {
                        assertThat(asked.put(branch.group(1), branch.group(2)))
                                .as("kind %s asked once", branch.group(1))
                                .isNull();
                    }
                }
            }
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
                    try (ResultSet readable = statement.executeQuery(readable(type.spelled(), id) + ", "
                            + readable(type.spelled(), -1).substring("select ".length()))) {
                        readable.next();
                        assertThat(readable.getBoolean(1)).as(type + " " + id).isTrue();
                        assertThat(readable.getBoolean(2))
                                .as(type + " that does not exist")
                                .isFalse();
                    }
                    checked.add(type.spelled());
                }
            }
            try (ResultSet unknown = statement.executeQuery(readable("workplan", 1))) {
                unknown.next();
                assertThat(unknown.getBoolean(1))
                        .as("a kind the catalogue does not know")
                        .isFalse();
            }
        }
        assertThat(checked).as("the demo has records of most kinds").hasSizeGreaterThanOrEqualTo(10);
    }

    private static String readable(String kind, long id) {
        return "select exists (select from notifications.record_readable('" + kind + "', " + id + "))";
    }

    /** A record of the demo, and the record it belongs to (a comment's or a file's), as the superuser sees them. */
    private record Probe(RecordType type, long id) {}

    /**
     * For the 8 personas, under their row-level security: the function's answer on up to 60 records of
     * every kind (some each persona may read, some not), on records that do not exist and on a kind the
     * catalogue does not know, against what the persona's own reads of the kinds' tables say: a record
     * is readable when its row shows, a comment or a file when its row and its record's do. The demo has
     * few comments and files, so the test adds some in its own transaction (rolled back): on records of
     * every commented kind, one labelled as its record, one internal to the record's nation, one
     * unclassified for all three nations (shown by itself even where its record is not); files on
     * records and on comments.
     */
    @Test
    void theFunctionAnswersAsTheReadersOwnReadsOfTheTablesForEveryPersona() throws SQLException {
        String appRole = Personas.inTransaction(
                transactions,
                Personas.HOST,
                () -> sql.sql("select current_user").query(String.class).single());
        var answers = new TreeMap<String, Integer>();
        try (Connection connection = superuser.open()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                commentsAndFiles(statement);
                List<Probe> probes = new ArrayList<>();
                Map<Probe, Probe> belongsTo = new HashMap<>();
                for (RecordType type : RecordType.values()) {
                    boolean ofARecord = type == RecordType.COMMENT || type == RecordType.ATTACHMENT;
                    try (ResultSet rows = statement.executeQuery("select id"
                            + (ofARecord ? ", record_type, record_id" : "") + " from " + type.table()
                            + " order by id desc limit 60")) {
                        while (rows.next()) {
                            Probe probe = new Probe(type, rows.getLong(1));
                            probes.add(probe);
                            if (ofARecord) {
                                belongsTo.put(
                                        probe,
                                        new Probe(
                                                RecordType.spelled(rows.getString(2))
                                                        .orElseThrow(),
                                                rows.getLong(3)));
                            }
                        }
                    }
                    probes.add(new Probe(type, -1L));
                }
                for (Persona persona : Persona.values()) {
                    statement.execute("set local role " + appRole);
                    statement.execute("select set_config('entente.nation', '"
                            + persona.subject().nation()
                            + "', true), set_config('entente.clearance', '"
                            + persona.subject().clearance().ordinal() + "', true)");
                    Set<Probe> shown = new HashSet<>();
                    for (RecordType type : RecordType.values()) {
                        try (var read =
                                connection.prepareStatement("select id from " + type.table() + " where id = any (?)")) {
                            read.setArray(1, connection.createArrayOf("bigint", ids(probes, belongsTo, type)));
                            try (ResultSet rows = read.executeQuery()) {
                                while (rows.next()) {
                                    shown.add(new Probe(type, rows.getLong(1)));
                                }
                            }
                        }
                    }
                    List<String> disagreements = new ArrayList<>();
                    try (var ask = connection.prepareStatement("""
                            select p.kind, p.id, exists (select from notifications.record_readable(p.kind, p.id))
                              from unnest(?, ?) as p (kind, id)""")) {
                        var kinds = new ArrayList<String>();
                        var ids = new ArrayList<Long>();
                        probes.forEach(probe -> {
                            kinds.add(probe.type().spelled());
                            ids.add(probe.id());
                        });
                        kinds.add("workplan");
                        ids.add(1L);
                        ask.setArray(1, connection.createArrayOf("text", kinds.toArray()));
                        ask.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
                        try (ResultSet rows = ask.executeQuery()) {
                            while (rows.next()) {
                                var type = RecordType.spelled(rows.getString(1));
                                var probe = new Probe(type.orElse(null), rows.getLong(2));
                                boolean function = rows.getBoolean(3);
                                boolean expected = type.isPresent() && readableBy(shown, belongsTo, probe);
                                if (probe.id() > 0 && type.isPresent()) {
                                    answers.merge(
                                            persona + " " + type.get().spelled() + " " + function, 1, Integer::sum);
                                }
                                if (function != expected) {
                                    disagreements.add(rows.getString(1) + ":" + probe.id() + " function " + function);
                                }
                            }
                        }
                    }
                    statement.execute("reset role");
                    assertThat(disagreements)
                            .as("records the function answers for %s otherwise than the tables", persona)
                            .isEmpty();
                }
            } finally {
                connection.rollback();
            }
        }
        for (Persona persona : Persona.values()) {
            assertThat(answers)
                    .as("%s reads some records, comments and files", persona)
                    .containsKeys(persona + " activity true", persona + " comment true", persona + " attachment true");
        }
        for (String kind : List.of("activity", "comment", "attachment")) {
            assertThat(answers.keySet())
                    .as("and some persona may not read some %s that exists", kind)
                    .anyMatch(answer -> answer.endsWith(" " + kind + " false"));
        }
    }

    /** Comments and files on the demo's records, in the superuser's transaction (see above). */
    private static void commentsAndFiles(Statement statement) throws SQLException {
        for (RecordType type : RecordType.values()) {
            if (type.commented()) {
                statement.execute("""
                        insert into comments.comment (record_type, record_id, author, internal, classification,
                                                      owner_nation, releasable_to)
                        select '%s', x.id, 'planner.mar', l.internal, l.classification, x.owner_nation, l.releasable
                          from (select * from %s order by id desc limit 4) x
                         cross join lateral (values (false, x.classification, x.releasable_to),
                                                    (true, x.classification, cast('{}' as char(3)[])),
                                                    (false, cast(0 as smallint), cast('{ISR,FRA,MAR}' as char(3)[])))
                               as l (internal, classification, releasable)""".formatted(type.spelled(), type.table()));
            }
        }
        statement.execute("""
                insert into attachments.attachment (record_type, record_id, file_name, version, media_type, size_bytes,
                                                    sha256, storage_path, uploaded_by, classification, owner_nation,
                                                    releasable_to)
                select r.record_type, r.record_id, 'note-' || l.n || '.txt', 1, 'text/plain', 1, sha256(r.record_type::bytea),
                       'record-readable-it/' || r.record_type || '-' || r.record_id || '-' || l.n, 'planner.mar',
                       l.classification, r.owner_nation, l.releasable
                  from (select 'comment' as record_type, id as record_id, classification, owner_nation, releasable_to
                          from (select * from comments.comment order by id desc limit 24) c
                        union all
                        select 'activity', id, classification, owner_nation, releasable_to
                          from (select * from workplans.activity order by id desc limit 8) a) r
                 cross join lateral (values (1, r.classification, r.releasable_to),
                                            (2, cast(0 as smallint), cast('{ISR,FRA,MAR}' as char(3)[])))
                       as l (n, classification, releasable)""");
    }

    private static Long[] ids(List<Probe> probes, Map<Probe, Probe> belongsTo, RecordType type) {
        var ids = new HashSet<Long>();
        for (Probe probe : probes) {
            for (Probe p = probe; p != null; p = belongsTo.get(p)) {
                if (p.type() == type) {
                    ids.add(p.id());
                }
            }
        }
        return ids.toArray(Long[]::new);
    }

    /** A record is readable when its row shows, and the record it belongs to, if any, is readable too. */
    private static boolean readableBy(Set<Probe> shown, Map<Probe, Probe> belongsTo, Probe probe) {
        if (!shown.contains(probe)) {
            return false;
        }
        Probe owner = belongsTo.get(probe);
        return owner == null || readableBy(shown, belongsTo, owner);
    }

    /**
     * The bell's count as the page asks it: PostgreSQL inlines the function (no call of it is left in
     * the plan) and probes each kind's table by its primary key, never hashing or reading a whole table.
     */
    @Test
    void theCountsPlanHasTheFunctionInlinedAsProbes() {
        String plan = Personas.inTransaction(
                transactions,
                Persona.values()[0].subject(),
                () -> String.join(
                        "\n",
                        sql.sql("explain select count(*) from notifications.notification n"
                                        + " where recipient = 'planner.mar' and read_at is null and "
                                        + NotificationStore.STILL_READABLE)
                                .query(String.class)
                                .list()));
        assertThat(plan)
                .as(plan)
                .doesNotContain("Function Scan")
                .doesNotContainIgnoringCase("hashed SubPlan")
                .doesNotContain("Seq Scan on activity")
                .containsPattern("Index (Only )?Scan using activity_pkey on activity")
                .contains("One-Time Filter");
    }
}
