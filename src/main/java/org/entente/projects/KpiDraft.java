package org.entente.projects;

/**
 * A commitment's measure as typed: which commitment, the day, the target and the actual value, and a
 * note per language.
 */
public record KpiDraft(
        String kpi,
        String date,
        String target,
        String actual,
        java.util.Map<String, String> note,
        Boolean illustrative) {

    public KpiDraft {
        illustrative = Boolean.TRUE.equals(illustrative);
    }
}
