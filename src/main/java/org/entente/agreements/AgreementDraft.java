package org.entente.agreements;

import java.util.List;
import java.util.Map;

/**
 * An agreement as a person submits it, from the form or the API: every field as given, unchecked,
 * so that {@link Agreements#create} can refuse each bad one by name instead of failing on the first.
 *
 * @param kind an {@link AgreementKind} name
 * @param parties ISO 3166-1 alpha-3 codes
 * @param signedOn year-month-day
 * @param title text per language code
 * @param classification a {@link org.entente.shared.Classification} name
 */
public record AgreementDraft(
        String kind,
        List<String> parties,
        List<Signatory> signatories,
        String signedOn,
        Map<String, String> signedPlace,
        Integer termYears,
        Boolean tacitRenewal,
        List<String> domains,
        Long parentId,
        Map<String, String> title,
        Map<String, String> summary,
        Boolean illustrative,
        String classification,
        List<String> releasableTo) {

    public AgreementDraft {
        // Absent from a JSON body means no.
        tacitRenewal = tacitRenewal != null && tacitRenewal;
        illustrative = illustrative != null && illustrative;
        parties = parties == null ? List.of() : List.copyOf(parties);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
        signedPlace = signedPlace == null ? Map.of() : Map.copyOf(signedPlace);
        domains = domains == null ? List.of() : List.copyOf(domains);
        title = title == null ? Map.of() : Map.copyOf(title);
        summary = summary == null ? Map.of() : Map.copyOf(summary);
        releasableTo = releasableTo == null ? List.of() : List.copyOf(releasableTo);
    }
}
