package org.entente.shared.edge;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real records of the demo for the fuzzer's path variables, so that bad input reaches past "no
 * such record" into the forms and bodies: the Israel – Morocco committee and its latest session,
 * its 2026 plan, a Moroccan person, and so on. Read as the superuser.
 */
record Fixtures(Map<String, String> byCollection) {

    /** The record behind each collection (or variable name) of a path, as a query. */
    private static final Map<String, String> QUERIES = Map.ofEntries(
            Map.entry("committees", "select id from committees.committee where code = 'JMC-ISR-MAR'"),
            Map.entry("number", """
                    select max(s.number) from committees.session s join committees.committee c on c.id = s.committee_id
                     where c.code = 'JMC-ISR-MAR'"""),
            Map.entry("agreements", "select min(id) from agreements.agreement where owner_nation = 'MAR'"),
            Map.entry("organizations", "select min(id) from partners.organization where owner_nation = 'MAR'"),
            Map.entry("people", "select min(id) from partners.person where nation = 'MAR'"),
            Map.entry("projects", "select min(id) from projects.project where owner_nation = 'MAR'"),
            Map.entry("milestoneId", "select min(id) from projects.milestone"),
            Map.entry("workplans", "select min(id) from workplans.plan where committee_code = 'JMC-ISR-MAR'"),
            Map.entry("indicator", "select min(id) from workplans.indicator"),
            Map.entry("activities", "select min(id) from workplans.activity where status = 'PLANNED'"),
            Map.entry("action-items", "select min(id) from committees.action_item where party = 'MAR'"),
            Map.entry("accounts", "select id from identity.account where username = 'viewer.mar'"));

    static Fixtures load(Connection connection) {
        Map<String, String> ids = new LinkedHashMap<>();
        QUERIES.forEach((name, query) -> ids.put(name, one(connection, query)));
        ids.putAll(Map.of(
                "attachments", "1",
                "tokens", "1",
                "feeds", "1",
                "amendments", "1",
                "code", "INFORMATION_EXCHANGE",
                "recordType", "committee",
                "recordId", ids.get("committees"),
                "step", "execute",
                "secret", "x".repeat(43)));
        return new Fixtures(ids);
    }

    /** The value of a path variable, from its name or else the collection it follows. */
    String value(String variable, String previousSegment) {
        String value = byCollection.get(variable);
        if (value == null) {
            value = byCollection.get(previousSegment);
        }
        return value == null ? "1" : value;
    }

    /** An id to put in numeric fields. */
    long someId() {
        return Long.parseLong(byCollection.get("committees"));
    }

    private static String one(Connection connection, String sql) {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() && rs.getString(1) != null ? rs.getString(1) : "1";
        } catch (SQLException schemaChanged) {
            return "1";
        }
    }
}
