package org.entente.agreements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.shared.Classification;
import org.entente.shared.LocalizedText;
import org.entente.shared.Refused;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.Test;

/** An agreement as submitted, checked field by field without a database. */
class AgreementDraftCheckTest {

    private static final SystemSubject PLANNER = new SystemSubject("planner.mar", "MAR", Classification.CONFIDENTIAL);
    private static final List<Domain> TAXONOMY = List.of(
            new Domain("TRAINING", LocalizedText.of("en", "Training"), false),
            new Domain("OLD", LocalizedText.of("en", "Old"), true));

    private static AgreementDraft draft(String classification, List<String> domains, Long parent, String signedOn) {
        return new AgreementDraft(
                "MEMORANDUM_OF_UNDERSTANDING",
                List.of("mar", " ISR "),
                List.of(new Signatory("MAR", "Name", "Co-chair", Map.of(), Map.of())),
                signedOn,
                Map.of("fr", " Rabat "),
                5,
                true,
                domains,
                parent,
                Map.of("en", "Memorandum", "ar", " "),
                Map.of(),
                false,
                classification,
                List.of("isr"));
    }

    @Test
    void aGoodDraftBecomesAnAgreementOwnedByTheSubjectsNation() {
        NewAgreement agreement = AgreementDraftCheck.check(
                PLANNER, draft("RESTRICTED", List.of(" TRAINING "), null, "2020-12-22"), TAXONOMY, id -> false);
        assertThat(agreement.parties()).containsExactly("MAR", "ISR");
        assertThat(agreement.signedOn()).isEqualTo(LocalDate.of(2020, 12, 22));
        assertThat(agreement.title().values()).containsOnlyKeys("en");
        assertThat(agreement.signedPlace().values()).containsEntry("fr", "Rabat");
        assertThat(agreement.domains()).containsExactly("TRAINING");
        assertThat(agreement.label().owner()).isEqualTo("MAR");
        assertThat(agreement.label().releasableTo()).containsExactly("ISR");
        assertThat(agreement.label().classification()).isEqualTo(Classification.RESTRICTED);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        Refused refused = catchThrowableOfType(
                Refused.class,
                () -> AgreementDraftCheck.check(
                        PLANNER, draft("SECRET", List.of("OLD"), 42L, "22/12/2020"), TAXONOMY, id -> false));
        assertThat(refused.fields())
                .extracting(Refused.FieldError::field, Refused.FieldError::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("signedOn", "agreement.refused.dateInvalid"),
                        tuple("domains", "agreement.new.refused.domain"),
                        tuple("parentId", "agreement.new.refused.parent"),
                        tuple("classification", "agreement.new.refused.aboveClearance"));
    }

    @Test
    void aParentTheSubjectMayReadIsAccepted() {
        NewAgreement agreement = AgreementDraftCheck.check(
                PLANNER, draft("UNCLASSIFIED", List.of(), 42L, "2020-12-22"), TAXONOMY, id -> id == 42L);
        assertThat(agreement.parentId()).isEqualTo(42L);
    }

    /**
     * Issue 16, Bad input: a title carrying an embedding (U+202B) or an isolate left open (U+2067) is
     * refused, naming the title; a zero-width non-joiner inside a word is kept.
     */
    @Test
    void aTitleCarryingDirectionControlsIsRefusedAndJoinersAreKept() {
        for (String title : List.of("Memorandum \u202Bof\u202C understanding", "Memorandum \u2067of understanding")) {
            Refused refused = catchThrowableOfType(
                    Refused.class,
                    () -> AgreementDraftCheck.check(PLANNER, titled(Map.of("en", title)), TAXONOMY, id -> false));
            assertThat(refused).as(title).isNotNull();
            assertThat(refused.fields())
                    .extracting(Refused.FieldError::field, Refused.FieldError::messageKey)
                    .containsExactly(tuple("title", "text.refused.bidiControls"));
        }
        NewAgreement joined = AgreementDraftCheck.check(
                PLANNER, titled(Map.of("en", "Memorandum", "ar", "مذكرة\u200Cتفاهم")), TAXONOMY, id -> false);
        assertThat(joined.title().values()).containsEntry("ar", "مذكرة\u200Cتفاهم");
    }

    private static AgreementDraft titled(Map<String, String> title) {
        AgreementDraft d = draft("RESTRICTED", List.of(), null, "2020-12-22");
        return new AgreementDraft(
                d.kind(),
                d.parties(),
                d.signatories(),
                d.signedOn(),
                d.signedPlace(),
                d.termYears(),
                d.tacitRenewal(),
                d.domains(),
                d.parentId(),
                title,
                d.summary(),
                d.illustrative(),
                d.classification(),
                d.releasableTo());
    }
}
