package org.entente.agreements;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.entente.access.LabelFields;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.Nations;
import org.entente.shared.Refused;
import org.entente.shared.Subject;

/**
 * An agreement as a subject submitted it, checked field by field before anything is stored, so
 * that one refusal names every field to correct. A plain object: the taxonomy and whether the
 * parent is readable are given to it.
 */
final class AgreementDraftCheck {

    private AgreementDraftCheck() {}

    /**
     * The agreement to record, labelled with the subject's nation as owner.
     *
     * @param taxonomy the domains, retired ones included
     * @param parentReadable whether the subject may read the agreement named as parent
     * @throws Refused naming each field refused
     */
    static NewAgreement check(
            Subject subject, AgreementDraft draft, List<Domain> taxonomy, LongPredicate parentReadable) {
        var errors = new LinkedHashMap<String, String>();
        AgreementKind kind = AgreementController.parse(AgreementKind.class, draft.kind());
        if (kind == null) {
            errors.put("kind", "agreement.new.refused.kind");
        }
        List<String> parties = DraftFields.codes(draft.parties());
        if (parties.stream().anyMatch(p -> !Nations.isKnown(p))) {
            errors.put("parties", "agreement.new.refused.unknownNation");
        } else if (parties.size() < 2) {
            errors.put("parties", "agreement.new.refused.twoParties");
        } else if (!parties.contains(subject.nation())) {
            errors.put("parties", "agreement.new.refused.ownNation");
        }
        LocalizedText title = DraftFields.text(draft.title());
        if (title.values().isEmpty()) {
            errors.put("title", "agreement.new.refused.title");
        }
        org.entente.shared.OptionalTexts.check("title", title, Limits.TITLE, errors);
        Limits.check("summary", DraftFields.text(draft.summary()), Limits.TEXT, errors);
        LocalDate signedOn = DraftFields.requiredDay("signedOn", draft.signedOn(), errors);
        Limits.HISTORY_DATES.check("signedOn", signedOn, errors);
        LocalizedText place = DraftFields.text(draft.signedPlace());
        if (place.values().isEmpty()) {
            errors.put("signedPlace", "agreement.new.refused.place");
        }
        Limits.check("signedPlace", place, Limits.NAME, errors);
        List<Signatory> signatories = draft.signatories().stream()
                .map(s -> new Signatory(
                        s.nation() == null ? "" : s.nation().strip().toUpperCase(java.util.Locale.ROOT),
                        s.name() == null ? "" : s.name().strip(),
                        s.capacity() == null ? "" : s.capacity().strip(),
                        s.names(),
                        s.capacities()))
                .toList();
        if (signatories.stream()
                .anyMatch(s -> !parties.contains(s.nation())
                        || s.name().isEmpty()
                        || s.capacity().isEmpty())) {
            errors.put("signatories", "agreement.new.refused.signatory");
        }
        for (Signatory signatory : signatories) {
            Limits.check("signatories", signatory.name(), Limits.NAME, errors);
            Limits.check("signatories", signatory.capacity(), Limits.NAME, errors);
            if (org.entente.shared.BidiControls.refused(signatory.name())
                    || org.entente.shared.BidiControls.refused(signatory.capacity())) {
                errors.putIfAbsent("signatories", org.entente.shared.BidiControls.REFUSED);
            }
        }
        if (draft.termYears() != null && (draft.termYears() < 1 || draft.termYears() > 99)) {
            errors.put("termYears", "agreement.new.refused.term");
        }
        Map<String, Domain> offered =
                taxonomy.stream().filter(d -> !d.retired()).collect(Collectors.toMap(Domain::code, d -> d));
        List<String> domains = draft.domains().stream()
                .filter(d -> d != null && !d.isBlank())
                .map(String::strip)
                .distinct()
                .toList();
        if (domains.stream().anyMatch(d -> !offered.containsKey(d))) {
            errors.put("domains", "agreement.new.refused.domain");
        }
        if (draft.parentId() != null && !parentReadable.test(draft.parentId())) {
            errors.put("parentId", "agreement.new.refused.parent");
        }
        Classification classification = LabelFields.classification(subject, draft.classification(), errors);
        List<String> releasableTo = DraftFields.codes(draft.releasableTo());
        if (releasableTo.stream().anyMatch(n -> !Nations.isKnown(n))) {
            errors.put("releasableTo", "agreement.new.refused.unknownNation");
        }
        if (!errors.isEmpty()) {
            throw Refused.fields(errors);
        }
        return new NewAgreement(
                kind,
                parties,
                signatories,
                signedOn,
                place,
                draft.termYears(),
                draft.tacitRenewal(),
                domains,
                draft.parentId(),
                title,
                DraftFields.text(draft.summary()),
                draft.illustrative(),
                new Label(classification, subject.nation(), Set.copyOf(releasableTo)),
                List.of());
    }
}
