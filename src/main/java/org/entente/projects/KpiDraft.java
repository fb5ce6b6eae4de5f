package org.entente.projects;

/** A commitment's measure as typed: which commitment, the day, the target and the actual value. */
public record KpiDraft(String kpi, String date, String target, String actual, String note, Boolean illustrative) {

    public KpiDraft {
        illustrative = Boolean.TRUE.equals(illustrative);
    }
}
