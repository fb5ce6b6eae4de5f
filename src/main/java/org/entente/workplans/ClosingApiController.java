package org.entente.workplans;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.entente.shared.LocalizedText;
import org.entente.shared.OptionalTexts;
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
 * A plan's year-end closings through the API (api.md): the list, one closing with its {@code ETag},
 * proposing one (201 with its {@code Location}), approving it (the plan is then closed), rejecting it
 * with a reason, withdrawing one's own. {@code If-Match} is optional on decisions; a stale one gets
 * 412. Refusals (one's own closing, one decided, no reason, a proposal the activities' changes made
 * stale, another still pending) answer 422 naming the field; nothing is changed.
 */
@RestController
class ClosingApiController {

    /** One activity's decision: {@code CARRY_OVER} or {@code CANCEL}, and the reason per language. */
    record DecisionJson(
            long activity, String code, Map<String, String> title, String choice, Map<String, String> reason) {}

    record ClosingJson(
            long planId,
            int number,
            AmendmentStatus status,
            String proposedBy,
            PersonJson proposer,
            Instant proposedAt,
            List<DecisionJson> decisions,
            Map<String, String> reason,
            String decidedBy,
            PersonJson decider,
            Instant decidedAt,
            int version,
            LabelJson label) {

        static ClosingJson of(ClosingSummary c, Function<String, PersonJson> who) {
            return new ClosingJson(
                    c.planId(),
                    c.number(),
                    c.status(),
                    c.proposedBy(),
                    who.apply(c.proposer()),
                    c.proposedAt(),
                    c.items().stream()
                            .map(i -> new DecisionJson(
                                    i.activityId(),
                                    i.code(),
                                    i.title().values(),
                                    i.choice(),
                                    i.reason() == null ? null : i.reason().values()))
                            .toList(),
                    c.reason() == null ? null : c.reason().values(),
                    c.decidedBy(),
                    who.apply(c.decider()),
                    c.decidedAt(),
                    c.version(),
                    LabelJson.of(c.label()));
        }
    }

    /** The body of a proposal: a decision per activity still to be executed. */
    record ProposalInput(List<DecisionJson> decisions) {}

    private final WorkPlans plans;
    private final ClosingProposals closings;
    private final WorkPlanApiController api;
    private final DecisionApi<ClosingSummary> decisions;
    private final PersonNames people;

    ClosingApiController(WorkPlans plans, ClosingProposals closings, WorkPlanApiController api, PersonNames people) {
        this.people = people;
        this.plans = plans;
        this.closings = closings;
        this.api = api;
        this.decisions = new DecisionApi<>(
                plans,
                api,
                closings::history,
                closings::find,
                ClosingSummary::version,
                people,
                r -> java.util.Arrays.asList(r.proposer(), r.decider()),
                ClosingJson::of);
    }

    static String location(long planId, int number) {
        return "/api/v1/workplans/" + planId + "/closings/" + number;
    }

    @GetMapping("/api/v1/workplans/{id}/closings")
    ResponseEntity<?> list(@AuthenticationPrincipal Subject reader, @PathVariable long id, Locale locale) {
        return decisions.list(reader, id, locale);
    }

    @GetMapping("/api/v1/workplans/{id}/closings/{number}")
    ResponseEntity<?> one(
            @AuthenticationPrincipal Subject reader, @PathVariable long id, @PathVariable int number, Locale locale) {
        return decisions.one(reader, id, number, locale);
    }

    @PostMapping("/api/v1/workplans/{id}/closings")
    @DeniedAs(action = "workplans.closing.propose", objectType = "workplan")
    ResponseEntity<?> propose(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestBody(required = false) ProposalInput input,
            Locale locale) {
        if (plans.find(subject, id).isEmpty()) {
            return api.notFound(locale);
        }
        var choices = new HashMap<Long, String>();
        var reasons = new HashMap<Long, LocalizedText>();
        if (input != null && input.decisions() != null) {
            for (DecisionJson decision : input.decisions()) {
                if (decision == null) {
                    continue;
                }
                choices.put(decision.activity(), decision.choice());
                LocalizedText reason = OptionalTexts.typed(decision.reason());
                if (reason != null) {
                    reasons.put(decision.activity(), reason);
                }
            }
        }
        int number = closings.propose(subject, id, LocalDate.now(ZoneOffset.UTC), choices, reasons);
        ClosingSummary proposed = closings.readable(subject, id, number);
        return ResponseEntity.created(URI.create(location(id, number)))
                .eTag(WorkPlanApiController.etag(proposed.version()))
                .body(ClosingJson.of(
                        proposed,
                        DecisionApi.who(
                                people, subject, java.util.Arrays.asList(proposed.proposer(), proposed.decider()))));
    }

    @PostMapping("/api/v1/workplans/{id}/closings/{number}/approval")
    @DeniedAs(action = "workplans.closing.approve", objectType = "closing")
    ResponseEntity<?> approve(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Locale locale) {
        return decisions.decide(
                subject, id, number, ifMatch, locale, expected -> closings.approve(subject, id, number, expected));
    }

    @PostMapping("/api/v1/workplans/{id}/closings/{number}/rejection")
    @DeniedAs(action = "workplans.closing.reject", objectType = "closing")
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
                expected -> closings.reject(subject, id, number, expected, reason));
    }

    @PostMapping("/api/v1/workplans/{id}/closings/{number}/withdrawal")
    @DeniedAs(action = "workplans.closing.withdraw", objectType = "closing")
    ResponseEntity<?> withdraw(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Locale locale) {
        return decisions.decide(
                subject, id, number, ifMatch, locale, expected -> closings.withdraw(subject, id, number, expected));
    }
}
