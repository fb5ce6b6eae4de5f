package org.entente.committees;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.Labels;
import org.entente.shared.LocalizedText;
import org.entente.shared.SessionOrdinal;
import org.entente.shared.Subject;
import org.entente.shared.TodoItem;
import org.entente.shared.TodoItem.TodoKind;
import org.entente.shared.TodoSource;
import org.entente.shared.Translator;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the committees ask of a reader: the open action items the reader's nation owns that are
 * overdue or due within {@value #ACTION_DAYS} days, and the sessions of the next {@value
 * #SESSION_DAYS} days, each read under the reader's access filter (the item and its committee).
 */
@Component
class CommitteeTodo implements TodoSource {

    static final int ACTION_DAYS = 14;
    static final int SESSION_DAYS = 30;
    static final int LIMIT = 20;

    private final JdbcClient sql;
    private final Translator messages;

    CommitteeTodo(JdbcClient sql, Translator messages) {
        this.sql = sql;
        this.messages = messages;
    }

    /** A session's number as the reader reads it: "the third session", "3rd session". */
    private String ordinal(int number) {
        Locale locale = LocaleContextHolder.getLocale();
        SessionOrdinal ordinal = SessionOrdinal.of(locale, number);
        return messages.t(locale, ordinal.key(), ordinal.ordinal());
    }

    /**
     * Both kinds in one statement, each part with its own order and limit: a row is an action item
     * ({@code ref} its id, {@code day} its due date) or a session ({@code ref} its number, {@code day}
     * its first day, {@code title} its committee's name, {@code c_}… its committee's label).
     */
    @Override
    @Transactional(readOnly = true)
    public List<TodoItem> todoFor(Subject reader, LocalDate today) {
        return sql.sql("""
                        (select 'ACTION_DUE' as kind, t.id as ref, t.committee_id, t.title, t.due_date as day,
                                t.classification, t.owner_nation, t.releasable_to,
                                c.classification as c_classification, c.owner_nation as c_owner_nation,
                                c.releasable_to as c_releasable_to
                           from committees.action_item t join committees.committee c on c.id = t.committee_id
                          where t.party = cast(:readerNation as char(3)) and t.status in ('OPEN', 'IN_PROGRESS')
                            and t.due_date <= :actionsUntil and %1$s and %2$s
                          order by t.due_date, t.id
                          limit %3$d)
                        union all
                        (select 'SESSION_SOON' as kind, t.number as ref, t.committee_id, c.name as title, t.start_date as day,
                                t.classification, t.owner_nation, t.releasable_to,
                                c.classification as c_classification, c.owner_nation as c_owner_nation,
                                c.releasable_to as c_releasable_to
                           from committees.session t join committees.committee c on c.id = t.committee_id
                          where t.status in ('PLANNED', 'POSTPONED') and t.start_date between :today and :sessionsUntil
                            and %1$s and %2$s
                          order by t.start_date, t.id
                          limit %3$d)""".formatted(AccessPolicy.readableBy("t"), AccessPolicy.readableBy("c"), LIMIT))
                .params(AccessPolicy.readerParams(reader))
                .param("today", today)
                .param("actionsUntil", today.plusDays(ACTION_DAYS))
                .param("sessionsUntil", today.plusDays(SESSION_DAYS))
                .query((rs, n) -> {
                    LocalDate day = rs.getObject("day", LocalDate.class);
                    long committeeId = rs.getLong("committee_id");
                    LocalizedText title = LocalizedText.fromJson(rs.getString("title"));
                    if (TodoKind.valueOf(rs.getString("kind")) == TodoKind.ACTION_DUE) {
                        return new TodoItem(
                                TodoKind.ACTION_DUE,
                                title,
                                "",
                                1,
                                day,
                                day.isBefore(today),
                                "/committees/" + committeeId + "#action-" + rs.getLong("ref"),
                                Labels.read(rs),
                                "");
                    }
                    int number = rs.getInt("ref");
                    return new TodoItem(
                            TodoKind.SESSION_SOON,
                            title,
                            Integer.toString(number),
                            1,
                            day,
                            false,
                            "/committees/" + committeeId + "/sessions/" + number,
                            Label.highWaterMark(
                                    rs.getString("owner_nation"), List.of(Labels.read(rs), Labels.read(rs, "c_"))),
                            ordinal(number));
                })
                .list();
    }
}
