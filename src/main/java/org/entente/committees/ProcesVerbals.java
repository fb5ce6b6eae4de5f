package org.entente.committees;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.attachments.AttachmentSummary;
import org.entente.attachments.Attachments;
import org.entente.partners.People;
import org.entente.shared.RecordType;
import org.entente.shared.Subject;
import org.springframework.stereotype.Component;

/** Gathers what a session's procès-verbal shows, as far as the reader may see it. */
@Component
class ProcesVerbals {

    private final Committees committees;
    private final People people;
    private final Attachments attachments;

    ProcesVerbals(Committees committees, People people, Attachments attachments) {
        this.committees = committees;
        this.people = people;
        this.attachments = attachments;
    }

    ProcesVerbal of(Subject reader, SessionDetail session, List<ActionItem> actions) {
        List<CoChair> coChairs = committees
                .find(reader, session.summary().committeeId())
                .map(c -> committees.profile(reader, c).coChairs())
                .orElse(List.of());
        var known = new HashMap<Long, ProcesVerbal.Person>();
        session.delegates().stream()
                .filter(d -> d.personId() != null)
                .forEach(d -> people.find(reader, d.personId())
                        .ifPresent(p -> known.put(p.id(), new ProcesVerbal.Person(p.rank(), p.position()))));
        List<String> annexes = attachments.of(reader, RecordType.SESSION, session.id()).stream()
                .map(AttachmentSummary::fileName)
                .distinct()
                .toList();
        return new ProcesVerbal(session, coChairs, Map.copyOf(known), actions, annexes);
    }
}
