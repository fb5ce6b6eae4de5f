package org.entente.audit.report;

import java.util.List;

/**
 * One page of the events the reader may see, newest first.
 *
 * @param page the page number, from 0
 * @param total how many events match the filter and may be seen by the reader, on every page
 */
public record AuditPage(List<AuditRecord> items, int page, int size, long total) {

    public AuditPage {
        items = List.copyOf(items);
    }

    /** How many pages there are; at least one, though it may be empty. */
    public long pages() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
