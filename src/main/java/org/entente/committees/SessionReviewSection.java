package org.entente.committees;

import java.time.LocalDate;
import java.util.Optional;
import org.entente.shared.Subject;

/**
 * A section of a session's "review of the previous period" that another module fills in (the work
 * plans: planned against executed, postponed, cancelled). Every bean implementing it is asked, in
 * order; a module with nothing to say for the committee and period answers empty.
 */
public interface SessionReviewSection {

    /** What the reader may see of the period from {@code from} up to (not including) {@code to}. */
    Optional<ReviewPart> partFor(Subject reader, long committeeId, LocalDate from, LocalDate to);
}
