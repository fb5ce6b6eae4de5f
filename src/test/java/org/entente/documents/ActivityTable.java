package org.entente.documents;

import java.util.ArrayList;
import java.util.List;
import org.entente.shared.LocalizedText;

/** A long bilingual table, as a work plan's activities would fill it: numbers, titles, quarters. */
final class ActivityTable {

    static final LocalizedText TITLE = LocalizedText.of(
            "ar", "خطة العمل المشتركة لسنة 2026",
            "en", "Joint work plan 2026",
            "fr", "Plan de travail conjoint 2026",
            "he", "תוכנית עבודה משותפת 2026");

    private static final List<LocalizedText> ACTIVITIES = List.of(
            LocalizedText.of(
                    "ar", "دورة تكوينية في الطب العسكري الميداني",
                    "en", "Training course in field military medicine",
                    "fr", "Stage de formation en médecine militaire de campagne",
                    "he", "קורס הכשרה ברפואה צבאית בשטח"),
            LocalizedText.of(
                    "ar", "زيارة وفد إلى مركز الأبحاث والتطوير",
                    "en", "Delegation visit to the research and development centre",
                    "fr", "Visite d’une délégation au centre de recherche et développement",
                    "he", "ביקור משלחת במרכז המחקר והפיתוח"),
            LocalizedText.of(
                    "ar", "تمرين مشترك على تنسيق العمليات",
                    "en", "Joint exercise on operational coordination",
                    "fr", "Exercice conjoint de coordination opérationnelle",
                    "he", "תרגיל משותף בתיאום מבצעי"));

    private static final List<LocalizedText> QUARTERS = List.of(
            LocalizedText.of(
                    "ar", "الربع الأول", "en", "First quarter", "fr", "Premier trimestre", "he", "רבעון ראשון"),
            LocalizedText.of(
                    "ar", "الربع الثاني", "en", "Second quarter", "fr", "Deuxième trimestre", "he", "רבעון שני"),
            LocalizedText.of(
                    "ar", "الربع الثالث", "en", "Third quarter", "fr", "Troisième trimestre", "he", "רבעון שלישי"),
            LocalizedText.of(
                    "ar", "الربع الرابع", "en", "Fourth quarter", "fr", "Quatrième trimestre", "he", "רבעון רביעי"));

    private ActivityTable() {}

    static PdfTable of(int rows) {
        List<List<LocalizedText>> cells = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            cells.add(List.of(
                    LocalizedText.of("en", Integer.toString(i)),
                    ACTIVITIES.get(i % ACTIVITIES.size()),
                    QUARTERS.get(i % QUARTERS.size())));
        }
        return new PdfTable(List.of("document.number", "document.activity", "document.quarter"), cells);
    }
}
