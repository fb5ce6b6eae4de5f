package org.entente.audit.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.entente.audit.AuditEvent.Outcome;

/**
 * What the auditor filters on; a null or blank field filters nothing.
 *
 * @param actor the start of the actor's name
 * @param action the start of the action's code ({@code identity.} for every sign-in and sign-out)
 * @param outcome exactly this outcome
 * @param from from this day on (UTC)
 * @param to up to and including this day (UTC)
 */
public record AuditFilter(String actor, String action, Outcome outcome, LocalDate from, LocalDate to) {

    public AuditFilter {
        actor = blankToNull(actor);
        action = blankToNull(action);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    /** The query string of this filter on the given page (0-based), for links that keep it. */
    public String query(int page) {
        List<String> parameters = new ArrayList<>();
        add(parameters, "actor", actor);
        add(parameters, "action", action);
        add(parameters, "outcome", outcome == null ? null : outcome.name());
        add(parameters, "from", from == null ? null : from.toString());
        add(parameters, "to", to == null ? null : to.toString());
        if (page > 0) {
            parameters.add("page=" + page);
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    private static void add(List<String> parameters, String name, String value) {
        if (value != null) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
