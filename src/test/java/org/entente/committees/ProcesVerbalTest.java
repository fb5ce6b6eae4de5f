package org.entente.committees;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.committees.SessionParts.Delegate;
import org.entente.committees.SessionParts.Minutes;
import org.entente.committees.SessionParts.Signature;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The procès-verbal's rows: paragraphs paired by position, heads of delegation first, a signature per party. */
class ProcesVerbalTest {

    static final Label LABEL = new Label(Classification.RESTRICTED, "MAR", Set.of("ISR"));

    @Test
    void paragraphsArePairedRowByRowTheShorterLanguageLeavingEmptyCells() {
        ProcesVerbal pv = pv(Map.of(
                "ar", new Minutes("ar", "الفقرة الأولى.\n\nالفقرة الثانية.\n\n  الفقرة الثالثة.  ", LABEL),
                "fr", new Minutes("fr", "Premier paragraphe.\r\n\r\nDeuxième paragraphe.", LABEL)));
        assertThat(pv.proceedingRows(List.of("ar", "fr"))).isEqualTo(3);
        assertThat(pv.paragraph("ar", 2)).isEqualTo("الفقرة الثالثة.");
        assertThat(pv.paragraph("fr", 1)).isEqualTo("Deuxième paragraphe.");
        assertThat(pv.paragraph("fr", 2)).isEmpty();
        assertThat(pv.proceedingRows(List.of("he"))).isZero();
    }

    @Test
    void headsComeFirstAndSignTheirNationsPart() {
        ProcesVerbal pv = pv(Map.of());
        var morocco = pv.delegations().get(0);
        assertThat(morocco.nation()).isEqualTo("MAR");
        assertThat(morocco.members().stream().map(m -> m.name().in(java.util.Locale.ENGLISH)))
                .containsExactly("Ben Slimane", "Officer (role)");
        assertThat(morocco.members().get(0).hasRank()).isTrue();
        assertThat(morocco.members().get(1).hasRank()).isFalse();
        var signatures = pv.signatures();
        assertThat(signatures).extracting(ProcesVerbal.Signing::nation).containsExactly("MAR", "ISR");
        assertThat(signatures.get(0).name().in(java.util.Locale.ENGLISH)).isEqualTo("Ben Slimane");
        assertThat(signatures.get(0).signedOn()).isEqualTo(LocalDate.of(2025, 12, 10));
        assertThat(signatures.get(0).coChair().position().in(java.util.Locale.ENGLISH))
                .isEqualTo("Co-chair");
        assertThat(signatures.get(1).signedOn()).isNull();
    }

    @Test
    void aDelegateNamedByTheirFunctionIsNotFollowedByTheSameWordsAgain() {
        var function = LocalizedText.of(
                "en", "Director of International Cooperation", "ar", "مدير التعاون الدولي", "fr", "Directeur");
        var person = new ProcesVerbal.Person(LocalizedText.of("en", "Brigadier General"), function);
        var byFunction = new ProcesVerbal.Member(
                LocalizedText.of("en", "Director of International Cooperation ", "ar", "مدير  التعاون الدولي"),
                DelegateRole.HEAD,
                person);
        assertThat(byFunction.showsFunction(java.util.Locale.ENGLISH)).isFalse();
        assertThat(byFunction.showsFunction(java.util.Locale.forLanguageTag("ar-MA")))
                .isFalse();
        // In French the name falls back to English, the function has its own words: both are shown.
        assertThat(byFunction.showsFunction(java.util.Locale.FRENCH)).isTrue();
        var named = new ProcesVerbal.Member(LocalizedText.of("en", "Hicham Ben Slimane"), DelegateRole.MEMBER, person);
        assertThat(named.showsFunction(java.util.Locale.ENGLISH)).isTrue();
        var noFunction = new ProcesVerbal.Member(
                LocalizedText.of("en", "Hicham Ben Slimane"),
                DelegateRole.MEMBER,
                new ProcesVerbal.Person(LocalizedText.of("en", "Colonel"), null));
        assertThat(noFunction.showsFunction(java.util.Locale.ENGLISH)).isFalse();
    }

    private static ProcesVerbal pv(Map<String, Minutes> minutes) {
        var summary = new SessionSummary(
                1,
                LocalizedText.of("en", "JMC"),
                3,
                LocalDate.of(2025, 12, 8),
                LocalDate.of(2025, 12, 10),
                "ISR",
                LocalizedText.of("en", "Tel Aviv"),
                SessionStatus.HELD,
                false,
                LABEL,
                9);
        var session = new SessionDetail(
                9,
                summary,
                LocalizedText.of(),
                List.of("MAR", "ISR"),
                List.of(
                        new Delegate(
                                1, "MAR", null, LocalizedText.of("en", "Officer (role)"), DelegateRole.MEMBER, LABEL),
                        new Delegate(2, "ISR", null, LocalizedText.of("en", "Head (role)"), DelegateRole.HEAD, LABEL),
                        new Delegate(3, "MAR", 7L, LocalizedText.of("en", "Ben Slimane"), DelegateRole.HEAD, LABEL)),
                List.of(),
                List.of(),
                minutes,
                List.of(),
                List.of(new Signature("MAR", "planner.mar", Instant.parse("2025-12-10T15:00:00Z"), LABEL)),
                List.of(),
                1);
        var person = new ProcesVerbal.Person(LocalizedText.of("en", "General", "ar", "جنرال"), null);
        var chair = new CoChair("MAR", LocalizedText.of("en", "FAR"), LocalizedText.of("en", "Co-chair"));
        return new ProcesVerbal(session, List.of(chair), Map.of(7L, person), List.of(), List.of());
    }
}
