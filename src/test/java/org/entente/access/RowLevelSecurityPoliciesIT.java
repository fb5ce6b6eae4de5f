package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table that carries a label is behind row-level security by the one rule: found from the
 * catalog (not from a list kept by hand), it must be enabled and forced, registered with a mode by
 * {@code shared.protect}, and have exactly the four policies its mode requires, for the
 * application's role. A table added without them, or a policy dropped, fails here.
 */
@DemoApplicationTest
class RowLevelSecurityPoliciesIT {

    private static final String READABLE = "shared.readable(classification, owner_nation, releasable_to)";
    private static final String OWNED = "shared.owned(classification, owner_nation, releasable_to)";
    private static final String READER_NATION = "current_setting('entente.nation'::text, true)";

    /** Labelled tables deliberately outside row-level security, and why. */
    private static final Map<String, String> EXEMPT = Map.of(
            "audit.event",
            "the append-only, hash-chained trail: verifying the chain reads every entry, denials are"
                    + " recorded for records the actor may not read, and the auditor's views filter by the"
                    + " access policy");

    private static final Set<String> LABEL_COLUMNS = Set.of("classification", "owner_nation", "releasable_to");

    @Autowired
    JdbcClient sql;

    record Policy(String command, String permissive, String roles, String using, String check) {}

    @Test
    void everyLabelledTableHasForcedRowLevelSecurityAndThePoliciesOfItsMode() {
        Set<String> labelled = labelledTables();
        assertThat(labelled)
                .as("the catalog lists the labelled tables")
                .contains("committees.signature", "workplans.activity", "projects.kpi_value", "partners.person");
        Map<String, String> modes = new TreeMap<>();
        sql.sql("select relation, mode from shared.protection")
                .query((rs, n) -> modes.put(rs.getString(1), rs.getString(2)))
                .list();

        var unprotected = new TreeSet<>(labelled);
        unprotected.removeAll(modes.keySet());
        assertThat(unprotected)
                .as("labelled tables not protected by shared.protect (and not exempt with a reason)")
                .isEqualTo(new TreeSet<>(EXEMPT.keySet()));
        assertThat(labelled).as("protected tables that carry no label").containsAll(modes.keySet());

        List<String> faults = new ArrayList<>();
        for (var entry : modes.entrySet()) {
            faults.addAll(faults(entry.getKey(), entry.getValue()));
        }
        assertThat(faults).isEmpty();
    }

