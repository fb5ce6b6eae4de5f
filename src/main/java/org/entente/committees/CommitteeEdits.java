package org.entente.committees;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entente.access.AccessPolicy;
import org.entente.partners.People;
import org.entente.shared.Label;
import org.entente.shared.Limits;
import org.entente.shared.NotReadable;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A committee created or changed through its form: checked field by field, then stored through
 * {@link Committees}, which keeps what a committee is made of.
 */
@Service
class CommitteeEdits {

    private final JdbcClient sql;
    private final AccessPolicy policy;
    private final Committees committees;
    private final People people;

    CommitteeEdits(JdbcClient sql, AccessPolicy policy, Committees committees, People people) {
        this.sql = sql;
        this.policy = policy;
        this.committees = committees;
        this.people = people;
    }

    /**
     * Creates a committee owned by the subject's nation: only its planners and administrators,
     * with two or more parties (the subject's own among them) and a unique code.
     */
    @Transactional
    public long create(Subject subject, CommitteeDraft draft) {
        policy.mayWriteNationRecord(subject, Label.unclassified(subject.nation()))
                .orThrow();
        Map<String, String> errors = check(subject, draft, null);
        if (draft.code() == null || draft.code().isBlank()) {
            errors.put("code", "committee.refused.code");
        } else if (sql.sql("select count(*) from committees.committee where lower(code) = lower(?)")
                        .param(draft.code().strip())
                        .query(Integer.class)
                        .single()
                > 0) {
            errors.put("code", "committee.refused.codeTaken");
        }
        if (draft.parties().size() < 1
                || !draft.parties().contains(subject.nation())
                || !draft.parties().stream().allMatch(org.entente.shared.Nations::isKnown)) {
            errors.put("parties", "committee.refused.parties");
        }
        if (draft.label() == null
                || !AccessPolicy.withinClearance(subject, draft.label().classification())) {
            errors.put("classification", "committee.refused.classification");
        }
        if (!errors.isEmpty()) {
            throw new CommitteeRefusedException(errors);
        }
        long id = committees.add(new NewCommittee(
                draft.code().strip(),
                draft.kind(),
                draft.name(),
                draft.parties(),
                draft.agreementId(),
                false,
                draft.label()));
        committees.describe(
                id,
                draft.parentId(),
                draft.coChairs(),
                draft.secretariat(),
                draft.cadence(),
                draft.alternating(),
                draft.label());
        for (Long person : draft.memberIds()) {
            memberFrom(subject, id, person, draft.label());
        }
        return id;
    }

    /** Changes what a committee is made of: whoever may write to it. Code, parties and label stay. */
    @Transactional
    public void edit(Subject subject, long id, CommitteeDraft draft) {
        CommitteeSummary current = committees.find(subject, id).orElseThrow(() -> new NotReadable("committee", id));
        policy.mayWrite(subject, current.label(), id).orThrow();
        Map<String, String> errors = check(subject, draft, id);
        boolean owner = AccessPolicy.ownerNationOf(subject, current.label());
        if (!owner && !Set.copyOf(draft.memberIds()).equals(Set.copyOf(memberIds(subject, id)))) {
            // Members are labelled as the committee, hence owned by its nation: only it changes them.
            errors.put("members", "committee.refused.membersOwnerNation");
        }
        if (!errors.isEmpty()) {
            throw new CommitteeRefusedException(errors);
        }
        sql.sql(
                        "update committees.committee set kind = :kind, name = cast(:name as jsonb), agreement_id = :agreement where id = :id")
                .param("kind", draft.kind().name())
                .param("name", draft.name().toJson())
                .param("agreement", draft.agreementId())
                .param("id", id)
                .update();
        committees.describe(
                id,
                draft.parentId(),
                draft.coChairs(),
                draft.secretariat(),
                draft.cadence(),
                draft.alternating(),
                current.label());
        if (owner) {
            sql.sql("delete from committees.member where committee_id = ?")
                    .param(id)
                    .update();
            for (Long person : draft.memberIds()) {
                memberFrom(subject, id, person, current.label());
            }
        }
    }

    private List<Long> memberIds(Subject reader, long committeeId) {
        return sql.sql("select t.person_id from committees.member t where t.committee_id = :committee and "
                        + AccessPolicy.readableBy("t"))
                .param("committee", committeeId)
                .params(AccessPolicy.readerParams(reader))
                .query(Long.class)
                .list();
    }

    private Map<String, String> check(Subject subject, CommitteeDraft draft, Long id) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        if (draft.kind() == null) {
            errors.put("kind", "committee.refused.kind");
        }
        if (draft.name() == null || draft.name().values().values().stream().allMatch(String::isBlank)) {
            errors.put("name", "committee.refused.name");
        }
        Limits.check("name", draft.name(), Limits.NAME, errors);
        Limits.check("secretariat", draft.secretariat(), Limits.NAME, errors);
        Limits.check("code", draft.code(), Limits.CODE, errors);
        for (CoChair coChair : draft.coChairs() == null ? List.<CoChair>of() : draft.coChairs()) {
            Limits.check("coChairOrganization", coChair.organization(), Limits.NAME, errors);
            Limits.check("coChairPosition", coChair.position(), Limits.NAME, errors);
            // The chair's holder: a person the subject may read, of the chair's nation.
            if (coChair.personId() != null
                    && people.find(subject, coChair.personId())
                            .filter(p -> p.nation().equals(coChair.nation()))
                            .isEmpty()) {
                errors.put(CommitteeForm.chairField(coChair.nation(), "person"), "committee.refused.coChairPerson");
            }
        }
        if (draft.parentId() != null
                && (draft.parentId().equals(id)
                        || committees.find(subject, draft.parentId()).isEmpty())) {
            errors.put("parentId", "committee.refused.parent");
        }
        return errors;
    }

    private void memberFrom(Subject subject, long committee, long person, Label label) {
        people.find(subject, person).ifPresent(p -> committees.addMember(committee, p.id(), p.nation(), label));
    }
}
