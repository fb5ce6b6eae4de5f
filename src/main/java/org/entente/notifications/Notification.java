package org.entente.notifications;

import java.time.Instant;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.RecordType;

/**
 * A notification as its recipient sees it, under its record's label; {@code actor} is the account
 * of whoever did what it tells, or null.
 */
public record Notification(
        long id,
        NotificationKind kind,
        RecordType recordType,
        long recordId,
        String href,
        LocalizedText title,
        LocalizedText excerpt,
        Instant at,
        boolean read,
        Label label,
        String actor) {

    /** {@code activity:39}, as the API names a record. */
    public String record() {
        return recordType.spelled() + ":" + recordId;
    }
}
