package org.entente.committees;

import java.util.List;
import java.util.Map;
import org.entente.shared.LocalizedText;
import org.entente.shared.PersonName;

/**
 * What a committee is made of besides its name: where it sits in the tree, its co-chairs,
 * secretariat, expected cadence and members.
 *
 * @param parent the committee above it, if the reader may see it
 * @param children the committees under it the reader may see
 * @param members people by nation, as their names are written in Latin script
 * @param agreementId the agreement it is established under, if any
 * @param agreement that agreement's title and label when the reader may read it, otherwise null
 * @param chairHolders the co-chairs' holders the reader may read, by person id
 */
public record CommitteeProfile(
        CommitteeSummary parent,
        List<CommitteeSummary> children,
        List<CoChair> coChairs,
        LocalizedText secretariat,
        Cadence cadence,
        boolean alternating,
        Long agreementId,
        Agreement agreement,
        List<Member> members,
        Map<Long, PersonName> chairHolders) {

    public CommitteeProfile {
        chairHolders = Map.copyOf(chairHolders);
    }

    /** The agreement a committee is established under, as far as the reader may read it. */
    public record Agreement(LocalizedText title, org.entente.shared.Label label) {}

    public record Member(long personId, String nation, org.entente.shared.LocalizedText name) {}

    /** The person who holds a chair, as the reader may know them, or null when none is recorded or readable. */
    public PersonName holder(CoChair chair) {
        return chair.personId() == null ? null : chairHolders.get(chair.personId());
    }
}
