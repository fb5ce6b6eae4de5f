package org.entente.notifications;

import java.time.LocalDate;
import java.util.List;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.LocalizedText;
import org.entente.shared.RecordType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily reminders: the open action items assigned to a nation that are overdue or due within
 * {@value #ACTION_DAYS} days, told to that nation's accounts; the sessions planned within {@value
 * #SESSION_DAYS} days, told to every account that may read them. Each under its record's label, and
 * at most once per item, account and day (the notice's key holds the day). Run once a day by {@link
 * DailyJobs}; a plain method, so a test runs it for the day it wants. Like the search module's
 * sources, it reads the committees' tables under row-level security, as each nation in turn.
 */
@Component
class DailyReminders {

    static final int ACTION_DAYS = 7;
    static final int SESSION_DAYS = 14;

    private record Due(
            NotificationKind kind, RecordType type, long id, String href, LocalizedText title, Label label) {}

    private final JdbcClient sql;
    private final SystemScope scope;
    private final NotificationProducer producer;
    private final TransactionTemplate transaction;

    DailyReminders(
            JdbcClient sql, SystemScope scope, NotificationProducer producer, PlatformTransactionManager transactions) {
        this.sql = sql;
        this.scope = scope;
        this.producer = producer;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Tells each nation's accounts what is due on {@code today}; one transaction per nation. */
    void remind(LocalDate today) {
        List<String> nations = transaction.execute(
                status -> sql.sql("select distinct nation from identity.account where enabled order by nation")
                        .query(String.class)
                        .list());
        for (String nation : nations) {
            transaction.executeWithoutResult(status -> scope.as(nation, system -> {
                for (Due due : due(nation, today)) {
                    producer.tell(
                            new Notice(
                                    due.kind(),
                                    due.type(),
                                    due.id(),
                                    due.href(),
                                    due.title(),
                                    null,
                                    due.label(),
                                    NotificationProducer.key("reminder", due.type(), due.id()) + ":" + today),
                            reader -> reader.nation().equals(nation));
                }
                return null;
            }));
        }
    }

    /** What the nation is to be reminded of, read as that nation (row-level security and filter). */
    private List<Due> due(String nation, LocalDate today) {
        var reader = new org.entente.shared.SystemSubject(
                SystemScope.USERNAME, nation, org.entente.shared.Classification.SECRET);
        List<Due> due = new java.util.ArrayList<>(
                sql.sql("""
                        select x.id, %s as href, x.title, x.classification, x.owner_nation, x.releasable_to
                          from committees.action_item x left join committees.session s on s.id = x.session_id
                         where x.party = :nation and x.status in ('OPEN', 'IN_PROGRESS') and x.due_date <= :until
                           and %s""".formatted(RecordType.ACTION_ITEM.urlSql(), AccessPolicy.readableBy("x")))
                        .params(AccessPolicy.readerParams(reader))
                        .param("nation", nation)
                        .param("until", today.plusDays(ACTION_DAYS))
                        .query((rs, n) -> new Due(
                                NotificationKind.ACTION_DUE,
                                RecordType.ACTION_ITEM,
                                rs.getLong("id"),
                                rs.getString("href"),
                                LocalizedText.fromJson(rs.getString("title")),
                                Labels.read(rs)))
                        .list());
        due.addAll(sql.sql("""
                        select x.id, %s as href, c.name, x.classification, x.owner_nation, x.releasable_to,
                               c.classification as c_classification, c.owner_nation as c_owner_nation,
                               c.releasable_to as c_releasable_to
                          from committees.session x join committees.committee c on c.id = x.committee_id
                         where x.status in ('PLANNED', 'POSTPONED') and x.start_date between :today and :until
                           and %s and %s""".formatted(
                        RecordType.SESSION.urlSql(), AccessPolicy.readableBy("x"), AccessPolicy.readableBy("c")))
                .params(AccessPolicy.readerParams(reader))
                .param("today", today)
                .param("until", today.plusDays(SESSION_DAYS))
                .query((rs, n) -> new Due(
                        NotificationKind.SESSION_SOON,
                        RecordType.SESSION,
                        rs.getLong("id"),
                        rs.getString("href"),
                        LocalizedText.fromJson(rs.getString("name")),
                        // Readable only by who may read both the session and its committee.
                        Label.highWaterMark(
                                rs.getString("owner_nation"), List.of(Labels.read(rs), Labels.read(rs, "c_")))))
                .list());
        return due;
    }
}
