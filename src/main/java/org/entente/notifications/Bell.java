package org.entente.notifications;

import org.entente.shared.Subject;
import org.entente.shared.UnreadCount;
import org.springframework.stereotype.Component;

/** The bell's count for every page's navigation: the same count as the bell fragment's. */
@Component
class Bell implements UnreadCount {

    private final NotificationStore store;

    Bell(NotificationStore store) {
        this.store = store;
    }

    @Override
    public int of(Subject reader) {
        return store.unread(reader);
    }
}
