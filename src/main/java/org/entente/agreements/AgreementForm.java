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
import org.entente.shared.Refused;
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

        Map<String, String> signatoryNation,
        Map<String, String> signatoryName,
        Map<String, String> signatoryCapacity,
        @Size(max = Limits.CODE) String addSignatory,
        @Size(max = Limits.CODE) String removeSignatory,

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
        signatoryNation = signatoryNation == null ? Map.of() : signatoryNation;
        signatoryName = signatoryName == null ? Map.of() : signatoryName;
        signatoryCapacity = signatoryCapacity == null ? Map.of() : signatoryCapacity;
        tacitRenewal = Boolean.TRUE.equals(tacitRenewal); // an unticked box is not posted
        illustrative = Boolean.TRUE.equals(illustrative);
    }

    /**
     * The form a planner starts from: their own nation a party, RESTRICTED, two signatory rows, the
     * first for their own nation.
     */
    static AgreementForm startingFor(String nation) {
        return new AgreementForm(
                "",
                nation,
                null,
                null,
                "",
                null,
                Map.of("0", nation),
                Map.of(),
                Map.of(),
                null,
                null,
                "",
                false,
                List.of(),
                "",
                "RESTRICTED",
                "",
                false);
    }

    /** True when the form was posted to add or remove a signatory row, not to create the agreement. */
    boolean changesRows() {
        return !orEmpty(addSignatory).isBlank() || !orEmpty(removeSignatory).isBlank();
    }

    /**
     * The signatory rows as typed, in their order, the row to remove left out and an empty row added
     * when asked; never fewer than two rows on the page.
     */
    List<SignatoryRow> rows() {
        String removed = orEmpty(removeSignatory).strip();
        List<SignatoryRow> rows = new ArrayList<>();
        for (int index : indexes()) {
            if (!Integer.toString(index).equals(removed) && rows.size() < MAX_ROWS) {
                String key = Integer.toString(index);
                rows.add(new SignatoryRow(
                        orEmpty(signatoryNation.get(key)),
                        orEmpty(signatoryName.get(key)),
                        orEmpty(signatoryCapacity.get(key))));
            }
        }
        if (!orEmpty(addSignatory).isBlank() && rows.size() < MAX_ROWS) {
            rows.add(new SignatoryRow("", "", ""));
        }
        while (rows.size() < 2) {
            rows.add(new SignatoryRow("", "", ""));
        }
        return rows;
    }

    /** The most signatory rows the page offers. */
    static final int MAX_ROWS = 20;

    /** The numbers of the signatory rows posted, in order. */
    private java.util.SortedSet<Integer> indexes() {
        var indexes = new java.util.TreeSet<Integer>();
        for (Map<String, String> column : List.of(signatoryNation, signatoryName, signatoryCapacity)) {
            for (String key : column.keySet()) {
                if (key != null && key.matches("[0-9]{1,3}")) {
                    indexes.add(Integer.valueOf(key));
                }
            }
        }
        return indexes;
    }

    /**
     * Whether the form carries more signatory rows than the page offers: only a hand-made POST
     * does. The page shows the first {@link #MAX_ROWS} of them again.
     */
    boolean tooManyRows() {
        return indexes().size() > MAX_ROWS;
    }

    /**
     * {@link #draft(String)}, refused by field ({@code signatories}) when the form carries more rows
     * than the page offers, rather than storing rows no one could see on the page.
     */
    AgreementDraft checkedDraft(String language) {
        if (tooManyRows()) {
            throw Refused.field("signatories", "agreement.new.refused.signatoryRows", MAX_ROWS);
        }
        return draft(language);
    }

    /** One signatory as typed: the nation's code (chosen by name), the person, the capacity. */
    record SignatoryRow(String nation, String name, String capacity) {
        boolean blank() {
            return Limits.blank(name) && Limits.blank(capacity);
        }
    }

    /**
     * The form as the service takes it: still unchecked, the rules are the service's. A signatory's
     * capacity is taken as written in {@code language} (the reader's), so that a reader of another
     * language sees it marked as such; a row with neither name nor capacity is left out.
     */
    AgreementDraft draft(String language) {
        List<Signatory> signers = new ArrayList<>();
        for (SignatoryRow row : rows()) {
            if (!row.blank()) {
                Map<String, String> capacities = Limits.blank(row.capacity())
                        ? Map.of()
                        : Map.of(language, row.capacity().strip());
                signers.add(new Signatory(row.nation(), row.name(), row.capacity(), Map.of(), capacities));
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
        List<SignatoryRow> rows = rows();
        values.put("signatoryRows", Integer.toString(rows.size()));
        for (int i = 0; i < rows.size(); i++) {
            values.put("signatoryNation." + i, rows.get(i).nation());
            values.put("signatoryName." + i, rows.get(i).name());
            values.put("signatoryCapacity." + i, rows.get(i).capacity());
        }
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
