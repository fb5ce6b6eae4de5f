package org.entente.committees;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.entente.access.AccessPolicy;
import org.entente.partners.People;
import org.entente.partners.PersonSummary;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Subject;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a session is prepared with: the delegations, the agenda and the day-by-day programme. Signed
 * minutes record who came, what was on the agenda and the programme: none of them changes then.
 */
@Service
class SessionPreparation {

    private final SessionReads reads;
    private final Sessions sessions;
    private final People people;

    SessionPreparation(SessionReads reads, Sessions sessions, People people) {
        this.reads = reads;
        this.sessions = sessions;
        this.people = people;
    }

    // ---- delegations, agenda, programme ----

    /** Adds a delegate known only by name: a person of one of the parties, with their role in the delegation. */
    @Transactional
    public void delegate(
            Subject subject, long committeeId, int number, String nation, LocalizedText name, DelegateRole role) {
        delegate(subject, committeeId, number, nation, null, name, role);
    }

    /**
     * Adds a delegate: a person of one of the parties, with their role in the delegation; when {@code
     * personId} names a person record of the delegate's nation that the subject may read, the delegate
     * is that person (their account is invited, their name is the record's unless one is typed).
     */
    @Transactional
    public void delegate(
            Subject subject,
            long committeeId,
            int number,
            String nation,
            Long personId,
            LocalizedText name,
            DelegateRole role) {
        SessionReads.Found session = reads.writable(subject, committeeId, number);
        // Signed minutes record who came, what was on the agenda and the programme: no longer changed.
        reads.refuseWhenFrozen(session);
        var errors = new LinkedHashMap<String, String>();
        if (nation == null || !session.parties().contains(nation)) {
            errors.put("nation", "delegate.refused.notParty");
        } else if (!AccessPolicy.speaksFor(subject, nation) && !AccessPolicy.ownerNationOf(subject, session.label())) {
            // In another nation's session a party adds its own delegates only.
            errors.put("nation", "delegate.refused.ownNation");
        }
        PersonSummary person = null;
        if (personId != null) {
            person = people.find(subject, personId).orElse(null);
            if (person == null) {
                errors.put("person", "delegate.refused.person");
            } else if (nation != null && !person.nation().equals(nation)) {
                errors.put("person", "delegate.refused.personNation");
            }
        }
        if (name == null && person != null) {
            name = person.name();
        }
        if (name == null) {
            errors.put("name", "delegate.refused.name");
        }
        OptionalTexts.check("name", name, Limits.NAME, errors);
        if (role == null) {
            errors.put("role", "delegate.refused.role");
        }
        if (!errors.isEmpty()) {
            throw new CommitteeRefusedException(errors);
        }
        sessions.addDelegate(session.id(), nation, personId, name, role, session.label());
    }

    /** The person records behind the session's delegation, and the parties' people when the form is shown. */
    @Transactional(readOnly = true)
    public DelegatePeople people(Subject reader, SessionDetail session, boolean choosing) {
        return DelegatePeople.of(people, reader, session, choosing);
    }

    /** Adds the next agenda item. */
    @Transactional
    public void addToAgenda(Subject subject, long committeeId, int number, LocalizedText title) {
        SessionReads.Found session = reads.writable(subject, committeeId, number);
        // Signed minutes record who came, what was on the agenda and the programme: no longer changed.
        reads.refuseWhenFrozen(session);
        if (title.values().values().stream().allMatch(String::isBlank)) {
            throw CommitteeRefusedException.of("title", "agenda.refused.title");
        }
        if (!Limits.fits(title, Limits.TITLE)) {
            throw CommitteeRefusedException.of("title", Limits.messageKey(Limits.TITLE));
        }
        sessions.addAgendaItem(session.id(), title, session.label().recordedBy(subject.nation()));
    }

    /** Adds a slot to the day-by-day programme, on one of the session's days. */
    @Transactional
    public void schedule(
            Subject subject, long committeeId, int number, LocalDate day, ProgrammeKind kind, LocalizedText title) {
        SessionReads.Found session = reads.writable(subject, committeeId, number);
        // Signed minutes record who came, what was on the agenda and the programme: no longer changed.
        reads.refuseWhenFrozen(session);
        SessionSummary summary = reads.detail(subject, session).summary();
        var errors = new LinkedHashMap<String, String>();
        if (day == null || day.isBefore(summary.startDate()) || day.isAfter(summary.endDate())) {
            errors.put("day", "programme.refused.day");
        }
        if (kind == null) {
            errors.put("kind", "programme.refused.kind");
        }
        if (title.values().values().stream().allMatch(String::isBlank)) {
            errors.put("title", "programme.refused.title");
        }
        org.entente.shared.OptionalTexts.check("title", title, Limits.TITLE, errors);
        if (!errors.isEmpty()) {
            throw new CommitteeRefusedException(errors);
        }
        sessions.addProgrammeItem(
                session.id(), day, kind, title, session.label().recordedBy(subject.nation()));
    }
}
