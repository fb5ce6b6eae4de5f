package org.entente.agreements;

import java.util.List;
import java.util.Map;

/**
 * A context event as a person submits it, every field unchecked, so that {@link
 * Agreements#createContextEvent} can refuse each bad one by name.
 *
 * @param date year-month-day
 * @param nations ISO 3166-1 alpha-3 codes, two or more
 * @param text per language code
 * @param source where it is told, per language code (none: empty)
 */
public record ContextEventDraft(
        String date,
        List<String> nations,
        Map<String, String> text,
        Map<String, String> source,
        boolean illustrative,
        String classification,
        List<String> releasableTo) {

    public ContextEventDraft {
        nations = nations == null ? List.of() : List.copyOf(nations);
        text = text == null ? Map.of() : Map.copyOf(text);
        source = source == null ? Map.of() : Map.copyOf(source);
        releasableTo = releasableTo == null ? List.of() : List.copyOf(releasableTo);
    }
}
