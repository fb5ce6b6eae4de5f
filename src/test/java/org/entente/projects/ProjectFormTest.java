package org.entente.projects;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.projects.ProjectPageForms.KpiForm;
import org.entente.projects.ProjectPageForms.MilestoneForm;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.entente.shared.web.LanguageTexts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The project forms without a database: what they bind, what their constraints refuse, what they hand over. */
class ProjectFormTest {

    static jakarta.validation.ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    static final ProjectSummary STORED = new ProjectSummary(
            7,
            new LocalizedText(Map.of("en", "Drone plant", "ar", "مصنع الطائرات")),
            new LocalizedText(Map.of("fr", "Une usine")),
            "MAR",
            "ISR",
            List.of(3L, 5L),
            new LocalizedText(Map.of("en", "Benslimane")),
            11L,
            "DEFENCE_INDUSTRY",
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2028, 6, 30),
            ProjectStatus.ACTIVE,
            Map.of(
                    "MAR",
                    new LocalizedText(Map.of("en", "Col. Alami", "ar", "العقيد العلمي")),
                    "ISR",
                    LocalizedText.of("he", "מר לוי")),
            true,
            new Label(Classification.CONFIDENTIAL, "MAR", Set.of("ISR", "FRA")));

    @Test
    void aStoredProjectShownInTheFormAndSentBackUnchangedIsTheSameProject() {
        ProjectDraft draft = ProjectForm.of(STORED).draft();

        assertThat(draft.title()).containsEntry("en", "Drone plant").containsEntry("ar", "مصنع الطائرات");
        assertThat(draft.description()).containsEntry("fr", "Une usine");
        assertThat(draft.site()).containsEntry("en", "Benslimane");
        assertThat(draft.hostNation()).isEqualTo("MAR");
        assertThat(draft.partnerNation()).isEqualTo("ISR");
        assertThat(draft.companies()).containsExactly(3L, 5L);
        assertThat(draft.agreementId()).isEqualTo(11L);
        assertThat(draft.domain()).isEqualTo("DEFENCE_INDUSTRY");
        assertThat(draft.start()).isEqualTo("2025-01-01");
        assertThat(draft.plannedEnd()).isEqualTo("2028-06-30");
        assertThat(draft.status()).isEqualTo("ACTIVE");
        assertThat(draft.responsible().get("MAR"))
                .containsEntry("en", "Col. Alami")
                .containsEntry("ar", "العقيد العلمي");
        assertThat(draft.responsible().get("ISR")).containsEntry("he", "מר לוי").containsEntry("en", "");
        assertThat(ProjectForm.of(STORED).values())
                .containsEntry("responsibleHost.ar", "العقيد العلمي")
                .containsEntry("responsiblePartner.he", "מר לוי");
        assertThat(draft.classification()).isEqualTo("CONFIDENTIAL");
        assertThat(draft.releasableTo()).containsExactly("FRA", "ISR");
        assertThat(draft.illustrative()).isTrue();
        assertThat(ProjectForm.of(STORED).values())
                .containsEntry("companies", "3,5")
                .containsEntry("agreementId", "11")
                .containsEntry("illustrative", "on");
    }

    @Test
    void whatIsTypedIsHandedOverTrimmedWithNationCodesInCapitalsAndUntickedBoxesFalse() {
        var typed = new ProjectForm(
                new LanguageTexts(" Plant ", null, null, null),
                null,
                null,
                " mar ",
                "esp",
                null,
                null,
                "",
                " 2026-01-01 ",
                "2027-01-01",
                "PLANNED",
                new LanguageTexts(" Host officer ", null, null, null),
                null,
                "RESTRICTED",
                "esp,  usa",
                null);

        ProjectDraft draft = typed.draft();

        assertThat(draft.hostNation()).isEqualTo("MAR");
        assertThat(draft.partnerNation()).isEqualTo("ESP");
        assertThat(draft.start()).isEqualTo("2026-01-01");
        assertThat(draft.responsible().get("MAR")).containsEntry("en", " Host officer ");
        assertThat(draft.responsible().get("ESP")).containsEntry("en", "").containsEntry("ar", "");
        assertThat(draft.releasableTo()).containsExactly("esp", "usa");
        assertThat(draft.companies()).isEmpty();
        assertThat(draft.illustrative()).isFalse();
        assertThat(typed.values()).doesNotContainKey("illustrative").containsEntry("title.en", " Plant ");
    }

    @Test
    void theLimitsOfEachFieldAreTheSharedLimits() {
        String title = "ع".repeat(300);
        assertThat(violations(titled(title))).isEmpty();
        assertThat(violations(titled(title + "ع"))).containsExactly("title");
        assertThat(violations(new MilestoneForm(new LanguageTexts(null, null, null, title + "x"), "", null, null)))
                .containsExactly("title");
        assertThat(violations(
                        new MilestoneForm(null, "", new LanguageTexts(null, null, "ن".repeat(2_001), null), null)))
                .containsExactly("note");
        assertThat(violations(new KpiForm("TECHNICIANS", "2026-01-01", "1".repeat(41), "2", null, null)))
                .containsExactly("target");
    }

    private static ProjectForm titled(String arabic) {
        ProjectForm start = ProjectForm.startingFor("MAR");
        return new ProjectForm(
                new LanguageTexts("Plant", null, arabic, null),
                start.description(),
                start.site(),
                start.hostNation(),
                start.partnerNation(),
                start.companies(),
                start.agreementId(),
                start.domain(),
                start.start(),
                start.plannedEnd(),
                start.status(),
                start.responsibleHost(),
                start.responsiblePartner(),
                start.classification(),
                start.releasableTo(),
                start.illustrative());
    }

    private static List<String> violations(Object form) {
        return validator.validate(form).stream()
                .map(ConstraintViolation::getPropertyPath)
                .map(Object::toString)
                .toList();
    }
}
