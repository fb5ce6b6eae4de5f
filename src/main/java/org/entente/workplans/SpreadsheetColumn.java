package org.entente.workplans;

/**
 * The columns of a plan's activities in a spreadsheet, in their order. Headers and explanations
 * are the bundles' {@code workplans.xlsx.column.<key>} and {@code workplans.xlsx.explain.<key>};
 * an import finds a column by its header in any of the four languages, or by its key.
 */
enum SpreadsheetColumn {
    CODE("code", false),
    TITLE_AR("title_ar", true),
    TITLE_EN("title_en", true),
    TITLE_FR("title_fr", true),
    TITLE_HE("title_he", true),
    TYPE("type", true),
    DOMAIN("domain", true),
    LEAD_NATION("lead_nation", true),
    HOST_NATION("host_nation", true),
    QUARTER("quarter", true),
    PLANNED_START("planned_start", true),
    PLANNED_END("planned_end", true),
    COST_BEARER("cost_bearer", true),
    STATUS("status", false),
    APPROVALS("approvals", false),
    LABEL("label", false);

    /** The key of the column in the bundles and in an English-free header row. */
    final String key;

    /** Whether an import needs the column (the others are written by the export and read by nobody). */
    final boolean imported;

    SpreadsheetColumn(String key, boolean imported) {
        this.key = key;
        this.imported = imported;
    }

    String headerKey() {
        return "workplans.xlsx.column." + key;
    }

    String explanationKey() {
        return "workplans.xlsx.explain." + key;
    }

    /** The language of a title column ({@code ar}, {@code en}, …), or null. */
    String language() {
        return key.startsWith("title_") ? key.substring("title_".length()) : null;
    }
}
