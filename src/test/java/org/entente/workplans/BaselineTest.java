package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * The signed format, pinned: a fixed plan built here must give these exact bytes and this exact
 * SHA-256. A change to the canonical form (a key renamed, a field added, another number format)
 * breaks every signature already stored, so it must fail here first and be made on purpose.
 */
class BaselineTest {

    private static final Label LABEL = new Label(Classification.RESTRICTED, "MAR", Set.of("ISR"));

    /** Computed once from {@link #CANONICAL} with {@code sha256sum}, not by the code under test. */
    private static final String PINNED_SHA256 = "e4953f79aaca1c3cd06c46b4894821b41f47eb10ee816f41437689f6736fc059";

    private static final String CANONICAL =
            "{\"activities\":{\"JMC-2030-001\":{\"city\":{\"en\":\"Rabat\",\"fr\":\"Rabat\"},"
                    + "\"costBearer\":\"SHARED\",\"description\":{\"en\":\"Two days of staff talks\"},\"domain\":\"TRAINING_EDUCATION\","
                    + "\"end\":\"2030-03-12\",\"host\":\"MAR\",\"lead\":\"ISR\",\"objectives\":\"O01\","
                    + "\"participants\":{\"ISR\":\"4\",\"MAR\":\"6\"},\"quarter\":\"1\",\"start\":\"2030-03-10\","
                    + "\"status\":\"PLANNED\",\"title\":{\"ar\":\"محادثات الأركان\",\"en\":\"Staff talks\"},\"type\":\"STAFF_TALKS\"}},"
                    + "\"objectives\":{\"O01\":{\"indicators\":{\"I007\":{\"baseline\":\"0\",\"name\":{\"en\":\"Officers trained\"},"
                    + "\"target\":\"12.5\",\"unit\":\"people\"}},\"title\":{\"en\":\"Train together\"}}},"
                    + "\"plan\":{\"committee\":\"JMC\",\"parties\":\"ISR,MAR\",\"title\":{\"en\":\"Joint plan 2030\",\"he\":\"תוכנית 2030\"},"
                    + "\"year\":\"2030\"}}";

    @Test
    void aUnitHeldOnlyInEnglishIsSignedAsBeforeAndAMultilingualOneInEveryLanguage() {
        ObjectiveSummary.Indicator english = objective().indicators().get(0);
        ObjectiveSummary.Indicator multilingual = new ObjectiveSummary.Indicator(
                english.id(),
                english.name(),
                LocalizedText.of("ar", "أشخاص", "en", "people"),
                english.baseline(),
                english.target(),
                english.actuals(),
                english.version(),
                english.label(),
                english.computation());
        ObjectiveSummary translated =
                new ObjectiveSummary(11, 1, 1, LocalizedText.of("en", "Train together"), List.of(multilingual), LABEL);

        assertThat(Baseline.canonical(plan(), List.of(translated), List.of(activity())))
                .isEqualTo(CANONICAL.replace("\"unit\":\"people\"", "\"unit\":{\"ar\":\"أشخاص\",\"en\":\"people\"}"));
    }

    @Test
    void aFixedPlanGivesThePinnedBytesAndHash() {
        String canonical = Baseline.canonical(plan(), List.of(objective()), List.of(activity()));

        assertThat(canonical).isEqualTo(CANONICAL);
        assertThat(Baseline.sha256(canonical)).isEqualTo(PINNED_SHA256);
    }

    @Test
    void theHashIsSha256OfTheUtf8Bytes() {
        // FIPS 180-2's test vector: the function is SHA-256 over UTF-8, lower-case hex.
        assertThat(Baseline.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void whatIsNotSignedDoesNotChangeTheBytes() {
        // Approvals, version and label are not part of the signed copy.
        var approvedLater = activity();
        approvedLater = new ActivitySummary(
                99,
                approvedLater.planId(),
                approvedLater.code(),
                approvedLater.title(),
                approvedLater.description(),
                approvedLater.type(),
                approvedLater.domain(),
                approvedLater.objectiveIds(),
                approvedLater.leadNation(),
                approvedLater.hostNation(),
                approvedLater.city(),
                approvedLater.plannedQuarter(),
                approvedLater.plannedStart(),
                approvedLater.plannedEnd(),
                null,
                null,
                approvedLater.participants(),
                approvedLater.costBearer(),
                approvedLater.status(),
                null,
                false,
                null,
                List.of("ISR", "MAR"),
                List.of(),
                "ISR",
                null,
                null,
                false,
                7,
                Label.unclassified("ISR"));

        assertThat(Baseline.canonical(plan(), List.of(objective()), List.of(approvedLater)))
                .isEqualTo(CANONICAL);
    }

    private static PlanSummary plan() {
        return new PlanSummary(
                1,
                2,
                3L,
                "JMC",
                2030,
                LocalizedText.of("en", "Joint plan 2030", "he", "תוכנית 2030"),
                List.of("MAR", "ISR"),
                PlanStatus.NEGOTIATION,
                null,
                null,
                List.of(),
                null,
                false,
                1,
                LABEL,
                1,
                0);
    }

    private static ObjectiveSummary objective() {
        return new ObjectiveSummary(
                11,
                1,
                1,
                LocalizedText.of("en", "Train together"),
                List.of(new ObjectiveSummary.Indicator(
                        7,
                        LocalizedText.of("en", "Officers trained"),
                        LocalizedText.of("en", "people"),
                        new BigDecimal("0.00"),
                        new BigDecimal("12.50"),
                        Map.of(1, BigDecimal.ONE),
                        1,
                        LABEL,
                        IndicatorComputation.NONE)),
                LABEL);
    }

    private static ActivitySummary activity() {
        return new ActivitySummary(
                21,
                1,
                "JMC-2030-001",
                LocalizedText.of("en", "Staff talks", "ar", "محادثات الأركان"),
                LocalizedText.of("en", "Two days of staff talks"),
                ActivityType.STAFF_TALKS,
                "TRAINING_EDUCATION",
                List.of(11L),
                "ISR",
                "MAR",
                LocalizedText.of("fr", "Rabat", "en", "Rabat"),
                1,
                LocalDate.of(2030, 3, 10),
                LocalDate.of(2030, 3, 12),
                null,
                null,
                Map.of("MAR", 6, "ISR", 4),
                "SHARED",
                ActivityStatus.PLANNED,
                null,
                false,
                null,
                List.of("MAR"),
                List.of(),
                "MAR",
                null,
                null,
                true,
                1,
                LABEL);
    }
}
