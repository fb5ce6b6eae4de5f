package org.entente.committees;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.Nations;
import org.entente.shared.Subject;
import org.entente.shared.web.AtMost;
import org.entente.shared.web.LanguageTexts;

/**
 * The committee form as posted, every field as typed so that a refused form comes back as typed.
 * Bean Validation checks the shape (lengths, ids that are numbers); {@link #draft} reads the choices
 * and refuses each unknown one by name; the service checks the rules.
 *
 * @param coChair the co-chair of each party, posted as {@code coChair[MAR].organization}
 */
record CommitteeForm(
        @Size(max = Limits.CODE) String code,

        @Size(max = Limits.SHORT_TEXT) String parties,

        @Size(max = Limits.CODE) String classification,

        @Size(max = Limits.CODE) String kind,

        @Valid @AtMost(max = Limits.NAME) LanguageTexts name,

        @Pattern(regexp = ID, message = "{committee.refused.parentId}")
        String parentId,

        @Pattern(regexp = ID, message = "{committee.refused.agreementId}")
        String agreementId,

        @Size(max = Limits.CODE) String language,

        Map<String, @Valid Chair> coChair,

        @Size(max = Limits.NAME) String secretariat,

        @Size(max = Limits.CODE) String cadence,

        Boolean alternating,

        List<String> members) {

    private static final String ID = "\\s*[0-9]{0,18}\\s*";
    private static final String MEMBER = "\\s*[0-9]{1,18}\\s*";

    /** One party's co-chair as typed, and the person who holds the chair as chosen (an id, or empty). */
    record Chair(
            @Size(max = Limits.NAME) String organization,

            @Size(max = Limits.NAME) String position,

            @Pattern(regexp = ID, message = "{committee.refused.coChairPerson}")
            String person) {

        Chair {
            organization = orEmpty(organization);
            position = orEmpty(position);
            person = orEmpty(person);
        }
    }

    CommitteeForm {
        code = orEmpty(code);
        parties = orEmpty(parties);
        classification = orEmpty(classification);
        kind = orEmpty(kind);
        name = LanguageTexts.orEmpty(name);
        parentId = orEmpty(parentId);
        agreementId = orEmpty(agreementId);
        language = orEmpty(language);
        coChair = coChair == null ? Map.of() : Map.copyOf(coChair);
        secretariat = orEmpty(secretariat);
        cadence = orEmpty(cadence);
        alternating = Boolean.TRUE.equals(alternating); // an unticked box is not posted
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** A new committee's form: the subject's nation a party, restricted, meeting every year by turns. */
    static CommitteeForm startingFor(Subject subject) {
        return new CommitteeForm(
                "",
                subject.nation(),
                Classification.RESTRICTED.name(),
                "",
                null,
                "",
                "",
                "",
                null,
                "",
                Cadence.ANNUAL.name(),
                true,
                null);
    }

    /** The form of a committee as it is, its texts in the reader's language. */
    static CommitteeForm of(CommitteeSummary committee, CommitteeProfile profile, Locale locale) {
        var chairs = new LinkedHashMap<String, Chair>();
        for (CoChair chair : profile.coChairs()) {
            chairs.put(
                    chair.nation(),
                    new Chair(
                            chair.organization().in(locale),
                            chair.position().in(locale),
                            chair.personId() == null ? "" : Long.toString(chair.personId())));
        }
        return new CommitteeForm(
                "",
                "",
                "",
                committee.kind().name(),
                LanguageTexts.of(committee.name().values()),
                profile.parent() == null ? "" : Long.toString(profile.parent().id()),
                profile.agreementId() == null ? "" : Long.toString(profile.agreementId()),
                locale.getLanguage(),
                chairs,
                profile.secretariat().in(locale),
                profile.cadence() == null ? "" : profile.cadence().name(),
                profile.alternating(),
                profile.members().stream().map(m -> Long.toString(m.personId())).toList());
    }

    /** The parties' codes as typed, upper case, each once. */
    List<String> partyCodes() {
        return Arrays.stream(parties.toUpperCase(Locale.ROOT).split("[,;\\s]+"))
                .filter(s -> !s.isBlank())
                .distinct()
                .toList();
    }

    /** The known parties among those typed, for the co-chair fields. */
    List<String> knownParties() {
        return partyCodes().stream().filter(Nations::isKnown).toList();
    }

    /**
     * A new committee's draft, owned by the subject's nation and released to the other parties.
     *
     * @throws CommitteeRefusedException naming each field whose choice is unknown
     */
    CommitteeDraft newDraft(Subject subject) {
        var errors = new LinkedHashMap<String, String>();
        List<String> typed = partyCodes();
        // An unknown code is the typist's mistake, not a label to build (that would be a 500).
        List<String> known = knownParties();
        if (known.size() != typed.size()) {
            errors.put("parties", "committee.refused.parties");
        }
        Classification chosen = choice(Classification.class, classification, "classification", errors);
        Set<String> releasable = new TreeSet<>(known);
        releasable.remove(subject.nation());
        Label label = chosen == null ? null : new Label(chosen, subject.nation(), releasable);
        return draft(known, label, errors);
    }

    /**
     * The draft of a change to a committee: its parties and label stay.
     *
     * @throws CommitteeRefusedException naming each field whose choice is unknown
     */
    CommitteeDraft editDraft(CommitteeSummary committee) {
        return draft(committee.parties(), committee.label(), new LinkedHashMap<>());
    }

    private CommitteeDraft draft(List<String> parties, Label label, Map<String, String> errors) {
        CommitteeKind chosenKind = choice(CommitteeKind.class, kind, "kind", errors);
        Cadence chosenCadence = cadence.isBlank() ? null : choice(Cadence.class, cadence, "cadence", errors);
        if (!members.stream().allMatch(m -> m.matches(MEMBER))) {
            errors.put("members", "committee.refused.members");
        }
        if (!errors.isEmpty()) {
            throw new CommitteeRefusedException(errors);
        }
        String typedIn = language.isBlank() ? "en" : language;
        List<CoChair> chairs = new ArrayList<>();
        for (String party : parties) {
            Chair chair = coChair.getOrDefault(party, new Chair("", "", ""));
            String organization = chair.organization().strip();
            String position = chair.position().strip();
            Long person = id(chair.person());
            if (!organization.isEmpty() || !position.isEmpty() || person != null) {
                chairs.add(new CoChair(
                        party, LocalizedText.of(typedIn, organization), LocalizedText.of(typedIn, position), person));
            }
        }
        String typedSecretariat = secretariat.strip();
        return new CommitteeDraft(
                code,
                chosenKind,
                texts(name),
                parties,
                id(parentId),
                id(agreementId),
                chairs,
                typedSecretariat.isEmpty() ? LocalizedText.of() : LocalizedText.of(typedIn, typedSecretariat),
                chosenCadence,
                alternating,
                members.stream().map(CommitteeForm::id).toList(),
                label);
    }

    /** The field values the template shows, by field name. */
    Map<String, String> values() {
        var values = new LinkedHashMap<String, String>();
        values.put("code", code);
        values.put("parties", parties);
        values.put("classification", classification);
        values.put("kind", kind);
        name.asMap().forEach((lang, text) -> values.put("name." + lang, text));
        values.put("parentId", parentId.strip());
        values.put("agreementId", agreementId.strip());
        coChair.forEach((party, chair) -> {
            values.put(chairField(party, "organization"), chair.organization());
            values.put(chairField(party, "position"), chair.position());
            values.put(chairField(party, "person"), chair.person().strip());
        });
        values.put("secretariat", secretariat);
        values.put("cadence", cadence);
        if (alternating) {
            values.put("alternating", "on");
        }
        return values;
    }

    /** The posted name of a party's co-chair field: {@code coChair[MAR].organization}. */
    static String chairField(String party, String part) {
        return "coChair[" + party + "]." + part;
    }

    /** The texts typed, stripped, without the empty ones. */
    static LocalizedText texts(LanguageTexts typed) {
        var texts = new LinkedHashMap<String, String>();
        typed.asMap().forEach((lang, text) -> {
            if (!text.isBlank()) {
                texts.put(lang, text.strip());
            }
        });
        return new LocalizedText(texts);
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String typed, String field, Map<String, String> errors) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(typed.strip())) {
                return constant;
            }
        }
        errors.put(field, "committee.refused." + field);
        return null;
    }

    private static Long id(String typed) {
        return typed.isBlank() ? null : Long.valueOf(typed.strip());
    }

    private static String orEmpty(String typed) {
        return typed == null ? "" : typed;
    }
}
