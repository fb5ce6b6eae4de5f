package org.entente.committees;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;

/**
 * A session's own details — its days, host, city, venue and status — and the rules for setting
 * them, when the session is planned and when it is changed afterwards: both days given, the end
 * not before the start, both within the plan dates; the host one of the committee's parties; a
 * city in at least one language; city and venue within their length. Once the session is held and
 * every party has signed its minutes, its details are part of the signed record and are not
 * changed any more. Each refusal names the field; nothing is stored then. A change is made at the
 * version the writer read: when someone else changed the details since, it is refused as a whole
 * ({@link SessionChangedMeanwhile}) rather than the last write winning. No Spring, no database:
 * {@code SessionDetailsTest}.
 */
record SessionDetails(
        LocalDate startDate,
        LocalDate endDate,
        String hostNation,
        LocalizedText city,
        LocalizedText venue,
        SessionStatus status) {

    SessionDetails {
        city = city == null ? LocalizedText.of() : city;
        venue = venue == null ? LocalizedText.of() : venue;
        status = status == null ? SessionStatus.PLANNED : status;
    }

    /** The details a stored session has now. */
    static SessionDetails of(SessionDetail session) {
        SessionSummary summary = session.summary();
        return new SessionDetails(
                summary.startDate(),
                summary.endDate(),
                summary.hostNation(),
                summary.city(),
                session.venue(),
                summary.status());
    }

    /** What is wrong with these details for a committee of these parties: field → message key, none when they hold. */
    Map<String, String> errors(List<String> parties) {
        var errors = new LinkedHashMap<String, String>();
        if (startDate == null) {
            errors.put("startDate", "session.refused.startMissing");
        }
        if (endDate == null) {
            errors.put("endDate", "session.refused.endMissing");
        } else if (startDate != null && endDate.isBefore(startDate)) {
            errors.put("endDate", "session.refused.endBeforeStart");
        }
        if (hostNation == null || !parties.contains(hostNation)) {
            errors.put("hostNation", "session.refused.hostNotParty");
        }
        if (city.values().values().stream().allMatch(Limits::blank)) {
            errors.put("city", "session.refused.cityMissing");
        }
        Limits.PLAN_DATES.check("startDate", startDate, errors);
        Limits.PLAN_DATES.check("endDate", endDate, errors);
        Limits.check("city", city, Limits.NAME, errors);
        Limits.check("venue", venue, Limits.NAME, errors);
        return errors;
    }

    /** Whether details like these may still change: not once the session is held with signed minutes. */
    boolean changeable(boolean minutesSigned) {
        return !(status == SessionStatus.HELD && minutesSigned);
    }

    /**
     * These details in place of a session's {@code current} ones, which are at {@code currentVersion}.
     * The order of the checks: a signed record first (nothing may change it), then a stale form (its
     * fields were typed against details that are no longer there), then the fields.
     *
     * @param seenVersion the version the writer's form was read at; {@code null} when the writer does
     *     not say (a caller without a form, as an API write without {@code If-Match}), then not checked
     * @param minutesSigned whether every party has signed the session's minutes
     * @return the names of the fields that change (none when nothing does)
     * @throws CommitteeRefusedException naming the fields that are wrong, or {@code session} when the
     *     session is held with signed minutes
     * @throws SessionChangedMeanwhile when {@code seenVersion} is not {@code currentVersion}
     */
    List<String> replacing(
            SessionDetails current,
            int currentVersion,
            Integer seenVersion,
            List<String> parties,
            boolean minutesSigned) {
        if (!current.changeable(minutesSigned)) {
            throw CommitteeRefusedException.of("session", "session.refused.signed");
        }
        if (seenVersion != null && seenVersion != currentVersion) {
            throw new SessionChangedMeanwhile();
        }
        Map<String, String> errors = errors(parties);
        if (!errors.isEmpty()) {
            throw new CommitteeRefusedException(errors);
        }
        var changed = new ArrayList<String>();
        note(changed, "startDate", current.startDate(), startDate);
        note(changed, "endDate", current.endDate(), endDate);
        note(changed, "hostNation", current.hostNation(), hostNation);
        note(changed, "city", current.city().values(), city.values());
        note(changed, "venue", current.venue().values(), venue.values());
        note(changed, "status", current.status(), status);
        return changed;
    }

    private static void note(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
