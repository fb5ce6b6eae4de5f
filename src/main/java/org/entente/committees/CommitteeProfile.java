package org.entente.committees;

import java.util.List;
import org.entente.shared.LocalizedText;

/**
 * What a committee is made of besides its name: where it sits in the tree, its co-chairs,
 * secretariat, expected cadence and members.
 *
 * @param parent the committee above it, if the reader may see it
 * @param children the committees under it the reader may see
 * @param members people by nation, as their names are written in Latin script
 */
public record CommitteeProfile(
        CommitteeSummary parent,
        List<CommitteeSummary> children,
        List<CoChair> coChairs,
        LocalizedText secretariat,
        Cadence cadence,
        boolean alternating,
        Long agreementId,
        List<Member> members) {

    public record Member(long personId, String nation, org.entente.shared.LocalizedText name) {}
}
