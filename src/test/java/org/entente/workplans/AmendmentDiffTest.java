package org.entente.workplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.entente.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The field-by-field difference a party reads before deciding an amendment. */
class AmendmentDiffTest {

    static final ActivityDraft NOW = WorkPlansFixture.draft("Staff talks", 2);

    @Test
    void aNewActivityShowsEveryFieldAsChanged() {
        List<AmendmentDiff.Field> fields = AmendmentDiff.of(null, NOW);
        assertThat(fields).hasSize(13).allSatisfy(f -> {
            assertThat(f.changed()).isTrue();
            assertThat(f.before()).isNull();
        });
        assertThat(fields.get(0).name()).isEqualTo("title");
    }

    @Test
    void aChangeMarksOnlyTheFieldsItChanges() {
        ActivityDraft proposed = new ActivityDraft(
                NOW.title(),
                NOW.description(),
                NOW.type(),
                NOW.domain(),
                NOW.objectiveIds(),
                NOW.leadNation(),
                NOW.hostNation(),
                LocalizedText.of("ar", "بنسليمان"),
                3,
                null,
                null,
                Map.of("MAR", 6, "ISR", 4),
                NOW.costBearer());
        assertThat(AmendmentDiff.of(NOW, proposed))
                .filteredOn(AmendmentDiff.Field::changed)
                .extracting(AmendmentDiff.Field::name)
                .containsExactly("city", "plannedQuarter");
    }
}
