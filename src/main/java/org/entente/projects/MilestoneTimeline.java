package org.entente.projects;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.entente.shared.TimelineEntry;
import org.entente.shared.TimelineEntry.TimelineKind;
import org.entente.shared.TimelineSource;
import org.springframework.stereotype.Component;

/**
 * Projects' milestones on a relationship timeline: on the day achieved, or planned for; a late one
 * says so.
 */
@Component
class MilestoneTimeline implements TimelineSource {

    private final ProjectReader projects;

    MilestoneTimeline(ProjectReader projects) {
        this.projects = projects;
    }

    @Override
    public List<TimelineEntry> timelineEntries(Subject reader, List<String> nations) {
        var today = projects.today();
        return projects.milestonesBetween(reader, nations).stream()
                .map(line -> {
                    Milestone milestone = line.milestone();
                    return new TimelineEntry(
                            milestone.date(),
                            milestone.date(),
                            TimelineKind.MILESTONE,
                            "milestone.status." + milestone.status(today).name(),
                            titled(line.projectTitle(), milestone.title()),
                            0,
                            null,
                            "/projects/" + milestone.projectId(),
                            milestone.illustrative(),
                            milestone.label());
                })
                .toList();
    }

    /** "Project — milestone" in each language the milestone is written in. */
    static LocalizedText titled(LocalizedText project, LocalizedText milestone) {
        var both = new LinkedHashMap<String, String>();
        milestone
                .values()
                .forEach((language, text) ->
                        both.put(language, project.in(Locale.forLanguageTag(language)) + " — " + text));
        return new LocalizedText(both);
    }
}
