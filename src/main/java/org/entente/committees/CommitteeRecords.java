package org.entente.committees;

import java.util.Optional;
import org.entente.access.AccessPolicy;
import org.entente.shared.Label;
import org.entente.shared.LabelledRecords;
import org.entente.shared.RecordType;
import org.entente.shared.Subject;
import org.springframework.stereotype.Component;

/** Committees as other modules point at them (attachments): their label, who may add to them. */
@Component
class CommitteeRecords implements LabelledRecords {

    private final Committees committees;
    private final AccessPolicy policy;

    CommitteeRecords(Committees committees, AccessPolicy policy) {
        this.committees = committees;
        this.policy = policy;
    }

    @Override
    public RecordType recordType() {
        return RecordType.COMMITTEE;
    }

    @Override
    public Optional<Label> labelFor(Subject reader, long id) {
        return committees.find(reader, id).map(CommitteeSummary::label);
    }

    @Override
    public boolean mayWrite(Subject subject, long id) {
        return committees
                .find(subject, id)
                .map(c -> mayWrite(subject, id, c.label()))
                .orElse(false);
    }

    @Override
    public boolean mayWrite(Subject subject, long id, Label label) {
        return policy.mayWrite(subject, label, id).allowed();
    }

    @Override
    public String pagePath(long id) {
        return "/committees/" + id;
    }
}
