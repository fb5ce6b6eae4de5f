package org.entente.comments;

import java.util.Map;
import org.entente.shared.RecordWritten;
import org.entente.shared.Subject;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * I watch what I create, propose, approve or change: every audited write of a commented record
 * ({@link RecordWritten}, published by the audit trail inside the writing transaction) makes its
 * writer a watcher, in the same transaction. No service of another module needs a line for it.
 */
@Component
class WatchWhatIWrite {

    /** The audit trail's names that differ from the record types ({@code workplan} is a plan). */
    private static final Map<String, String> TYPES = Map.of("workplan", "plan");

    private final Watching watching;

    WatchWhatIWrite(Watching watching) {
        this.watching = watching;
    }

    @EventListener
    void written(RecordWritten written) {
        String type = TYPES.getOrDefault(written.type(), written.type());
        if (!CommentedRecords.commented(type)
                || written.id() == null
                || !written.id().matches("\\d{1,18}")) {
            return;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Subject writer) {
            watching.watchWhileWriting(writer, type, Long.parseLong(written.id()));
        }
    }
}
