package org.entente.workplans;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of a plan's activities in a spreadsheet. Headers and explanations are the bundles'
 * {@code workplans.xlsx.column.<key>} and {@code workplans.xlsx.explain.<key>}; an import finds a
 * column by its header in any of the four languages, or by its key, wherever it stands.
 *
 * <p>The export writes the columns a reader reads first ({@link #READ}: values in the sheet's
 * language), then the text of every language ({@link #LANGUAGES}: what an import takes back). The
 * template holds only what an import reads ({@link #TEMPLATE}).
 */
enum SpreadsheetColumn {
    CODE("code", Use.SHOWN),
    TITLE("title", Use.SHOWN),
    TYPE("type", Use.REQUIRED),
    DOMAIN("domain", Use.REQUIRED),
    LEAD_NATION("lead_nation", Use.REQUIRED),
    HOST_NATION("host_nation", Use.REQUIRED),
    CITY("city", Use.SHOWN),
    QUARTER("quarter", Use.REQUIRED),
    PLANNED_START("planned_start", Use.REQUIRED),
    PLANNED_END("planned_end", Use.REQUIRED),
    ACTUAL_START("actual_start", Use.SHOWN),
    ACTUAL_END("actual_end", Use.SHOWN),
    PARTICIPANTS("participants", Use.OPTIONAL),
    COST_BEARER("cost_bearer", Use.REQUIRED),
    STATUS("status", Use.SHOWN),
    APPROVALS("approvals", Use.SHOWN),
    PROPOSED_BY("proposed_by", Use.SHOWN),
    DESCRIPTION("description", Use.SHOWN),
    OBJECTIVES("objectives", Use.SHOWN),
    LABEL("label", Use.SHOWN),
    TITLE_AR("title_ar", Use.REQUIRED),
    TITLE_EN("title_en", Use.REQUIRED),
    TITLE_FR("title_fr", Use.REQUIRED),
    TITLE_HE("title_he", Use.REQUIRED),
    DESCRIPTION_AR("description_ar", Use.OPTIONAL),
    DESCRIPTION_EN("description_en", Use.OPTIONAL),
    DESCRIPTION_FR("description_fr", Use.OPTIONAL),
    DESCRIPTION_HE("description_he", Use.OPTIONAL),
    CITY_AR("city_ar", Use.OPTIONAL),
    CITY_EN("city_en", Use.OPTIONAL),
    CITY_FR("city_fr", Use.OPTIONAL),
    CITY_HE("city_he", Use.OPTIONAL);

    /** What an import does with a column. */
    enum Use {
        /** Written for the reader and read by nobody (derived, or in the sheet's language only). */
        SHOWN,
        /** An import needs it. */
        REQUIRED,
        /** An import reads it when present (a template from before it existed still imports). */
        OPTIONAL
    }

    /** The export's reading columns, in order. */
    static final List<SpreadsheetColumn> READ =
            Arrays.stream(values()).filter(c -> c.ordinal() <= LABEL.ordinal()).toList();

    /** The export's columns of text in each language, after the reading ones. */
    static final List<SpreadsheetColumn> LANGUAGES =
            Arrays.stream(values()).filter(c -> c.ordinal() > LABEL.ordinal()).toList();

    /** The columns of the template to fill in: every one an import reads, the titles first. */
    static final List<SpreadsheetColumn> TEMPLATE = java.util.stream.Stream.concat(
                    java.util.stream.Stream.of(TITLE_AR, TITLE_EN, TITLE_FR, TITLE_HE),
                    Arrays.stream(values()).filter(c -> c.imported() && !c.key.startsWith("title_")))
            .toList();

    /** The key of the column in the bundles and in an English-free header row. */
    final String key;

    final Use use;

    SpreadsheetColumn(String key, Use use) {
        this.key = key;
        this.use = use;
    }

    boolean imported() {
        return use != Use.SHOWN;
    }

    String headerKey() {
        return "workplans.xlsx.column." + key;
    }

    String explanationKey() {
        return "workplans.xlsx.explain." + key;
    }

    /** The language of a column of text in one language ({@code ar}, {@code en}, …), or null. */
    String language() {
        int at = key.lastIndexOf('_');
        return at > 0 && LANGUAGES.contains(this) ? key.substring(at + 1) : null;
    }

    /** The field of a column in one language: {@code title}, {@code description} or {@code city}; or null. */
    String field() {
        return language() == null ? null : key.substring(0, key.lastIndexOf('_'));
    }

    /** The column of a field in one language. */
    static SpreadsheetColumn of(String field, String language) {
        return valueOf((field + "_" + language).toUpperCase(java.util.Locale.ROOT));
    }

    /** The export's position of the column (0 = A). */
    int exported() {
        return ordinal();
    }

    /** The template's position of the column, or -1 when the template has none. */
    int template() {
        return TEMPLATE.indexOf(this);
    }
}
