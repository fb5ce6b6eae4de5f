package org.entente.agreements;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.shared.Limits;
import org.entente.shared.web.AtMost;
import org.entente.shared.web.LanguageTexts;

/**
 * The new agreement form as posted, every field as typed so that a refused form comes back as
 * typed. Bean Validation checks the shape (lengths, numbers); {@link Agreements#create} checks the
 * rules and refuses each bad field by name.
 */
record AgreementForm(
        @Size(max = Limits.CODE) String kind,

        @Size(max = Limits.SHORT_TEXT) String parties,

        @Valid @AtMost(max = Limits.TITLE) LanguageTexts title,
        @Valid @AtMost(max = Limits.TEXT) LanguageTexts summary,

        @Size(max = Limits.CODE) String signedOn,

        @Valid @AtMost(max = Limits.NAME) LanguageTexts signedPlace,

        @Size(max = Limits.SHORT_TEXT) String signatories,

        @Pattern(regexp = "\\s*([1-9][0-9]?)?\\s*", message = "{agreement.new.refused.term}")
        String termYears,

        Boolean tacitRenewal,
        List<String> domains,

        @Pattern(regexp = "\\s*[0-9]{0,18}\\s*", message = "{agreement.new.refused.parent}")
        String parentId,

        @Size(max = Limits.CODE) String classification,

        @Size(max = Limits.SHORT_TEXT) String releasableTo,

        Boolean illustrative) {

    AgreementForm {
        title = LanguageTexts.orEmpty(title);
        summary = LanguageTexts.orEmpty(summary);
        signedPlace = LanguageTexts.orEmpty(signedPlace);
        domains = domains == null ? List.of() : List.copyOf(domains);
        tacitRenewal = Boolean.TRUE.equals(tacitRenewal); // an unticked box is not posted
        illustrative = Boolean.TRUE.equals(illustrative);
    }

    /** The form a planner starts from: their own nation a party, RESTRICTED. */
    static AgreementForm startingFor(String nation) {
        return new AgreementForm(
                "", nation, null, null, "", null, "", "", false, List.of(), "", "RESTRICTED", "", false);
    }

    /** The form as the service takes it: still unchecked, the rules are the service's. */
    AgreementDraft draft() {
        List<Signatory> signers = new ArrayList<>();
        for (String line : orEmpty(signatories).split("\\R")) {
            if (!line.isBlank()) {
                String[] parts = line.split(";", 3);
                signers.add(
                        new Signatory(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""));
            }
        }
        return new AgreementDraft(
                orEmpty(kind),
                codes(parties),
                signers,
                orEmpty(signedOn),
                signedPlace.asMap(),
                orEmpty(termYears).isBlank() ? null : Integer.valueOf(termYears.strip()),
                tacitRenewal,
                domains,
                orEmpty(parentId).isBlank() ? null : Long.valueOf(parentId.strip()),
                title.asMap(),
                summary.asMap(),
                illustrative,
                orEmpty(classification),
                codes(releasableTo));
    }

    /** Field name → value as typed, for the template ({@code title.en}…). */
    Map<String, String> values() {
        var values = new LinkedHashMap<String, String>();
        values.put("kind", orEmpty(kind));
        values.put("parties", orEmpty(parties));
        title.asMap().forEach((language, text) -> values.put("title." + language, text));
        summary.asMap().forEach((language, text) -> values.put("summary." + language, text));
        values.put("signedOn", orEmpty(signedOn));
        signedPlace.asMap().forEach((language, text) -> values.put("signedPlace." + language, text));
        values.put("signatories", orEmpty(signatories));
        values.put("termYears", orEmpty(termYears));
        values.put("parentId", orEmpty(parentId));
        values.put("classification", orEmpty(classification));
        values.put("releasableTo", orEmpty(releasableTo));
        if (tacitRenewal) {
            values.put("tacitRenewal", "on");
        }
        if (illustrative) {
            values.put("illustrative", "on");
        }
        return values;
    }

    /** Codes typed as "ISR, MAR" (commas or spaces). */
    static List<String> codes(String typed) {
        return Arrays.stream(orEmpty(typed).split("[,\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
