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
}
