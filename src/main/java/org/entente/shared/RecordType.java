package org.entente.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one catalogue of the kinds of record that other modules point at (search, comments, watching,
 * notifications): each kind's name as URLs, the API, the audit trail and the stored rows spell it,
 * its message keys, and the page that shows one of its records as a SQL expression over its row.
 * The modules that own the records keep their types; this names them, so that a kind is spelled,
 * named and linked the same way everywhere.
 */
public enum RecordType {
    AGREEMENT("agreement", "agreements.agreement", "'/agreements/' || x.id", true),
    CONTEXT_EVENT("context-event", "agreements.context_event", "'/timeline#context-' || x.id", false),
    COMMITTEE("committee", "committees.committee", "'/committees/' || x.id", false),
    SESSION("session", "committees.session", "'/committees/' || x.committee_id || '/sessions/' || x.number", true),
    /**
     * Its page needs its session's number: the query joins {@code committees.session s}; one that
     * belongs to no session is found on its committee's page.
     */
    ACTION_ITEM(
            "action-item",
            "committees.action_item",
            "'/committees/' || x.committee_id || coalesce('/sessions/' || s.number, '') || '#action-' || x.id",
            true),
    PLAN("plan", "workplans.plan", "'/workplans/' || x.id", true),
    OBJECTIVE("objective", "workplans.objective", "'/workplans/' || x.plan_id || '#objective-' || x.id", false),
    ACTIVITY("activity", "workplans.activity", "'/activities/' || x.id", true),
    AMENDMENT("amendment", "workplans.amendment", "'/workplans/' || x.plan_id || '/amendments/' || x.number", true),
    PROJECT("project", "projects.project", "'/projects/' || x.id", true),
    MILESTONE("milestone", "projects.milestone", "'/projects/' || x.project_id || '#milestone-' || x.id", true),
    ORGANIZATION("organization", "partners.organization", "'/organizations/' || x.id", false),
    PERSON("person", "partners.person", "'/people/' || x.id", false),
    COMMENT("comment", "comments.comment", "'/comments/' || x.id", false),
    /** Its page is its record's: the query finds it (search: the record's own entry). */
    ATTACHMENT("attachment", "attachments.attachment", null, false);

    /**
     * Every name, as a regular expression's alternatives, for a constraint that needs a constant
     * ({@code @Pattern}); {@code RecordTypeTest} checks it against the catalogue.
     */
    public static final String NAMES = "agreement|context-event|committee|session|action-item|plan|objective"
            + "|activity|amendment|project|milestone|organization|person|comment|attachment";

    private final String spelled;
    private final String table;
    private final String url;
    private final boolean commented;

    RecordType(String spelled, String table, String url, boolean commented) {
        this.spelled = spelled;
        this.table = table;
        this.url = url;
        this.commented = commented;
    }

    /** The name as URLs, the API, the audit trail and stored rows spell it ({@code action-item}). */
    public String spelled() {
        return spelled;
    }

    /**
     * The table that keeps the kind's records, by schema ({@code committees.action_item}): what
     * {@code notifications.record_readable} asks under row-level security, {@code RecordReadableIT}
     * checks that it asks it of every kind.
     */
    public String table() {
        return table;
    }

    /** The message key of the kind's name, alone (a heading, a facet): {@code record.type.action-item}. */
    public String key() {
        return "record.type." + spelled;
    }

    /**
     * The message key of the kind's name inside a sentence, with its article where the language
     * has one ("Back to the work plan", «العودة إلى خطة العمل»); only commented kinds have one.
     */
    public String inSentenceKey() {
        return key() + ".inSentence";
    }

    /**
     * The path of the page that shows a record, as SQL over its row aliased {@code x} (and, for an
     * action item, its session aliased {@code s}); null when it is not the record's own.
     */
    public String urlSql() {
        return url;
    }

    /** Whether one may comment on records of this kind (and so watch them). */
    public boolean commented() {
        return commented;
    }

    /** The kind a name spells, if any. */
    public static Optional<RecordType> spelled(String name) {
        return Arrays.stream(values()).filter(type -> type.spelled.equals(name)).findFirst();
    }

    /** Every name, joined as {@link #NAMES} must be. */
    static String names() {
        return Arrays.stream(values()).map(RecordType::spelled).collect(Collectors.joining("|"));
    }
}
