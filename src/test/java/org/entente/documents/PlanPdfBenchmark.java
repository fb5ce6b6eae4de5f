package org.entente.documents;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.committees.SessionStatus;
import org.entente.committees.SessionSummary;
import org.entente.shared.LocalizedText;
import org.entente.workplans.ActivityStatus;
import org.entente.workplans.ActivitySummary;
import org.entente.workplans.ActivityType;
import org.entente.workplans.ObjectiveSummary;
import org.entente.workplans.PlanDocument;
import org.entente.workplans.PlanSignatory;
import org.entente.workplans.PlanStatus;
import org.entente.workplans.PlanSummary;

/**
 * How long the signed plan's PDF ({@code workplans/document.jte}) takes for a plan of many
 * activities in two languages, without a database. Run it with {@code bench/pdf-plan.sh
 * [activities] [runs] [languages]}; see {@code bench/README.md}.
 */
class PlanPdfBenchmark {

    public static void main(String[] args) {
        int activities = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        List<String> languages = List.of((args.length > 2 ? args[2] : "ar,en").split(","));
        PlanDocument plan = plan(activities);
        try (var context = PdfBenchmark.context()) {
            PdfDocuments documents = context.getBean(PdfDocuments.class);
            List<Locale> locales = PdfDocuments.locales(languages, "MAR");
            PdfBenchmark.measure(
                    runs,
                    activities + " activities, " + languages,
                    () -> documents.render(
                            "workplans/document.jte",
                            Map.of("plan", plan),
                            PdfDocumentsIT.LABEL,
                            plan.plan().title(),
                            locales));
        }
    }

    static PlanDocument plan(int count) {
        var title = LocalizedText.of(
                "ar", "خطة العمل العسكرية المشتركة لسنة 2026",
                "en", "Joint Military Work Plan for 2026",
                "fr", "Plan de coopération militaire 2026",
                "he", "תוכנית העבודה הצבאית המשותפת לשנת 2026");
        var summary = new PlanSummary(
                1,
                1,
                null,
                "JMC-ISR-MAR",
                2026,
                title,
                List.of("ISR", "MAR"),
                PlanStatus.SIGNED,
                3,
                LocalDate.of(2025, 12, 10),
                List.of(new PlanSignatory("ISR", "Co-chair ISR", "Co-chair"), new PlanSignatory("MAR", "", "")),
                "5f181c28e769c7b3b3b8042b8a7bf0ed198b9c0b0260141b8594b0cdcfe4a491",
                true,
                1,
                PdfDocumentsIT.LABEL,
                count,
                count);
        var objective = new ObjectiveSummary(
                1,
                1,
                1,
                LocalizedText.of("ar", "تعزيز القدرات من منظور استراتيجي", "en", "Build capabilities"),
                List.of(new ObjectiveSummary.Indicator(
                        1,
                        LocalizedText.of("ar", "الأنشطة المنفذة", "en", "Activities executed"),
                        LocalizedText.of("en", "%"),
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(90),
                        Map.of(),
                        1,
                        PdfDocumentsIT.LABEL,
                        org.entente.workplans.IndicatorComputation.EXECUTED_PERCENT)),
                PdfDocumentsIT.LABEL);
        var quarters = new ArrayList<PlanDocument.Quarter>();
        for (int q = 1; q <= 4; q++) {
            var activities = new ArrayList<ActivitySummary>();
            for (int i = q; i <= count; i += 4) {
                LocalDate start = LocalDate.of(2026, q * 3 - 1, 1 + i % 27);
                activities.add(new ActivitySummary(
                        i,
                        1,
                        "JMC-2026-%03d".formatted(i),
                        LocalizedText.of(
                                "ar", "ندوة حول تعزيز القدرات رقم " + i,
                                "en", "Capability-building seminar number " + i,
                                "fr", "Séminaire de renforcement des capacités n° " + i,
                                "he", "סמינר בניין כוח מספר " + i),
                        LocalizedText.of("en", ""),
                        ActivityType.values()[i % ActivityType.values().length],
                        "OPS",
                        List.of(1L),
                        i % 2 == 0 ? "MAR" : "ISR",
                        i % 3 == 0 ? "ISR" : "MAR",
                        LocalizedText.of("ar", "الرباط", "en", "Rabat"),
                        i % 2 == 0 ? q : null,
                        i % 2 == 0 ? null : start,
                        i % 2 == 0 ? null : start.plusDays(2),
                        null,
                        null,
                        Map.of("MAR", 10, "ISR", 5),
                        "MAR",
                        ActivityStatus.values()[i % 4],
                        null,
                        false,
                        null,
                        List.of("ISR", "MAR"),
                        List.of(),
                        "MAR",
                        null,
                        null,
                        true,
                        1,
                        PdfDocumentsIT.LABEL));
            }
            quarters.add(new PlanDocument.Quarter(q, activities));
        }
        var signing = new SessionSummary(
                1,
                LocalizedText.of("ar", "اللجنة العسكرية المشتركة", "en", "Joint Military Committee"),
                3,
                LocalDate.of(2025, 12, 8),
                LocalDate.of(2025, 12, 10),
                "ISR",
                LocalizedText.of("ar", "تل أبيب", "en", "Tel Aviv"),
                SessionStatus.HELD,
                false,
                PdfDocumentsIT.LABEL,
                1);
        return new PlanDocument(
                summary,
                LocalizedText.of("ar", "اللجنة العسكرية المشتركة", "en", "Joint Military Committee"),
                signing,
                List.of(objective),
                quarters,
                Map.of("OPS", LocalizedText.of("ar", "التنسيق العملياتي", "en", "Operational coordination")),
                List.of(
                        new PlanDocument.Signer("ISR", "Co-chair ISR", null, "Co-chair"),
                        new PlanDocument.Signer("MAR", "", null, "")));
    }
}
