package org.entente.shared;

import java.util.List;

/**
 * A module's lines on a relationship timeline (committee sessions, project milestones), so that
 * the timeline gathers them without depending on the modules that keep them. Each module declares
 * one bean; the timeline collects every bean of this type.
 */
public interface TimelineSource {

    /** The lines concerning all these nations that the reader may read, in any order. */
    List<TimelineEntry> timelineEntries(Subject reader, List<String> nations);
}
