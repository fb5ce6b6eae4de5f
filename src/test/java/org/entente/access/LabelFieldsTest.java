package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entente.shared.Classification;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.Test;

/**
 * The label fields every module's forms read alike: a classification is given only within the
 * subject's clearance, a name that is none refuses the field, and the release keeps known nations'
 * codes once each, refusing the field for one it does not know.
 */
class LabelFieldsTest {

    private static final SystemSubject CONFIDENTIAL =
            new SystemSubject("planner.mar", "MAR", Classification.CONFIDENTIAL);

    @Test
    void aClassificationWithinTheClearanceIsGivenAndOneAboveItRefusesTheField() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(LabelFields.classification(CONFIDENTIAL, "CONFIDENTIAL", errors))
                .isEqualTo(Classification.CONFIDENTIAL);
        assertThat(LabelFields.classification(CONFIDENTIAL, "UNCLASSIFIED", errors))
                .isEqualTo(Classification.UNCLASSIFIED);
        assertThat(errors).isEmpty();

        assertThat(LabelFields.classification(CONFIDENTIAL, "SECRET", errors)).isEqualTo(Classification.SECRET);
        assertThat(errors).containsExactly(Map.entry("classification", "agreement.new.refused.aboveClearance"));
    }

    @Test
    void aNameThatIsNoClassificationRefusesTheFieldAndGivesNone() {
        for (String typed : Arrays.asList("TOP SECRET", "", null)) {
            Map<String, String> errors = new LinkedHashMap<>();
            assertThat(LabelFields.classification(CONFIDENTIAL, typed, errors))
                    .as(typed)
                    .isNull();
            assertThat(errors)
                    .as(typed)
                    .containsExactly(Map.entry("classification", "agreement.new.refused.classification"));
        }
    }

    @Test
    void theReleaseKeepsKnownCodesOnceAndRefusesAnUnknownNation() {
        Map<String, String> errors = new LinkedHashMap<>();
        assertThat(LabelFields.releasableTo(Arrays.asList(" isr", "ISR", "", null, "fra "), errors))
                .containsExactly("ISR", "FRA");
        assertThat(errors).isEmpty();

        assertThat(LabelFields.releasableTo(List.of("ISR", "XYZ"), errors)).containsExactly("ISR", "XYZ");
        assertThat(errors).containsExactly(Map.entry("releasableTo", "agreement.new.refused.unknownNation"));
    }
}
