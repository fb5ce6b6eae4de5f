package org.entente.projects;

import java.util.List;
import java.util.Map;

/**
 * A project as a form or the API submits it: every field as typed, checked by {@link Projects}.
 *
 * @param responsible the person responsible on each side, keyed by nation: language → text, as typed
 */
public record ProjectDraft(
        Map<String, String> title,
        Map<String, String> description,
        String hostNation,
        String partnerNation,
        List<Long> companies,
        Map<String, String> site,
        Long agreementId,
        String domain,
        String start,
        String plannedEnd,
        String status,
        Map<String, Map<String, String>> responsible,
        String classification,
        List<String> releasableTo,
        Boolean illustrative) {

    public ProjectDraft {
        title = title == null ? Map.of() : title;
        description = description == null ? Map.of() : description;
        companies = companies == null ? List.of() : companies;
        site = site == null ? Map.of() : site;
        responsible = responsible == null ? Map.of() : responsible;
        releasableTo = releasableTo == null ? List.of() : releasableTo;
        illustrative = Boolean.TRUE.equals(illustrative);
    }
}
