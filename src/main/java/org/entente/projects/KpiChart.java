package org.entente.projects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One commitment's measures drawn as a chart (an SVG the page and the printed report embed): the
 * target and the actual value over time. Time runs the reader's way: left to right, or right to
 * left for Arabic and Hebrew readers.
 *
 * @param target the target line's points ({@code "x,y x,y"})
 * @param actual the actual line's points
 * @param dots the actual values' points, each with its date and value for a tooltip
 * @param top the value at the top of the chart
 */
public record KpiChart(
        Kpi kpi,
        String target,
        String actual,
        List<Dot> dots,
        BigDecimal top,
        LocalDate first,
        LocalDate last,
        KpiValue latest,
        boolean rtl) {

    public static final int WIDTH = 480;
    public static final int HEIGHT = 180;
    public static final int LEFT = 44;
    public static final int RIGHT = 44;
    public static final int TOP = 12;
    public static final int BOTTOM = 28;

    /** One measured point. */
    public record Dot(double x, double y, LocalDate date, BigDecimal value) {}

    /** The chart of these measures (of one commitment, oldest first), or null when there is none. */
    public static KpiChart of(Kpi kpi, List<KpiValue> values, int capabilityLevels, Locale locale) {
        if (values.isEmpty()) {
            return null;
        }
        boolean rtl = List.of("ar", "he").contains(locale.getLanguage());
        LocalDate first = values.get(0).date();
        LocalDate last = values.get(values.size() - 1).date();
        BigDecimal top = switch (kpi) {
            case LOCAL_CONTENT -> BigDecimal.valueOf(100);
            case CAPABILITY -> BigDecimal.valueOf(capabilityLevels);
            default ->
                values.stream()
                        .flatMap(v -> java.util.stream.Stream.of(v.target(), v.actual()))
                        .max(BigDecimal::compareTo)
                        .filter(max -> max.signum() > 0)
                        .orElse(BigDecimal.ONE);
        };
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        var target = new StringBuilder();
        var actual = new StringBuilder();
        var dots = new ArrayList<Dot>();
        for (KpiValue value : values) {
            double share = values.size() == 1 ? 0.5 : (double) ChronoUnit.DAYS.between(first, value.date()) / days;
            double x = x(share, rtl);
            double yTarget = y(value.target(), top);
            double yActual = y(value.actual(), top);
            target.append(round(x)).append(',').append(round(yTarget)).append(' ');
            actual.append(round(x)).append(',').append(round(yActual)).append(' ');
            dots.add(new Dot(round(x), round(yActual), value.date(), value.actual()));
        }
        return new KpiChart(
                kpi,
                target.toString().strip(),
                actual.toString().strip(),
                dots,
                top,
                first,
                last,
                values.get(values.size() - 1),
                rtl);
    }

    // Labels keep the same text-anchor either way: under dir="rtl" an anchor's start is the right.

    /** Where the first date's label goes: the start of the time axis, on the reader's side. */
    public double firstX() {
        return x(0, rtl);
    }

    public double lastX() {
        return x(1, rtl);
    }

    /** The chart's baseline (value 0). */
    public double baseY() {
        return HEIGHT - BOTTOM;
    }

    /** The value axis' side: the left for left-to-right readers, the right otherwise. */
    public double axisX() {
        return rtl ? WIDTH - RIGHT : LEFT;
    }

    public double axisLabelX() {
        return rtl ? WIDTH - RIGHT + 4 : LEFT - 4;
    }

    private static double x(double share, boolean rtl) {
        double plot = WIDTH - LEFT - RIGHT;
        return rtl ? WIDTH - RIGHT - share * plot : LEFT + share * plot;
    }

    private static double y(BigDecimal value, BigDecimal top) {
        double plot = HEIGHT - TOP - BOTTOM;
        double share = Math.min(1.0, value.doubleValue() / top.doubleValue());
        return HEIGHT - BOTTOM - share * plot;
    }

    private static double round(double coordinate) {
        return Math.round(coordinate * 10) / 10.0;
    }
}
