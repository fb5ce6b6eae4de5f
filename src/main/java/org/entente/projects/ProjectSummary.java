package org.entente.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.shared.Label;
import org.entente.shared.LocalizedText;

/**
 * A project as recorded.
 *
 * @param companies the organizations (of the partners module) that carry it out
 * @param responsible the person responsible on each side, by nation, in each language it was written in
 */
public record ProjectSummary(
        long id,
        LocalizedText title,
        LocalizedText description,
        String hostNation,
        String partnerNation,
        List<Long> companies,
        LocalizedText site,
        Long agreementId,
        String domain,
        LocalDate start,
        LocalDate plannedEnd,
        ProjectStatus status,
        Map<String, LocalizedText> responsible,
        boolean illustrative,
        Label label) {

    /** The nations the project concerns: the host and the partner. */
    public List<String> parties() {
        return List.of(hostNation, partnerNation).stream().sorted().toList();
    }
}
