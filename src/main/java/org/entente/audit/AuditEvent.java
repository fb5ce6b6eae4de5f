package org.entente.audit;

import java.util.Map;
import java.util.TreeMap;
import org.entente.shared.Label;

/**
 * What happened, as a module tells the audit trail: the action (a dotted code such as {@code
 * committees.session.approve}), the object it concerned and that object's label at that moment,
 * how it ended, and a few details. Who did it, from where and when, the trail finds out itself.
 *
 * @param action what was done, a stable code rather than a sentence, so that auditors can filter on it
 * @param objectType the kind of record concerned ({@code session}, {@code account}, …)
 * @param objectId the record's id, or null when the event concerns no single record
 * @param label the record's label at that moment, or null when the event concerns no labelled record
 * @param outcome how it ended
 * @param details a few facts worth keeping (a reason, a changed field); never a secret
 * @param read whether it was a read (a page viewed, a list, an export), which changes no record:
 *     said by whoever records it ({@link #read(String, String, String, Label)}), not guessed from
 *     the action's name; the entry stored and hashed is the same either way
 */
public record AuditEvent(
        String action,
        String objectType,
        String objectId,
        Label label,
        Outcome outcome,
        Map<String, String> details,
        boolean read) {

    /** How an audited action ended. */
    public enum Outcome {
        /** It was done. */
        SUCCESS,
        /** The actor was not allowed to do it. */
        DENIED,
        /** It was attempted and did not succeed (a refused sign-in, a broken chain found). */
        FAILURE
    }

    public AuditEvent {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("An audit event needs an action");
        }
        if (objectType == null || objectType.isBlank()) {
            throw new IllegalArgumentException("An audit event needs an object type");
        }
        if (outcome == null) {
            throw new IllegalArgumentException("An audit event needs an outcome");
        }
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** An event that is no read (a change, a refusal, a sign-in). */
    public AuditEvent(
            String action,
            String objectType,
            String objectId,
            Label label,
            Outcome outcome,
            Map<String, String> details) {
        this(action, objectType, objectId, label, outcome, details, false);
    }

    /** A successful read: a record or page viewed, a list shown, an export made. */
    public static AuditEvent read(String action, String objectType, String objectId, Label label) {
        return new AuditEvent(action, objectType, objectId, label, Outcome.SUCCESS, Map.of(), true);
    }

    /** A read that was refused. */
    public static AuditEvent deniedRead(String action, String objectType, String objectId, Label label) {
        return new AuditEvent(action, objectType, objectId, label, Outcome.DENIED, Map.of(), true);
    }

    /**
     * Whether the event changed a record that views kept beside the records (the search index) must
     * follow: a write that succeeded, on one record. The audit trail and search ask this one rule.
     */
    public boolean wroteRecord() {
        return outcome == Outcome.SUCCESS && objectId != null && !read;
    }

    public static AuditEvent success(String action, String objectType, String objectId, Label label) {
        return new AuditEvent(action, objectType, objectId, label, Outcome.SUCCESS, Map.of());
    }

    public static AuditEvent denied(String action, String objectType, String objectId, Label label) {
        return new AuditEvent(action, objectType, objectId, label, Outcome.DENIED, Map.of());
    }

    public static AuditEvent failure(String action, String objectType, String objectId, Label label) {
        return new AuditEvent(action, objectType, objectId, label, Outcome.FAILURE, Map.of());
    }

    /** The same event with one more detail. */
    public AuditEvent with(String key, String value) {
        var more = new TreeMap<>(details);
        more.put(key, value);
        return new AuditEvent(action, objectType, objectId, label, outcome, more, read);
    }
}
