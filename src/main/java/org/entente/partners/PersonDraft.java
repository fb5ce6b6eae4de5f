package org.entente.partners;

import java.util.List;
import java.util.Map;

/**
 * A person as someone submits them, from the form or the API: every field as given, unchecked, so
 * that {@link People#create} can refuse each bad one by name.
 */
public record PersonDraft(
        String nation,
        Long organizationId,
        Map<String, String> name,
        Map<String, String> rank,
        Map<String, String> position,
        Boolean illustrative,
        String classification,
        List<String> releasableTo) {

    public PersonDraft {
        illustrative = illustrative != null && illustrative;
        name = name == null ? Map.of() : new java.util.HashMap<>(name);
        rank = rank == null ? Map.of() : Map.copyOf(rank);
        position = position == null ? Map.of() : Map.copyOf(position);
        releasableTo = releasableTo == null ? List.of() : List.copyOf(releasableTo);
    }
}
