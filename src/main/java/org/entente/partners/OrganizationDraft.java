package org.entente.partners;

import java.util.List;
import java.util.Map;

/**
 * An organization as a person submits it, from the form or the API: every field as given, unchecked,
 * so that {@link Organizations#create} can refuse each bad one by name.
 *
 * @param nation an ISO 3166-1 alpha-3 code
 * @param kind an {@link OrganizationKind} name
 * @param name text per language code
 * @param classification a {@link org.entente.shared.Classification} name
 */
public record OrganizationDraft(
        String nation,
        Long parentId,
        String kind,
        Map<String, String> name,
        String abbreviation,
        Boolean illustrative,
        String classification,
        List<String> releasableTo) {

    public OrganizationDraft {
        illustrative = illustrative != null && illustrative;
        name = name == null ? Map.of() : Map.copyOf(name);
        releasableTo = releasableTo == null ? List.of() : List.copyOf(releasableTo);
    }
}
