package org.entente.partners;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.shared.Label;
import org.entente.shared.Limits;
import org.entente.shared.web.AtMost;
import org.entente.shared.web.LanguageTexts;

/**
 * The organization and person forms as posted, every field as typed so that a refused form comes
 * back as typed. Bean Validation checks the shape; the services check the rules and refuse each bad
 * field by name.
 */
final class PartnerForms {

    private static final String ID = "\\s*[0-9]{0,18}\\s*";

    private PartnerForms() {}

    record OrganizationForm(
            @Size(max = Limits.CODE) String nation,

            @Pattern(regexp = ID, message = "{partners.refused.parent}")
            String parentId,

            @Size(max = Limits.CODE) String kind,

            @Valid @AtMost(max = Limits.NAME) LanguageTexts name,

            @Size(max = Limits.CODE) String abbreviation,

            Boolean illustrative,

            @Size(max = Limits.CODE) String classification,

            @Size(max = Limits.SHORT_TEXT) String releasableTo) {

        OrganizationForm {
            name = LanguageTexts.orEmpty(name);
            illustrative = Boolean.TRUE.equals(illustrative); // an unticked box is not posted
        }

        static OrganizationForm startingFor(String nation) {
            return new OrganizationForm(nation, "", "", null, "", false, "UNCLASSIFIED", "");
        }

        static OrganizationForm of(OrganizationSummary organization) {
            return new OrganizationForm(
                    organization.nation(),
                    organization.parentId() == null ? "" : Long.toString(organization.parentId()),
                    organization.kind().name(),
                    LanguageTexts.of(organization.name().values()),
                    organization.abbreviation() == null ? "" : organization.abbreviation(),
                    organization.illustrative(),
                    organization.label().classification().name(),
                    releasable(organization.label()));
        }

        OrganizationDraft draft() {
            return new OrganizationDraft(
                    orEmpty(nation),
                    id(parentId),
                    orEmpty(kind),
                    name.asMap(),
                    orEmpty(abbreviation),
                    illustrative,
                    orEmpty(classification),
                    codes(releasableTo));
        }

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            values.put("nation", orEmpty(nation));
            values.put("parentId", orEmpty(parentId));
            values.put("kind", orEmpty(kind));
            name.asMap().forEach((language, text) -> values.put("name." + language, text));
            values.put("abbreviation", orEmpty(abbreviation));
            return label(values, illustrative, classification, releasableTo);
        }
    }

    record PersonForm(
            @Size(max = Limits.CODE) String nation,

            @Pattern(regexp = ID, message = "{partners.refused.organization}")
            String organizationId,

            @Valid @AtMost(max = Limits.NAME) LanguageTexts name,
            @Valid @AtMost(max = Limits.NAME) LanguageTexts rank,
            @Valid @AtMost(max = Limits.NAME) LanguageTexts position,
            Boolean illustrative,

            @Size(max = Limits.CODE) String classification,

            @Size(max = Limits.SHORT_TEXT) String releasableTo) {

        PersonForm {
            name = LanguageTexts.orEmpty(name);
            rank = LanguageTexts.orEmpty(rank);
            position = LanguageTexts.orEmpty(position);
            illustrative = Boolean.TRUE.equals(illustrative);
        }

        static PersonForm startingFor(String nation) {
            return new PersonForm(nation, "", null, null, null, false, "UNCLASSIFIED", "");
        }

        static PersonForm of(PersonSummary person) {
            return new PersonForm(
                    person.nation(),
                    person.organizationId() == null ? "" : Long.toString(person.organizationId()),
                    LanguageTexts.of(person.name().values()),
                    LanguageTexts.of(person.rank().values()),
                    LanguageTexts.of(person.position().values()),
                    person.illustrative(),
                    person.label().classification().name(),
                    releasable(person.label()));
        }

        PersonDraft draft() {
            return new PersonDraft(
                    orEmpty(nation),
                    id(organizationId),
                    name.asMap(),
                    rank.asMap(),
                    position.asMap(),
                    illustrative,
                    orEmpty(classification),
                    codes(releasableTo));
        }

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            values.put("nation", orEmpty(nation));
            values.put("organizationId", orEmpty(organizationId));
            name.asMap().forEach((language, text) -> values.put("name." + language, text));
            rank.asMap().forEach((language, text) -> values.put("rank." + language, text));
            position.asMap().forEach((language, text) -> values.put("position." + language, text));
            return label(values, illustrative, classification, releasableTo);
        }
    }

    private static Map<String, String> label(
            Map<String, String> values, boolean illustrative, String classification, String releasableTo) {
        values.put("classification", orEmpty(classification));
        values.put("releasableTo", orEmpty(releasableTo));
        if (illustrative) {
            values.put("illustrative", "on");
        }
        return values;
    }

    private static String releasable(Label label) {
        return String.join(", ", label.releasableTo().stream().sorted().toList());
    }

    /** An id the pattern has already checked: digits, or none. */
    private static Long id(String typed) {
        return orEmpty(typed).isBlank() ? null : Long.valueOf(typed.strip());
    }

    /** Codes typed as "ISR, MAR" (commas or spaces). */
    private static List<String> codes(String typed) {
        return Arrays.stream(orEmpty(typed).split("[,\\s]+"))
                .filter(s -> !s.isBlank())
                .toList();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
