package org.entente.notifications;

import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.RecordType;

/**
 * One thing to tell: what happened ({@code kind}) to which record, under the record's label, with
 * the record's name and an optional excerpt (a decision's reason). {@code key} makes it the same
 * notice when it is produced again (a re-delivered event, tomorrow's run of a daily reminder).
 */
public record Notice(
        NotificationKind kind,
        RecordType recordType,
        long recordId,
        String href,
        LocalizedText title,
        LocalizedText excerpt,
        Label label,
        String key,
        String actor) {

    /** A notice of something no one in particular did (a reminder), or the nation did. */
    public Notice(
            NotificationKind kind,
            RecordType recordType,
            long recordId,
            String href,
            LocalizedText title,
            LocalizedText excerpt,
            Label label,
            String key) {
        this(kind, recordType, recordId, href, title, excerpt, label, key, null);
    }

    public Notice {
        if (kind == null || recordType == null || label == null || title == null || href == null || key == null) {
            throw new IllegalArgumentException(
                    "A notice needs a kind, a record type, a label, a title, a link and a key");
        }
    }

    /** {@code activity:39}, as the API names a record. */
    public String record() {
        return recordType.spelled() + ":" + recordId;
    }
}
