package org.entente.search;

import java.util.LinkedHashSet;
import java.util.Set;
import org.entente.shared.RecordWritten;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the index in step with the records: each write the audit trail records is noted, and just
 * before its transaction commits every record written in it is indexed again, once, from its final
 * state. The entry commits with the write or rolls back with it: a write is searchable as soon as
 * it is visible, and a relabel never leaves an entry under its old label.
 */
@Component
class SearchFollower {

    private final SearchIndex index;

    SearchFollower(SearchIndex index) {
        this.index = index;
    }

    @EventListener
    void on(RecordWritten written) {
        if (SearchSources.targetsOf(written.type()).isEmpty()
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(written.id());
        } catch (NumberFormatException notOurs) {
            return;
        }
        pending().add(new Written(written.type(), id));
    }

    private record Written(String type, long id) {}

    @SuppressWarnings("unchecked")
    private Set<Written> pending() {
        Object existing = TransactionSynchronizationManager.getResource(SearchFollower.class);
        if (existing != null) {
            return (Set<Written>) existing;
        }
        Set<Written> pending = new LinkedHashSet<>();
        TransactionSynchronizationManager.bindResource(SearchFollower.class, pending);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            /** Before the audit trail's append, the last work before the commit (its lock held to the commit). */
            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE - 1;
            }

            @Override
            public void beforeCommit(boolean readOnly) {
                pending.forEach(written -> index.refresh(written.type(), written.id()));
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(SearchFollower.class);
            }
        });
        return pending;
    }
}
