package org.entente.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The banner parser, tried on many generated inputs: canonical banners round-trip, and no input —
 * however mangled — yields a label released to a nation the input does not name.
 */
class MarkingsPropertiesTest {

    private static final List<String> NATIONS = List.of("MAR", "ISR", "FRA", "USA", "DEU", "ESP", "EGY", "JOR");
    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private final Markings markings = Markings.standard();

    @Property
    void everyLabelRoundTripsThroughItsBanner(@ForAll("labels") Label label) {
        assertThat(markings.parse(markings.banner(label))).isEqualTo(label);
    }

    @Property(tries = 3000)
    void noInputIsReleasedToANationItDoesNotName(@ForAll("mangledBanners") String input) {
        Label label;
        try {
            label = markings.parse(input);
        } catch (IllegalArgumentException refused) {
            return;
        }
        Set<String> named = new TreeSet<>();
        var matcher = CODE.matcher(input);
        while (matcher.find()) {
            named.add(matcher.group());
        }
        assertThat(named).containsAll(label.audience());
        assertThat(markings.banner(label)).isEqualTo(input.strip().replaceAll("\\s+", " "));
    }

    @Example
    void emptyAndDanglingReleasesAreErrorsNeverEveryone() {
        for (String input : List.of(
                "RESTRICTED // REL TO ,",
                "RESTRICTED // REL TO",
                "RESTRICTED // REL TO MAR,",
                "RESTRICTED // REL TO MAR, , ISR",
                "RESTRICTED // REL TO MAR",
                "RESTRICTED // ",
                "RESTRICTED",
                " // MAR",
                "RESTRICTED // REL TO MAR, ISR, ISR",
                "RESTRICTED // REL TO MAR, USA, ISR",
                "RESTRICTED // REL TO MAR, mar",
                "RESTRICTED // REL TO MAR, XYZ",
                "RESTRICTED // ALL",
                "TOP SECRET // MAR")) {
            assertThatThrownBy(() -> markings.parse(input)).as(input).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Provide
    Arbitrary<Label> labels() {
        return Combinators.combine(
                        Arbitraries.of(Classification.class),
                        Arbitraries.of(NATIONS),
                        Arbitraries.of(NATIONS).set().ofMaxSize(5))
                .as(Label::new);
    }

    /** Canonical banners, then cut, doubled, reordered or sprinkled with separators and junk. */
    @Provide
    Arbitrary<String> mangledBanners() {
        Arbitrary<String> banners = labels().map(markings::banner);
        Arbitrary<String> junk = Arbitraries.of(",", " ", ", ", "//", "REL TO", "ALL", "mar", "XYZ", "", "\t", " , ");
        return Combinators.combine(
                        banners,
                        Arbitraries.integers().between(0, 60),
                        junk,
                        Arbitraries.integers().between(0, 3))
                .as((banner, at, insert, operation) -> {
                    int cut = Math.min(at, banner.length());
                    return switch (operation) {
                        case 0 -> banner.substring(0, cut);
                        case 1 -> banner.substring(0, cut) + insert + banner.substring(cut);
                        case 2 -> banner + insert;
                        default -> banner;
                    };
                })
                .injectDuplicates(0.05);
    }
}
