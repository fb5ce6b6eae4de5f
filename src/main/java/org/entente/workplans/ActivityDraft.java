package org.entente.workplans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.shared.LocalizedText;

/**
 * An activity as proposed or changed: everything a planner writes. A planned quarter (1–4) or
 * planned dates (or both); participants per nation; who bears the costs (a party, or {@code SHARED}).
 */
public record ActivityDraft(
        LocalizedText title,
        LocalizedText description,
        ActivityType type,
        String domain,
        List<Long> objectiveIds,
        String leadNation,
        String hostNation,
        LocalizedText city,
        Integer plannedQuarter,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        Map<String, Integer> participants,
        String costBearer) {

    public ActivityDraft {
        title = title == null ? new LocalizedText(Map.of()) : title;
        description = description == null ? new LocalizedText(Map.of()) : description;
        city = city == null ? new LocalizedText(Map.of()) : city;
        objectiveIds = objectiveIds == null ? List.of() : List.copyOf(objectiveIds);
        participants = participants == null ? Map.of() : Map.copyOf(participants);
    }
}
