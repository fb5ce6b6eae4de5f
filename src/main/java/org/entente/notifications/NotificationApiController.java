package org.entente.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entente.shared.Subject;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/me/notifications}: the caller's notifications, newest first (docs/api.md);
 * {@code POST /api/v1/me/notifications/read}: marks those listed read, or all of them.
 */
@RestController
class NotificationApiController {

    static final String LIST = "/api/v1/me/notifications";
    static final String READ = "/api/v1/me/notifications/read";

    /** A notification as the API shows it; {@code title} and {@code excerpt} are keyed by language. */
    record NotificationJson(
            long id,
            NotificationKind kind,
            String record,
            Map<String, String> title,
            Map<String, String> excerpt,
            Instant at,
            boolean read,
            String href,
            LabelJson label) {

        static NotificationJson of(Notification n) {
            return new NotificationJson(
                    n.id(),
                    n.kind(),
                    n.record(),
                    n.title().values(),
                    n.excerpt() == null ? null : n.excerpt().values(),
                    n.at(),
                    n.read(),
                    n.href(),
                    LabelJson.of(n.label()));
        }
    }

    /** Which to mark read: {@code {"ids": [12, 13]}}; no body, or no ids, marks all. */
    record ReadInput(List<Long> ids) {}

    record ReadJson(int read, int unread) {}

    private final NotificationStore store;

    NotificationApiController(NotificationStore store) {
        this.store = store;
    }

    @GetMapping(LIST)
    ListJson<NotificationJson> list(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        Paging paging = Paging.of(page, size);
        List<NotificationJson> items =
                store.page(reader, (int) Math.min(paging.offset(), Integer.MAX_VALUE), paging.size()).stream()
                        .map(NotificationJson::of)
                        .toList();
        return new ListJson<>(items, paging.page(), paging.size(), store.count(reader));
    }

    @PostMapping(READ)
    ReadJson read(@AuthenticationPrincipal Subject reader, @RequestBody(required = false) ReadInput input) {
        List<Long> ids = input == null || input.ids() == null
                ? List.of()
                : input.ids().stream().filter(java.util.Objects::nonNull).toList();
        int read = store.markRead(reader, ids);
        return new ReadJson(read, store.unread(reader));
    }
}
