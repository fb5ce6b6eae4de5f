package org.entente.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entente.shared.Subject;
import org.entente.shared.TodoItem;
import org.entente.shared.TodoSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What awaits a reader, gathered from every module's {@link TodoSource}: the home page's panel, the
 * navigation's count and {@code GET /api/v1/me/todo} show the same list. Ordered by kind (approvals
 * first), then overdue before due, then by day.
 */
@Component
class TodoList {

    static final Comparator<TodoItem> ORDER = Comparator.comparing(TodoItem::kind)
            .thenComparing(item -> !item.overdue())
            .thenComparing(TodoItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(TodoItem::href);

    private final List<TodoSource> sources;

    TodoList(List<TodoSource> sources) {
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    List<TodoItem> of(Subject reader, LocalDate today) {
        var items = new ArrayList<TodoItem>();
        for (TodoSource source : sources) {
            items.addAll(source.todoFor(reader, today));
        }
        items.sort(ORDER);
        return items;
    }

    /**
     * Items {@code from} to {@code from + size} of {@link #of}'s list, and its length: each source
     * reads only the head of its list the page needs ({@link TodoSource#headFor}).
     */
    @Transactional(readOnly = true)
    TodoSource.Head page(Subject reader, LocalDate today, int from, int size) {
        int first = (int) Math.min((long) from + size, Integer.MAX_VALUE);
        var items = new ArrayList<TodoItem>();
        int total = 0;
        for (TodoSource source : sources) {
            TodoSource.Head head = source.headFor(reader, today, first);
            items.addAll(head.items());
            total += head.total();
        }
        items.sort(ORDER);
        return new TodoSource.Head(items.subList(Math.min(from, items.size()), Math.min(first, items.size())), total);
    }

    /** As many as {@link #of} lists, which each source may count without building its items. */
    @Transactional(readOnly = true)
    int count(Subject reader, LocalDate today) {
        int count = 0;
        for (TodoSource source : sources) {
            count += source.countFor(reader, today);
        }
        return count;
    }
}
