package org.entente.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's part of what awaits a reader (the home page's "to do" panel, the navigation's count,
 * {@code GET /api/v1/me/todo}), so that the list gathers them without depending on the modules
 * that keep them. Each module declares one bean. A source counts and lists in SQL under the
 * reader's access filter: an item, and every count in it, covers only records the reader may read.
 */
public interface TodoSource {

    /** What awaits the reader on {@code today}, in any order. */
    List<TodoItem> todoFor(Subject reader, LocalDate today);

    /**
     * How many items {@link #todoFor} lists, for the navigation's count on every page: a source
     * whose list counts records behind each item overrides it to skip the counting.
     */
    default int countFor(Subject reader, LocalDate today) {
        return todoFor(reader, today).size();
    }

    /**
     * The head of the list for a page that ends at item {@code first}: {@code items} holds, for
     * every n up to {@code first}, the first n items of {@link #todoFor}'s list in the list's order
     * (by kind first), and {@code total} the whole list's length. A source whose later kinds are
     * costly stops reading at a kind once it holds {@code first} items of the earlier ones, and
     * counts the rest without building them. By default, the whole list.
     */
    default Head headFor(Subject reader, LocalDate today, int first) {
        List<TodoItem> all = todoFor(reader, today);
        return new Head(all, all.size());
    }

    /** The first items of a source's list, and how many the whole list holds. */
    record Head(List<TodoItem> items, int total) {}
}
