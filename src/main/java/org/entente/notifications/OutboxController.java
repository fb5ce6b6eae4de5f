package org.entente.notifications;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrators' view of the outbox: domain events whose delivery has not completed (waiting,
 * failed and retried), and mails waiting for the SMTP server or dropped. It shows what kind of event
 * and which listener, never the event's content.
 */
@Controller
class OutboxController {

    static final String PAGE = "/admin/outbox";
    private static final int SHOWN = 200;

    private final JdbcClient sql;

    OutboxController(JdbcClient sql) {
        this.sql = sql;
    }

    @GetMapping(PAGE)
    @Transactional(readOnly = true)
    String outbox(@AuthenticationPrincipal Subject reader, Model model) {
        List<OutboxRows.Delivery> deliveries = sql.sql("""
                        select event_type, listener_id, publication_date, coalesce(status, 'PUBLISHED') as status,
                               coalesce(completion_attempts, 0) as attempts, last_resubmission_date
                          from notifications.event_publication where completion_date is null
                         order by publication_date limit :shown""")
                .param("shown", SHOWN)
                .query((rs, n) -> new OutboxRows.Delivery(
                        simpleName(rs.getString("event_type")),
                        simpleName(rs.getString("listener_id")),
                        instant(rs.getObject("publication_date", OffsetDateTime.class)),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        instant(rs.getObject("last_resubmission_date", OffsetDateTime.class))))
                .list();
        List<OutboxRows.WaitingMail> mails = sql.sql("""
                        select id, recipient, kind, status, attempts, next_attempt_at, last_error from notifications.mail
                         where status = 'DROPPED' or (status = 'WAITING' and attempts > 0)
                         order by next_attempt_at limit :shown""")
                .param("shown", SHOWN)
                .query((rs, n) -> new OutboxRows.WaitingMail(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("kind"),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        instant(rs.getObject("next_attempt_at", OffsetDateTime.class)),
                        rs.getString("last_error")))
                .list();
        long waiting = sql.sql("select count(*) from notifications.mail where status = 'WAITING'")
                .query(Long.class)
                .single();
        model.addAttribute("deliveries", deliveries);
        model.addAttribute("mails", mails);
        model.addAttribute("waiting", waiting);
        model.addAttribute("label", Label.unclassified(reader.nation()));
        return "notifications/outbox";
    }

    /** {@code org.entente.workplans.PlanEvents$PlanSigned} → {@code PlanSigned}. */
    static String simpleName(String qualified) {
        if (qualified == null) {
            return "";
        }
        String name = qualified.substring(qualified.lastIndexOf('.') + 1);
        return name.substring(name.lastIndexOf('$') + 1);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
