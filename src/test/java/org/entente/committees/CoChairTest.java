package org.entente.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.entente.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** A co-chair's position and organization as a signature block writes them, without repeating words. */
class CoChairTest {

    @Test
    void theOrganizationIsNotWrittenAgainWhenThePositionAlreadyNamesIt() {
        var chair = new CoChair(
                "ISR",
                LocalizedText.of("fr", "Division de la coopération internationale", "ar", "شعبة التعاون الدولي"),
                LocalizedText.of(
                        "fr", "Chef de la division de la  coopération internationale",
                        "ar", "رئيس شعبة التعاون الدولي"));
        assertThat(chair.showsOrganization(Locale.FRENCH)).isFalse();
        assertThat(chair.showsOrganization(Locale.forLanguageTag("ar-MA"))).isFalse();
        var apart = new CoChair(
                "ISR",
                LocalizedText.of("fr", "Direction de la planification"),
                LocalizedText.of("fr", "Chef de la division de la coopération internationale"));
        assertThat(apart.showsOrganization(Locale.FRENCH)).isTrue();
        var noPosition = new CoChair("MAR", LocalizedText.of("fr", "Direction"), LocalizedText.of());
        assertThat(noPosition.showsOrganization(Locale.FRENCH)).isTrue();
        var noOrganization = new CoChair("MAR", LocalizedText.of(), LocalizedText.of("fr", "Chef"));
        assertThat(noOrganization.showsOrganization(Locale.FRENCH)).isFalse();
    }
}
