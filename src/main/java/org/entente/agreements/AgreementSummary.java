package org.entente.agreements;

import java.time.LocalDate;
import java.util.List;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/**
 * An agreement as pages and the API show it.
 *
 * @param enteredIntoForce the day it entered into force, or null while it has not
 * @param termEnds the day the current term ends (expiry, or renewal when tacit), or null without a term
 */
public record AgreementSummary(
        long id,
        AgreementKind kind,
        List<String> parties,
        List<Signatory> signatories,
        LocalDate signedOn,
        LocalizedText signedPlace,
        LocalDate enteredIntoForce,
        Integer termYears,
        boolean tacitRenewal,
        LocalDate termEnds,
        List<String> domains,
        Long parentId,
        LocalizedText title,
        LocalizedText summary,
        AgreementStatus status,
        boolean illustrative,
        Label label) {}
