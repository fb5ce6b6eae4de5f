package org.entente.projects;

import java.util.List;
import org.entente.attachments.AttachmentSummary;

/**
 * A milestone as the project page shows it: its status today, its evidence files, and where it
 * stands on the project's strip of time.
 *
 * @param position how far into the project's span it falls, from 0 (start) to 100 (planned end)
 */
public record MilestoneRow(
        int number, Milestone milestone, MilestoneStatus status, double position, List<AttachmentSummary> evidence) {

    /** The strip's width in its own units; the strip runs the reader's way. */
    public static final int STRIP = 1000;

    public static final int MARGIN = 30;

    /** Where on the strip: from the left for left-to-right readers, from the right otherwise. */
    public double x(boolean rtl) {
        return at(position, rtl);
    }

    public static double at(double position, boolean rtl) {
        double offset = MARGIN + position * (STRIP - 2 * MARGIN) / 100;
        return Math.round((rtl ? STRIP - offset : offset) * 10) / 10.0;
    }
}
