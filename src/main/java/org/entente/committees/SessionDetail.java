package org.entente.committees;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entente.committees.SessionParts.AgendaItem;
import org.entente.committees.SessionParts.Corrigendum;
import org.entente.committees.SessionParts.Decision;
import org.entente.committees.SessionParts.Delegate;
import org.entente.committees.SessionParts.Minutes;
import org.entente.committees.SessionParts.ProgrammeItem;
import org.entente.committees.SessionParts.Signature;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/**
 * One session with everything the reader may see of it, and the version of its own details (moved on by
 * each change of them: {@link SessionDetails#replacing}).
 */
public record SessionDetail(
        long id,
        SessionSummary summary,
        LocalizedText venue,
        List<String> parties,
        List<Delegate> delegates,
        List<AgendaItem> agenda,
        List<ProgrammeItem> programme,
        Map<String, Minutes> minutes,
        List<Decision> decisions,
        List<Signature> signatures,
        List<Corrigendum> corrigenda,
        int version) {

    /** Minutes are frozen once every party's co-chair has signed them. */
    public boolean frozen() {
        return !parties.isEmpty()
                && parties.stream()
                        .allMatch(p ->
                                signatures.stream().anyMatch(s -> s.nation().equals(p)));
    }

    public Optional<Signature> signatureOf(String nation) {
        return signatures.stream().filter(s -> s.nation().equals(nation)).findFirst();
    }

    public String minutesIn(String language) {
        Minutes m = minutes.get(language);
        return m == null ? "" : m.body();
    }

    /** Every label the page shows, for its high-water mark. */
    public List<Label> labels() {
        var labels = new java.util.ArrayList<Label>();
        labels.add(summary.label());
        delegates.forEach(d -> labels.add(d.label()));
        agenda.forEach(a -> labels.add(a.label()));
        programme.forEach(p -> labels.add(p.label()));
        minutes.values().forEach(m -> labels.add(m.label()));
        decisions.forEach(d -> labels.add(d.label()));
        signatures.forEach(s -> labels.add(s.label()));
        corrigenda.forEach(c -> labels.add(c.label()));
        return labels;
    }
}
