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
 * field by name. Both are a nation's records: the fields they share (the nation, the flag of invented
 * content, the marking) are read, shown and first filled in once, by {@link NationRecordForm}.
 */
final class PartnerForms {

    private static final String ID = "\\s*[0-9]{0,18}\\s*";

    /** A new record's marking, before the user chooses another. */
    private static final String UNCLASSIFIED = "UNCLASSIFIED";

    private PartnerForms() {}

    /** The fields an organization and a person share, as typed. */
    interface NationRecordForm {

        String nation();

        Boolean illustrative();

        String classification();

        String releasableTo();

        /** The fields as typed for the form page: the nation, the form's own, then the marking's. */
        default Map<String, String> values(Map<String, String> own) {
            var values = new LinkedHashMap<String, String>();
            values.put("nation", orEmpty(nation()));
            values.putAll(own);
            values.put("classification", orEmpty(classification()));
            values.put("releasableTo", orEmpty(releasableTo()));
            if (illustrative()) {
                values.put("illustrative", "on");
            }
            return values;
        }

        /** The releasable-to codes typed as "ISR, MAR" (commas or spaces). */
        default List<String> releasableCodes() {
            return Arrays.stream(orEmpty(releasableTo()).split("[,\\s]+"))
                    .filter(s -> !s.isBlank())
                    .toList();
        }
    }

    record OrganizationForm(
            @Size(max = Limits.CODE) String nation,

            @Pattern(regexp = ID, message = "{partners.refused.parent}")
            String parentId,

            @Size(max = Limits.CODE) String kind,

            @Valid @AtMost(max = Limits.NAME) LanguageTexts name,

            @Size(max = Limits.CODE) String abbreviation,

            Boolean illustrative,

            @Size(max = Limits.CODE) String classification,

            @Size(max = Limits.SHORT_TEXT) String releasableTo)
            implements NationRecordForm {

        OrganizationForm {
            name = LanguageTexts.orEmpty(name);
            illustrative = Boolean.TRUE.equals(illustrative); // an unticked box is not posted
        }

        static OrganizationForm startingFor(String nation) {
            return new OrganizationForm(nation, "", "", null, "", false, UNCLASSIFIED, "");
        }

        static OrganizationForm of(OrganizationSummary organization) {
            Label label = organization.label();
            return new OrganizationForm(
                    organization.nation(),
                    id(organization.parentId()),
                    organization.kind().name(),
                    LanguageTexts.of(organization.name().values()),
                    orEmpty(organization.abbreviation()),
                    organization.illustrative(),
                    label.classification().name(),
                    releasable(label));
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
                    releasableCodes());
        }

        Map<String, String> values() {
            var own = new LinkedHashMap<String, String>();
            own.put("parentId", orEmpty(parentId));
            own.put("kind", orEmpty(kind));
            texts(own, "name", name);
            own.put("abbreviation", orEmpty(abbreviation));
            return values(own);
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

            @Size(max = Limits.SHORT_TEXT) String releasableTo)
            implements NationRecordForm {

        PersonForm {
            name = LanguageTexts.orEmpty(name);
            rank = LanguageTexts.orEmpty(rank);
            position = LanguageTexts.orEmpty(position);
            illustrative = Boolean.TRUE.equals(illustrative);
        }

        static PersonForm startingFor(String nation) {
            return new PersonForm(nation, "", null, null, null, false, UNCLASSIFIED, "");
        }

        static PersonForm of(PersonSummary person) {
            Label label = person.label();
            return new PersonForm(
                    person.nation(),
                    id(person.organizationId()),
                    LanguageTexts.of(person.name().values()),
                    LanguageTexts.of(person.rank().values()),
                    LanguageTexts.of(person.position().values()),
                    person.illustrative(),
                    label.classification().name(),
                    releasable(label));
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
                    releasableCodes());
        }

        Map<String, String> values() {
            var own = new LinkedHashMap<String, String>();
            own.put("organizationId", orEmpty(organizationId));
            texts(own, "name", name);
            texts(own, "rank", rank);
            texts(own, "position", position);
            return values(own);
        }
    }

    /** A multilingual field as typed: {@code name.ar}, {@code name.en}… */
    private static void texts(Map<String, String> values, String field, LanguageTexts texts) {
        texts.asMap().forEach((language, text) -> values.put(field + "." + language, text));
    }

    private static String releasable(Label label) {
        return String.join(", ", label.releasableTo().stream().sorted().toList());
    }

    /** A stored id as the form shows it: digits, or nothing. */
    private static String id(Long id) {
        return id == null ? "" : Long.toString(id);
    }

    /** An id the pattern has already checked: digits, or none. */
    private static Long id(String typed) {
        return orEmpty(typed).isBlank() ? null : Long.valueOf(typed.strip());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
