package org.entente.demo;

import java.util.List;
import java.util.Map;
import org.entente.shared.LocalizedText;
import org.entente.workplans.ActivityDraft;
import org.entente.workplans.ActivityType;
import org.entente.workplans.WorkPlans;

/** One activity of the demo: what, when, who leads and hosts it. */
record DemoSeed(
        ActivityType type,
        String domain,
        int quarter,
        String lead,
        String host,
        String fr,
        String ar,
        String en,
        String he) {

    private Map<String, Integer> participants(int index) {
        var participants = new java.util.TreeMap<String, Integer>();
        participants.put(lead(), 4 + index % 5);
        participants.merge(host(), 6 + index % 7, Integer::sum);
        return participants;
    }

    /** The activity as proposed: its texts, the host's city, participants and costs made up from its place. */
    ActivityDraft draft(List<Long> objectives, int index) {
        LocalizedText city = host().equals("MAR")
                ? LocalizedText.of("ar", "الرباط", "en", "Rabat", "fr", "Rabat", "he", "רבאט")
                : host().equals("ISR")
                        ? LocalizedText.of("ar", "تل أبيب", "en", "Tel Aviv", "fr", "Tel Aviv", "he", "תל אביב")
                        : LocalizedText.of("ar", "باريس", "en", "Paris", "fr", "Paris", "he", "פריז");
        return new ActivityDraft(
                LocalizedText.of("ar", ar(), "en", en(), "fr", fr(), "he", he()),
                LocalizedText.of(
                        "ar", "نشاط توضيحي لأغراض العرض.",
                        "en", "An illustrative activity for the demonstration.",
                        "fr", "Une activité illustrative pour la démonstration.",
                        "he", "פעילות להמחשה לצורך ההדגמה."),
                type(),
                domain(),
                objectives,
                lead(),
                host(),
                city,
                quarter(),
                null,
                null,
                participants(index),
                index % 3 == 0 ? WorkPlans.SHARED_COSTS : host());
    }
}
