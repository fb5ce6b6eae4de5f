package org.entente.workplans;

import java.util.Map;
import org.entente.shared.LocalizedText;

/**
 * Who signed a plan, for which party, in what capacity: as typed at the signing ({@code name},
 * {@code capacity}), and, when known, in each language ({@code names}, {@code capacities}: "Co-chair",
 * "Coprésident", "رئيس مشارك", "יושב ראש משותף"), shown in the reader's language.
 */
public record PlanSignatory(
        String nation, String name, String capacity, Map<String, String> names, Map<String, String> capacities) {

    public PlanSignatory {
        names = names == null ? Map.of() : Map.copyOf(names);
        capacities = capacities == null ? Map.of() : Map.copyOf(capacities);
    }

    /** A signatory as the signing form types them, in one language. */
    public PlanSignatory(String nation, String name, String capacity) {
        this(nation, name, capacity, Map.of(), Map.of());
    }

    /** The same signatory with the typed texts stripped (an absent capacity is empty). */
    PlanSignatory stripped() {
        return new PlanSignatory(nation, name.strip(), capacity == null ? "" : capacity.strip(), names, capacities);
    }

    /** The name in every language it is known in; only the typed one when there are no others. */
    public boolean multilingual() {
        return !names.isEmpty();
    }

    public LocalizedText nameText() {
        return new LocalizedText(names);
    }

    public LocalizedText capacityText() {
        return new LocalizedText(capacities);
    }
}
