package org.entente.workplans;

import java.util.Locale;
import org.entente.access.AccessPolicy;
import org.entente.shared.Subject;
import org.entente.shared.web.DeniedAs;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One activity through the API ({@code /api/v1/activities/{id}}): read it with its {@code ETag},
 * change it with {@code If-Match} (a stale one gets 412 with both versions, a missing one 428), and
 * approve it for a nation. Plans, their activity lists and proposals are {@link
 * WorkPlanApiController}'s; the list of activities across plans is {@link ActivityApiController}'s.
 */
@RestController
class ActivityRecordApiController {

    private final WorkPlans plans;
    private final AccessPolicy policy;
    private final WorkPlanApiController api;

    ActivityRecordApiController(WorkPlans plans, AccessPolicy policy, WorkPlanApiController api) {
        this.plans = plans;
        this.policy = policy;
        this.api = api;
    }

    @GetMapping("/api/v1/activities/{id}")
    ResponseEntity<?> activity(@AuthenticationPrincipal Subject reader, @PathVariable long id, Locale locale) {
        return plans.activity(reader, id)
                .<ResponseEntity<?>>map(a -> ResponseEntity.ok()
                        .eTag(WorkPlanApiController.etag(a.version()))
                        .body(WorkPlanApiController.ActivityJson.of(a)))
                .orElseGet(() -> api.notFound(locale));
    }

    /** Changes an activity; needs {@code If-Match} with the activity's ETag. */
    @PutMapping("/api/v1/activities/{id}")
    @DeniedAs(action = "workplans.activity.change", objectType = "activity")
    ResponseEntity<?> change(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody WorkPlanApiController.ActivityInput input,
            Locale locale) {
        var current = plans.activity(subject, id);
        if (current.isEmpty()) {
            return api.notFound(locale);
        }
        PlanSummary plan = plans.find(subject, current.get().planId()).orElseThrow();
        policy.mayWrite(subject, current.get().label(), plan.committeeId())
                .orThrow(
                        "workplans.activity.change",
                        "activity",
                        id,
                        current.get().label());
        if (ifMatch == null || ifMatch.isBlank()) {
            return ResponseEntity.of(
                            api.problem(HttpStatus.PRECONDITION_REQUIRED, "workplans.ifMatch.required", locale))
                    .build();
        }
        Integer expected = WorkPlanApiController.version(ifMatch);
        if (expected == null || expected != current.get().version()) { // the precondition, before any write
            return stale(current.get(), ifMatch, input, locale);
        }
        // a write that races past this check is refused by the store's lock: 409 by the API advice
        plans.change(subject, id, expected, input.draft());
        ActivitySummary changed = plans.activity(subject, id).orElseThrow();
        return ResponseEntity.ok()
                .eTag(WorkPlanApiController.etag(changed.version()))
                .body(WorkPlanApiController.ActivityJson.of(changed));
    }

    /** Approves an activity for the caller's nation (or {@code nation}); {@code If-Match} optional. */
    @PostMapping("/api/v1/activities/{id}/approvals")
    @DeniedAs(action = "workplans.activity.approve", objectType = "activity")
    ResponseEntity<?> approve(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestParam(required = false) String nation,
            Locale locale) {
        var current = plans.activity(subject, id);
        if (current.isEmpty()) {
            return api.notFound(locale);
        }
        Integer expected = null;
        if (ifMatch != null) {
            expected = WorkPlanApiController.version(ifMatch);
            if (expected == null || expected != current.get().version()) { // the precondition, before any write
                return stale(current.get(), ifMatch, null, locale);
            }
        }
        String forNation = nation == null ? subject.nation() : nation.strip().toUpperCase(Locale.ROOT);
        plans.approve(subject, id, forNation, expected); // a racing write: 409 by the API advice
        ActivitySummary approved = plans.activity(subject, id).orElseThrow();
        return ResponseEntity.ok()
                .eTag(WorkPlanApiController.etag(approved.version()))
                .body(WorkPlanApiController.ActivityJson.of(approved));
    }

    /** 412 with both versions: the caller's and the current one, as it is now. */
    private ResponseEntity<?> stale(ActivitySummary current, String ifMatch, Object yours, Locale locale) {
        ProblemDetail problem = api.problem(HttpStatus.PRECONDITION_FAILED, "workplans.stale", locale);
        problem.setProperty("yourVersion", ifMatch == null ? null : ifMatch.strip());
        problem.setProperty("currentVersion", WorkPlanApiController.etag(current.version()));
        if (yours != null) {
            problem.setProperty("yours", yours);
        }
        problem.setProperty("current", WorkPlanApiController.ActivityJson.of(current));
        return ResponseEntity.of(problem).build();
    }
}
