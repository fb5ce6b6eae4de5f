package org.entente.agreements;

import java.util.Map;
import org.entente.shared.LocalizedText;

/**
 * Who signed for a party, and in what capacity: as the document states it ({@code name},
 * {@code capacity}, free text), and, when known, in each language ({@code names}, {@code
 * capacities}: "Minister of Defense", "وزير الدفاع"…), shown in the reader's language.
 */
public record Signatory(
        String nation, String name, String capacity, Map<String, String> names, Map<String, String> capacities) {

    public Signatory {
        names = names == null ? Map.of() : Map.copyOf(names);
        capacities = capacities == null ? Map.of() : Map.copyOf(capacities);
    }

    /** A signatory as the new agreement form types them, in one language. */
    public Signatory(String nation, String name, String capacity) {
        this(nation, name, capacity, Map.of(), Map.of());
    }

    /** The name per language; empty when known only as typed ({@link #name}). */
    public LocalizedText nameText() {
        return new LocalizedText(names);
    }

    /** The capacity per language; empty when known only as typed ({@link #capacity}). */
    public LocalizedText capacityText() {
        return new LocalizedText(capacities);
    }
}
