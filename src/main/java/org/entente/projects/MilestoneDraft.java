package org.entente.projects;

import java.util.Map;

/** A new milestone as typed: its title per language and its planned day. */
public record MilestoneDraft(Map<String, String> title, String plannedDate, String note, Boolean illustrative) {

    public MilestoneDraft {
        title = title == null ? Map.of() : title;
        illustrative = Boolean.TRUE.equals(illustrative);
    }
}
