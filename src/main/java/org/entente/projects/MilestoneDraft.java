package org.entente.projects;

import java.util.Map;

/** A new milestone as typed: its title per language, its planned day and its note per language. */
public record MilestoneDraft(
        Map<String, String> title, String plannedDate, Map<String, String> note, Boolean illustrative) {

    public MilestoneDraft {
        title = title == null ? Map.of() : title;
        illustrative = Boolean.TRUE.equals(illustrative);
    }
}
