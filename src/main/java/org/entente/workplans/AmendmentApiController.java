package org.entente.workplans;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.entente.shared.LocalizedText;
import org.entente.shared.PersonNames;
import org.entente.shared.Subject;
import org.entente.shared.api.LabelJson;
import org.entente.shared.api.PersonJson;
import org.entente.shared.web.DeniedAs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A signed plan's amendments through the API (api.md): the list, one amendment with its {@code
 * ETag}, approving and rejecting (with a reason). {@code If-Match} is optional; a stale one gets
 * 412 with both versions. Refusals (one's own amendment, one decided or withdrawn, no reason) answer
 * 422 naming the field; nothing is changed.
 */
@RestController
class AmendmentApiController {

    record AmendmentJson(
            long planId,
            int number,
            AmendmentStatus status,
            Long activityId,
            String activityCode,
            String proposedBy,
            PersonJson proposer,
            Instant proposedAt,
            WorkPlanApiController.ActivityInput changes,
            Map<String, String> reason,
            String decidedBy,
            PersonJson decider,
            Instant decidedAt,
            int version,
            LabelJson label,
            Integer answers,
            Integer answeredBy) {

        static AmendmentJson of(AmendmentSummary a, Function<String, PersonJson> who) {
            return new AmendmentJson(
                    a.planId(),
                    a.number(),
                    a.status(),
                    a.activityId(),
                    a.activityCode(),
                    a.proposedBy(),
                    who.apply(a.proposer()),
                    a.proposedAt(),
                    WorkPlanApiController.ActivityInput.of(a.changes()),
                    a.reason() == null ? null : a.reason().values(),
                    a.decidedBy(),
                    who.apply(a.decider()),
                    a.decidedAt(),
                    a.version(),
                    LabelJson.of(a.label()),
                    a.answers(),
                    a.answeredBy());
        }
    }

    private final WorkPlans plans;
    private final DecisionApi<AmendmentSummary> decisions;

    AmendmentApiController(WorkPlans plans, WorkPlanApiController api, PersonNames people) {
        this.plans = plans;
        this.decisions = new DecisionApi<>(
                plans,
                api,
                plans::amendmentsOf,
                plans::amendment,
                AmendmentSummary::version,
                people,
                r -> java.util.Arrays.asList(r.proposer(), r.decider()),
                AmendmentJson::of);
    }

    static String location(long planId, int number) {
        return "/api/v1/workplans/" + planId + "/amendments/" + number;
    }

    @GetMapping("/api/v1/workplans/{id}/amendments")
    ResponseEntity<?> list(@AuthenticationPrincipal Subject reader, @PathVariable long id, Locale locale) {
        return decisions.list(reader, id, locale);
    }

    @GetMapping("/api/v1/workplans/{id}/amendments/{number}")
    ResponseEntity<?> one(
            @AuthenticationPrincipal Subject reader, @PathVariable long id, @PathVariable int number, Locale locale) {
        return decisions.one(reader, id, number, locale);
    }

    @PostMapping("/api/v1/workplans/{id}/amendments/{number}/approval")
    @DeniedAs(action = "workplans.amendment.approve", objectType = "amendment")
    ResponseEntity<?> approve(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Locale locale) {
        return decisions.decide(
                subject,
                id,
                number,
                ifMatch,
                locale,
                expected -> plans.approveAmendment(subject, id, number, expected));
    }

    @PostMapping("/api/v1/workplans/{id}/amendments/{number}/rejection")
    @DeniedAs(action = "workplans.amendment.reject", objectType = "amendment")
    ResponseEntity<?> reject(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) DecisionApi.RejectionInput input,
            Locale locale) {
        LocalizedText reason = DecisionApi.RejectionInput.of(input);
        return decisions.decide(
                subject,
                id,
                number,
                ifMatch,
                locale,
                expected -> plans.rejectAmendment(subject, id, number, expected, reason));
    }
}
