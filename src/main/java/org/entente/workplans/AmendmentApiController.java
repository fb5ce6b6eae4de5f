package org.entente.workplans;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.shared.Subject;
import org.entente.shared.api.LabelJson;
import org.entente.shared.web.DeniedAs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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
            String proposer,
            Instant proposedAt,
            WorkPlanApiController.ActivityInput changes,
            Map<String, String> reason,
            String decidedBy,
            String decider,
            Instant decidedAt,
            int version,
            LabelJson label) {

        static AmendmentJson of(AmendmentSummary a) {
            return new AmendmentJson(
                    a.planId(),
                    a.number(),
                    a.status(),
                    a.activityId(),
                    a.activityCode(),
                    a.proposedBy(),
                    a.proposer(),
                    a.proposedAt(),
                    WorkPlanApiController.ActivityInput.of(a.changes()),
                    a.reason() == null ? null : a.reason().values(),
                    a.decidedBy(),
                    a.decider(),
                    a.decidedAt(),
                    a.version(),
                    LabelJson.of(a.label()));
        }
    }

    /** The body of a rejection: the reason per language ({@code {"reason": {"ar": "…"}}}), like a title. */
    record RejectionInput(Map<String, String> reason) {}

    private final WorkPlans plans;
    private final WorkPlanApiController api;

    AmendmentApiController(WorkPlans plans, WorkPlanApiController api) {
        this.plans = plans;
        this.api = api;
    }

    static String location(long planId, int number) {
        return "/api/v1/workplans/" + planId + "/amendments/" + number;
    }

    @GetMapping("/api/v1/workplans/{id}/amendments")
    ResponseEntity<?> list(@AuthenticationPrincipal Subject reader, @PathVariable long id, Locale locale) {
        if (plans.find(reader, id).isEmpty()) {
            return api.notFound(locale);
        }
        List<AmendmentJson> items =
                plans.amendmentsOf(reader, id).stream().map(AmendmentJson::of).toList();
        return ResponseEntity.ok(new WorkPlanApiController.ListJson<>(items, 0, items.size(), items.size()));
    }

    @GetMapping("/api/v1/workplans/{id}/amendments/{number}")
    ResponseEntity<?> one(
            @AuthenticationPrincipal Subject reader, @PathVariable long id, @PathVariable int number, Locale locale) {
        return plans.amendment(reader, id, number)
                .<ResponseEntity<?>>map(a -> ResponseEntity.ok()
                        .eTag(WorkPlanApiController.etag(a.version()))
                        .body(AmendmentJson.of(a)))
                .orElseGet(() -> api.notFound(locale));
    }

    @PostMapping("/api/v1/workplans/{id}/amendments/{number}/approval")
    @DeniedAs(action = "workplans.amendment.approve", objectType = "amendment")
    ResponseEntity<?> approve(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @PathVariable int number,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Locale locale) {
        return decide(
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
            @RequestBody(required = false) RejectionInput input,
            Locale locale) {
        org.entente.shared.LocalizedText reason =
                input == null ? null : org.entente.shared.OptionalTexts.typed(input.reason());
        return decide(
                subject,
                id,
                number,
                ifMatch,
                locale,
                expected -> plans.rejectAmendment(subject, id, number, expected, reason));
    }

    private ResponseEntity<?> decide(
            Subject subject,
            long id,
            int number,
            String ifMatch,
            Locale locale,
            java.util.function.Consumer<Integer> decision) {
        return decided(
                api,
                () -> plans.amendment(subject, id, number),
                AmendmentSummary::version,
                AmendmentJson::of,
                ifMatch,
                locale,
                decision);
    }

    /**
     * A decision through the API on a record with a version (an amendment, a closing): 404 when the
     * caller may not read it, 412 with both versions when {@code If-Match} is stale (checked before
     * any write), else the decision and the record as it stands then.
     */
    static <T> ResponseEntity<?> decided(
            WorkPlanApiController api,
            java.util.function.Supplier<java.util.Optional<T>> read,
            java.util.function.ToIntFunction<T> version,
            java.util.function.Function<T, Object> json,
            String ifMatch,
            Locale locale,
            java.util.function.Consumer<Integer> decision) {
        var current = read.get();
        if (current.isEmpty()) {
            return api.notFound(locale);
        }
        Integer expected = null;
        if (ifMatch != null) {
            expected = WorkPlanApiController.version(ifMatch);
            int now = version.applyAsInt(current.get());
            if (expected == null || expected != now) { // the precondition, before any write
                ProblemDetail problem = api.problem(HttpStatus.PRECONDITION_FAILED, "workplans.stale", locale);
                problem.setProperty("yourVersion", ifMatch.strip());
                problem.setProperty("currentVersion", WorkPlanApiController.etag(now));
                problem.setProperty("current", json.apply(current.get()));
                return ResponseEntity.of(problem).build();
            }
        }
        decision.accept(expected); // a write that races past the check: 409 by the API advice
        T decided = read.get().orElseThrow();
        return ResponseEntity.ok()
                .eTag(WorkPlanApiController.etag(version.applyAsInt(decided)))
                .body(json.apply(decided));
    }
}
