package org.entente.projects;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.entente.access.LabelFields;
import org.entente.agreements.AgreementSummary;
import org.entente.agreements.Agreements;
import org.entente.partners.OrganizationSummary;
import org.entente.partners.Organizations;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Limits;
import org.entente.shared.LocalizedText;
import org.entente.shared.Nations;
import org.entente.shared.OptionalTexts;
import org.entente.shared.Subject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a project as typed must be before it is stored: each refused field named, nothing stored;
 * what is accepted, as the statement's parameters and the label the project will carry.
 */
@Component
class ProjectChecks {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient sql;
    private final Organizations organizations;
    private final Agreements agreements;

    ProjectChecks(JdbcClient sql, Organizations organizations, Agreements agreements) {
        this.sql = sql;
        this.organizations = organizations;
        this.agreements = agreements;
    }

    record Checked(Map<String, Object> params, Label label) {}

    Checked check(Subject subject, ProjectDraft draft, Long id) {
        var errors = new LinkedHashMap<String, String>();
        LocalizedText title = Projects.text(draft.title());
        if (title.values().isEmpty()) {
            errors.put("title", "project.refused.title");
        }
        org.entente.shared.OptionalTexts.check("title", title, Limits.TITLE, errors);
        Limits.check("description", Projects.text(draft.description()), Limits.TEXT, errors);
        Limits.check("site", Projects.text(draft.site()), Limits.NAME, errors);
        var responsible = new TreeMap<String, Map<String, String>>();
        draft.responsible().forEach((nation, texts) -> {
            // Named by the form's field: the host's or the partner's responsible.
            String field = Projects.code(nation).equals(Projects.code(draft.hostNation()))
                    ? "responsibleHost"
                    : "responsiblePartner";
            LocalizedText typed = OptionalTexts.typed(texts);
            OptionalTexts.check(field, typed, Limits.NAME, errors);
            if (nation != null && typed != null) {
                responsible.put(Projects.code(nation), typed.values());
            }
        });
        String host = Projects.code(draft.hostNation());
        if (!Nations.isKnown(host)) {
            errors.put("hostNation", "project.refused.nation");
        }
        String partner = Projects.code(draft.partnerNation());
        if (!Nations.isKnown(partner)) {
            errors.put("partnerNation", "project.refused.nation");
        } else if (partner.equals(host)) {
            errors.put("partnerNation", "project.refused.sameNation");
        }
        if (!errors.containsKey("hostNation")
                && !errors.containsKey("partnerNation")
                && !subject.nation().equals(host)
                && !subject.nation().equals(partner)) {
            errors.put("hostNation", "project.refused.ownNation");
        }
        List<Long> companies =
                draft.companies().stream().filter(c -> c != null).distinct().toList();
        for (Long company : companies) {
            Optional<OrganizationSummary> organization = organizations.find(subject, company);
            if (organization.isEmpty()
                    || !(organization.get().nation().equals(host)
                            || organization.get().nation().equals(partner))) {
                errors.put("companies", "project.refused.company");
            }
        }
        if (draft.agreementId() != null) {
            Optional<AgreementSummary> agreement = agreements.find(subject, draft.agreementId());
            if (agreement.isEmpty() || !agreement.get().parties().containsAll(List.of(host, partner))) {
                errors.put("agreementId", "project.refused.agreement");
            }
        }
        String domain = draft.domain() == null || draft.domain().isBlank()
                ? null
                : draft.domain().strip();
        if (domain != null
                && agreements.domains().stream().noneMatch(d -> d.code().equals(domain) && !d.retired())) {
            errors.put("domain", "project.refused.domain");
        }
        LocalDate start = Projects.date(draft.start(), "start", errors);
        LocalDate end = Projects.date(draft.plannedEnd(), "plannedEnd", errors);
        if (start != null && end != null && end.isBefore(start)) {
            errors.put("plannedEnd", "project.refused.endBeforeStart");
        }
        if (id != null && start != null && end != null && !errors.containsKey("plannedEnd")) {
            var span = sql.sql("select min(planned_date), max(planned_date), min(actual_date) from projects.milestone"
                            + " where project_id = :id")
                    .param("id", id)
                    .query((rs, n) -> new LocalDate[] {
                        Limits.read(rs.getObject(1, LocalDate.class)),
                        Limits.read(rs.getObject(2, LocalDate.class)),
                        Limits.read(rs.getObject(3, LocalDate.class))
                    })
                    .single();
            if ((span[0] != null && span[0].isBefore(start)) || (span[2] != null && span[2].isBefore(start))) {
                errors.put("start", "project.refused.milestonesOutside");
            }
            if (span[1] != null && span[1].isAfter(end)) {
                errors.put("plannedEnd", "project.refused.milestonesOutside");
            }
        }
        ProjectStatus status = Projects.parse(ProjectStatus.class, draft.status());
        if (status == null) {
            errors.put("status", "project.refused.status");
        }
        Classification classification = LabelFields.classification(subject, draft.classification(), errors);
        List<String> releasableTo = LabelFields.releasableTo(draft.releasableTo(), errors);
        if (!errors.isEmpty()) {
            throw new ProjectInvalidException(errors);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("title", title.toJson());
        params.put("description", Projects.text(draft.description()).toJson());
        params.put("host", host);
        params.put("partner", partner);
        params.put("companies", companies.toArray(Long[]::new));
        params.put("site", Projects.text(draft.site()).toJson());
        params.put("agreement", draft.agreementId());
        params.put("domain", domain);
        params.put("start", start);
        params.put("end", end);
        params.put("status", status.name());
        params.put("responsible", JSON.writeValueAsString(responsible));
        params.put("illustrative", draft.illustrative());
        return new Checked(params, new Label(classification, subject.nation(), Set.copyOf(releasableTo)));
    }
}
