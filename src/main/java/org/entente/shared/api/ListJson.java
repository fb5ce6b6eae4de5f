package org.entente.shared.api;

import java.util.List;
import java.util.function.Function;

/** Every list of the API (api.md): one page of what the caller may read, and how many there are. */
public record ListJson<T>(List<T> items, int page, int size, long total) {

    /** The page of a list already held whole, each item turned into its JSON form. */
    public static <S, T> ListJson<T> of(List<S> all, Paging paging, Function<? super S, ? extends T> json) {
        int from = (int) Math.min(paging.offset(), all.size());
        int to = (int) Math.min((long) from + paging.size(), all.size());
        List<T> items = all.subList(from, to).stream().<T>map(json).toList();
        return new ListJson<>(items, paging.page(), paging.size(), all.size());
    }
}
