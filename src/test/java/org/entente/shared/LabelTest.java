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
    void aWholeOfPartsOwnedByBothReadsInTheMainRecordsOrder() {
        var moroccanPlan = new Label(RESTRICTED, "MAR", Set.of("ISR"));
        var israeliActivity = new Label(RESTRICTED, "ISR", Set.of("MAR"));
        var parts = List.of(moroccanPlan, israeliActivity);
        // the page about the Moroccan plan reads as the plan's chip does, whoever reads it
        assertThat(Label.highWaterMark("MAR", parts).banner()).isEqualTo(moroccanPlan.banner());
        assertThat(Label.highWaterMark("ISR", parts).banner()).isEqualTo("RESTRICTED // REL TO ISR, MAR");
        // an owner outside the common audience would widen the release: a nation of it stands first
        var israelOnly = new Label(RESTRICTED, "ISR", Set.of());
        var mark = Label.highWaterMark("MAR", List.of(moroccanPlan, israelOnly));
        assertThat(mark.audience()).containsExactly("ISR");
        assertThat(mark.banner()).isEqualTo("RESTRICTED // ISR");
    }

    @Test
    void aWholeOfNothingIsUnclassified() {
        assertThat(Label.highWaterMark("MAR", List.of()).classification()).isEqualTo(UNCLASSIFIED);
    }
}
