package org.entente.agreements;

import java.time.LocalDate;
import java.util.List;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/**
 * An agreement as first recorded: signed on {@code signedOn}, then whatever happened since, oldest
 * first, in {@code laterEvents} (checked by the same rules as events recorded later).
 *
 * @param parties ISO 3166-1 alpha-3 codes, two or more
 * @param domains codes of cooperation domains
 * @param parentId the agreement this one implements, or null
 */
public record NewAgreement(
        AgreementKind kind,
        List<String> parties,
        List<Signatory> signatories,
        LocalDate signedOn,
        LocalizedText signedPlace,
        Integer termYears,
        boolean tacitRenewal,
        List<String> domains,
        Long parentId,
        LocalizedText title,
        LocalizedText summary,
        boolean illustrative,
        Label label,
        List<NewStatusEvent> laterEvents) {

    public NewAgreement {
        if (parties == null || parties.stream().distinct().count() < 2) {
            throw new IllegalArgumentException("An agreement has two or more parties");
        }
        parties = List.copyOf(parties);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
        domains = domains == null ? List.of() : List.copyOf(domains);
        laterEvents = laterEvents == null ? List.of() : List.copyOf(laterEvents);
        summary = summary == null ? LocalizedText.of() : summary;
    }
}
