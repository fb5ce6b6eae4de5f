package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.entente.shared.Classification.CONFIDENTIAL;
import static org.entente.shared.Classification.RESTRICTED;
import static org.entente.shared.Classification.SECRET;
import static org.entente.shared.Classification.UNCLASSIFIED;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelTest {

    @Test
    void bannerNamesTheOwnerFirstThenTheOthersAlphabetically() {
        var label = new Label(RESTRICTED, "MAR", Set.of("USA", "ISR", "FRA"));
        assertThat(label.banner()).isEqualTo("RESTRICTED // REL TO MAR, FRA, ISR, USA");
    }

    @Test
    void anOwnerOnlyRecordNamesOnlyItsOwner() {
        assertThat(new Label(CONFIDENTIAL, "MAR", Set.of()).banner()).isEqualTo("CONFIDENTIAL // MAR");
        assertThat(new Label(CONFIDENTIAL, "MAR", Set.of("MAR")).banner()).isEqualTo("CONFIDENTIAL // MAR");
    }

    @Test
    void anEmptyReleasableToSetMeansOwnerOnlyNeverEveryone() {
        var internal = new Label(RESTRICTED, "MAR", Set.of());
        assertThat(internal.readableBy("MAR", SECRET)).isTrue();
        assertThat(internal.readableBy("ISR", SECRET)).isFalse();
        assertThat(internal.readableBy("FRA", SECRET)).isFalse();
    }

    @Test
    void aPartRecordedByAPartnerIsThePartnersForTheSameAudience() {
        var hosts = new Label(RESTRICTED, "MAR", Set.of("ISR", "FRA"));
        assertThat(hosts.recordedBy("MAR")).isSameAs(hosts);
        var partners = hosts.recordedBy("ISR");
        assertThat(partners).isEqualTo(new Label(RESTRICTED, "ISR", Set.of("MAR", "FRA")));
        assertThat(partners.audience()).isEqualTo(hosts.audience());
    }

    @Test
    void readingNeedsBothClearanceAndNation() {
        var joint = new Label(RESTRICTED, "MAR", Set.of("ISR"));
        assertThat(joint.readableBy("ISR", RESTRICTED)).isTrue();
        assertThat(joint.readableBy("ISR", UNCLASSIFIED)).isFalse();
        assertThat(joint.readableBy("FRA", SECRET)).isFalse();
    }

    @Test
    void unknownNationsAreRefused() {
        assertThatThrownBy(() -> new Label(RESTRICTED, "XXX", Set.of())).hasMessageContaining("XXX");
        assertThatThrownBy(() -> new Label(RESTRICTED, "MAR", Set.of("ISR", "")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWholeCarriesTheHighestClassificationAndOnlyTheNationsEveryPartIsReleasableTo() {
        var israel = new Label(RESTRICTED, "MAR", Set.of("ISR"));
        var france = new Label(CONFIDENTIAL, "MAR", Set.of("FRA"));
        var mark = Label.highWaterMark("MAR", List.of(israel, france));
        assertThat(mark.banner()).isEqualTo("CONFIDENTIAL // MAR");

        var both = Label.highWaterMark("MAR", List.of(israel, new Label(UNCLASSIFIED, "MAR", Set.of("ISR", "FRA"))));
        assertThat(both.banner()).isEqualTo("RESTRICTED // REL TO MAR, ISR");
    }

    @Test
    void aWholeOfNothingIsUnclassified() {
        assertThat(Label.highWaterMark("MAR", List.of()).classification()).isEqualTo(UNCLASSIFIED);
    }
}
