package org.entente.projects;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.junit.jupiter.api.Test;

class KpiChartTest {

    static final Label LABEL = new Label(Classification.RESTRICTED, "MAR", Set.of("ISR"));

    static KpiValue value(LocalDate date, int target, int actual) {
        return new KpiValue(
                1, 1, Kpi.ENGINEERS, date, BigDecimal.valueOf(target), BigDecimal.valueOf(actual), null, false, LABEL);
    }

    static final List<KpiValue> HISTORY = List.of(
            value(LocalDate.of(2025, 1, 1), 40, 0),
            value(LocalDate.of(2025, 7, 1), 40, 20),
            value(LocalDate.of(2026, 1, 1), 40, 40));

    @Test
    void timeRunsLeftToRightForEnglishReaders() {
        KpiChart chart = KpiChart.of(Kpi.ENGINEERS, HISTORY, 4, Locale.ENGLISH);
        assertThat(chart.dots().get(0).x()).isEqualTo(KpiChart.LEFT);
        assertThat(chart.dots().get(2).x()).isEqualTo(KpiChart.WIDTH - KpiChart.RIGHT);
        // The actual value climbs from the baseline to the top (the target).
        assertThat(chart.dots().get(0).y()).isEqualTo(chart.baseY());
        assertThat(chart.dots().get(2).y()).isEqualTo(KpiChart.TOP);
        assertThat(chart.top()).isEqualByComparingTo("40");
    }

    @Test
    void timeRunsRightToLeftForArabicAndHebrewReaders() {
        for (Locale locale : List.of(Locale.forLanguageTag("ar-MA"), Locale.forLanguageTag("he-IL"))) {
            KpiChart chart = KpiChart.of(Kpi.ENGINEERS, HISTORY, 4, locale);
            assertThat(chart.dots().get(0).x()).isEqualTo(KpiChart.WIDTH - KpiChart.RIGHT);
            assertThat(chart.dots().get(2).x()).isEqualTo(KpiChart.LEFT);
            assertThat(chart.axisX()).isEqualTo(KpiChart.WIDTH - KpiChart.RIGHT);
        }
    }

    @Test
    void percentagesAndLevelsHaveAFixedTop() {
        assertThat(KpiChart.of(Kpi.LOCAL_CONTENT, HISTORY, 4, Locale.ENGLISH).top())
                .isEqualByComparingTo("100");
        assertThat(KpiChart.of(Kpi.CAPABILITY, HISTORY, 4, Locale.ENGLISH).top())
                .isEqualByComparingTo("4");
        assertThat(KpiChart.of(Kpi.ENGINEERS, List.of(), 4, Locale.ENGLISH)).isNull();
    }

    @Test
    void theMilestoneStripMirrorsToo() {
        assertThat(MilestoneRow.at(0, false)).isEqualTo(MilestoneRow.MARGIN);
        assertThat(MilestoneRow.at(0, true)).isEqualTo(MilestoneRow.STRIP - MilestoneRow.MARGIN);
        assertThat(MilestoneRow.at(100, true)).isEqualTo(MilestoneRow.MARGIN);
    }
}