    private List<String> faults(String table, String mode) {
        List<String> faults = new ArrayList<>();
        String[] name = table.split("\\.");
        Map<String, Object> flags = sql.sql("""
                        select c.relrowsecurity, c.relforcerowsecurity
                          from pg_class c join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = :schema and c.relname = :table""")
                .param("schema", name[0])
                .param("table", name[1])
                .query()
                .singleRow();
        if (!Boolean.TRUE.equals(flags.get("relrowsecurity"))) {
            faults.add(table + ": row-level security not enabled");
        }
        if (!Boolean.TRUE.equals(flags.get("relforcerowsecurity"))) {
            faults.add(table + ": row-level security not forced on the owner");
        }
        Map<String, Policy> policies = new TreeMap<>();
        sql.sql("""
                        select policyname, cmd, permissive, array_to_string(roles, ','), qual, with_check
                          from pg_policies where schemaname = :schema and tablename = :table""")
                .param("schema", name[0])
                .param("table", name[1])
                .query((rs, n) -> policies.put(
                        rs.getString(1),
                        new Policy(
                                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6))))
                .list();
        Map<String, String> expectedNames =
                Map.of("SELECT", "_read", "INSERT", "_insert", "UPDATE", "_update", "DELETE", "_delete");
        if (policies.size() != 4) {
            faults.add(table + ": " + policies.size() + " policies instead of 4: " + policies.keySet());
        }
        for (var command : expectedNames.entrySet()) {
            Policy policy = policies.get(name[1] + command.getValue());
            if (policy == null || !policy.command().equals(command.getKey())) {
                faults.add(table + ": no " + command.getKey() + " policy " + name[1] + command.getValue());
                continue;
            }
            if (!"PERMISSIVE".equals(policy.permissive()) || !"entente_app".equals(policy.roles())) {
                faults.add(table + ": " + command.getKey() + " policy is not a permissive one for entente_app");
            }
            faults.addAll(expressionFaults(table, mode, command.getKey(), policy));
        }
        boolean keepsLabel = sql.sql("""
                        select count(*) from pg_trigger t
                          join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
                         where n.nspname = :schema and c.relname = :table and t.tgname = :trigger""")
                        .param("schema", name[0])
                        .param("table", name[1])
                        .param("trigger", name[1] + "_keeps_label")
                        .query(Integer.class)
                        .single()
                == 1;
        if (keepsLabel != Set.of("joint", "party_updates").contains(mode)) {
            faults.add(table + ": label-keeping trigger " + (keepsLabel ? "present" : "missing") + " in mode " + mode);
        }
        return faults;
    }

    /** What each mode allows, command by command (see shared/V10__protect.sql). */
    private static List<String> expressionFaults(String table, String mode, String command, Policy policy) {
        List<String> faults = new ArrayList<>();
        String where = table + " (" + mode + ") " + command + ": ";
        switch (command) {
            case "SELECT" -> expect(faults, where + "using", policy.using(), READABLE);
            case "INSERT" -> {
                switch (mode) {
                    case "attachment" -> expect(faults, where + "check", policy.check(), READABLE);
                    case "party_inserts", "party_notes" -> expectException(faults, where + "check", policy.check());
                    default -> expect(faults, where + "check", policy.check(), OWNED);
                }
            }
            case "UPDATE" -> {
                switch (mode) {
                    case "joint" -> {
                        expect(faults, where + "using", policy.using(), READABLE);
                        expect(faults, where + "check", policy.check(), READABLE);
                    }
                    case "party_updates" -> {
                        expectException(faults, where + "using", policy.using());
                        expectException(faults, where + "check", policy.check());
                    }
                    default -> {
                        expect(faults, where + "using", policy.using(), OWNED);
                        expect(faults, where + "check", policy.check(), OWNED);
                    }
                }
            }
            default -> expect(faults, where + "using", policy.using(), OWNED);
        }
        return faults;
    }

    private static void expect(List<String> faults, String where, String actual, String expected) {
        if (!expected.equals(actual)) {
            faults.add(where + " is " + actual + ", expected " + expected);
        }
    }

    /** The owner's rule, or the narrow exception: a readable row for the reader's own nation. */
    private static void expectException(List<String> faults, String where, String actual) {
        if (actual == null
                || !actual.startsWith("(" + OWNED + " OR (" + READABLE + " AND ")
                || !actual.contains(READER_NATION)) {
            faults.add(where + " is " + actual + ", expected the owner's rule or the reader's own nation's row");
        }
    }

    private Set<String> labelledTables() {
        // From the catalog rather than information_schema.columns, which hides the tables the
        // application's role has no privilege on: a labelled table without grants counts too.
        Map<String, Set<String>> columns = new TreeMap<>();
        sql.sql("""
                        select n.nspname || '.' || c.relname, a.attname
                          from pg_attribute a
                          join pg_class c on c.oid = a.attrelid
                          join pg_namespace n on n.oid = c.relnamespace
                         where c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
                           and a.attname in ('classification', 'owner_nation', 'releasable_to')
                           and n.nspname not in ('pg_catalog', 'information_schema')""")
                .query((rs, n) -> columns.computeIfAbsent(rs.getString(1), t -> new TreeSet<>())
                        .add(rs.getString(2)))
                .list();
        var labelled = new TreeSet<String>();
        columns.forEach((table, found) -> {
            if (found.equals(LABEL_COLUMNS)) {
                labelled.add(table);
            }
        });
        return labelled;
    }
}
