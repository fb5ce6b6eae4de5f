package org.entente.workplans;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entente.shared.LocalizedText;
import org.entente.shared.Subject;
import org.entente.shared.Translator;
import org.entente.shared.api.LabelJson;
import org.entente.shared.web.DeniedAs;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The work plans' API (api.md): lists of what the caller may read, a plan's activities, and
 * proposals; one activity, written with {@code If-Match} and the record's {@code ETag} so that two
 * planners never silently overwrite each other, is {@link ActivityRecordApiController}'s. The
 * JSON shapes, ETags and problem answers here serve the module's other API controllers too.
 */
@RestController
class WorkPlanApiController {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    record PlanJson(
            long id,
            long committeeId,
            String committeeCode,
            int year,
            Map<String, String> title,
            List<String> parties,
            PlanStatus status,
            Integer signedSession,
            LocalDate signedOn,
            List<PlanSignatory> signatories,
            String baselineSha256,
            int activities,
            int approvedByAllParties,
            boolean illustrative,
            int version,
            LabelJson label) {
        static PlanJson of(PlanSummary p) {
            return new PlanJson(
                    p.id(),
                    p.committeeId(),
                    p.committeeCode(),
                    p.year(),
                    p.title().values(),
                    p.parties(),
                    p.status(),
                    p.signedSession(),
                    p.signedOn(),
                    p.signatories(),
                    p.baselineSha256(),
                    p.activities(),
                    p.approved(),
                    p.illustrative(),
                    p.version(),
                    LabelJson.of(p.label()));
        }
    }

    record ActivityJson(
            long id,
            long planId,
            String code,
            Map<String, String> title,
            Map<String, String> description,
            ActivityType type,
            String domain,
            List<Long> objectiveIds,
            String leadNation,
            String hostNation,
            Map<String, String> city,
            Integer plannedQuarter,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate actualStart,
            LocalDate actualEnd,
            Map<String, Integer> participants,
            String costBearer,
            ActivityStatus status,
            ActivityStatus statusBeforeHold,
            boolean needsReplanning,
            Map<String, String> reason,
            List<String> approvals,
            List<String> withdrawnApprovals,
            String proposedBy,
            Integer amendmentNumber,
            ActivitySummary.Report report,
            boolean illustrative,
            int version,
            LabelJson label) {
        static ActivityJson of(ActivitySummary a) {
            return new ActivityJson(
                    a.id(),
                    a.planId(),
                    a.code(),
                    a.title().values(),
                    a.description().values(),
                    a.type(),
                    a.domain(),
                    a.objectiveIds(),
                    a.leadNation(),
                    a.hostNation(),
                    a.city().values(),
                    a.plannedQuarter(),
                    a.plannedStart(),
                    a.plannedEnd(),
                    a.actualStart(),
                    a.actualEnd(),
                    a.participants(),
                    a.costBearer(),
                    a.status(),
                    a.statusBeforeHold(),
                    a.needsReplanning(),
                    a.reason() == null ? null : a.reason().values(),
                    a.approvals(),
                    a.withdrawn(),
                    a.proposedBy(),
                    a.amendmentNumber(),
                    a.report(),
                    a.illustrative(),
                    a.version(),
                    LabelJson.of(a.label()));
        }
    }

    record ListJson<T>(List<T> items, int page, int size, long total) {}

    /** An activity as written through the API: multilingual text as {@code {"ar": …, "en": …}}. */
    record ActivityInput(
            Map<String, String> title,
            Map<String, String> description,
            ActivityType type,
            String domain,
            List<Long> objectiveIds,
            String leadNation,
            String hostNation,
            Map<String, String> city,
            Integer plannedQuarter,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            Map<String, Integer> participants,
            String costBearer) {

        static ActivityInput of(ActivityDraft d) {
            return new ActivityInput(
                    d.title().values(),
                    d.description().values(),
                    d.type(),
                    d.domain(),
                    d.objectiveIds(),
                    d.leadNation(),
                    d.hostNation(),
                    d.city().values(),
                    d.plannedQuarter(),
                    d.plannedStart(),
                    d.plannedEnd(),
                    d.participants(),
                    d.costBearer());
        }

        ActivityDraft draft() {
            return new ActivityDraft(
                    text(title),
                    text(description),
                    type,
                    domain,
                    objectiveIds,
                    leadNation,
                    hostNation,
                    text(city),
                    plannedQuarter,
                    plannedStart,
                    plannedEnd,
                    participants,
                    costBearer);
        }

        private static LocalizedText text(Map<String, String> values) {
            return new LocalizedText(values == null ? Map.of() : values);
        }
    }

    private final WorkPlans plans;
    private final Translator messages;
    private final org.entente.shared.PersonNames people;

    WorkPlanApiController(WorkPlans plans, Translator messages, org.entente.shared.PersonNames people) {
        this.plans = plans;
        this.messages = messages;
        this.people = people;
    }

    @GetMapping("/api/v1/workplans")
    ResponseEntity<?> list(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "" + DEFAULT_SIZE) String size,
            @RequestParam(required = false) String committee,
            Locale locale) {
        var errors = new ArrayList<Map<String, String>>();
        int pageNumber = number(page, "page", 0, errors, locale);
        int pageSize = number(size, "size", 1, errors, locale);
        Long committeeId = null;
        if (committee != null) {
            int parsed = number(committee, "committee", 1, errors, locale);
            committeeId = parsed < 0 ? null : (long) parsed;
        }
        if (!errors.isEmpty()) {
            return invalid(HttpStatus.BAD_REQUEST, errors, locale);
        }
        var result = plans.plans(reader, committeeId, pageNumber, Math.min(pageSize, MAX_SIZE));
        return ResponseEntity.ok(new ListJson<>(
                result.items().stream().map(PlanJson::of).toList(), result.page(), result.size(), result.total()));
    }

    @GetMapping("/api/v1/workplans/{id}")
    ResponseEntity<?> one(@AuthenticationPrincipal Subject reader, @PathVariable long id, Locale locale) {
        return plans.find(reader, id)
                .<ResponseEntity<?>>map(
                        p -> ResponseEntity.ok().eTag(etag(p.version())).body(PlanJson.of(p)))
                .orElseGet(() -> notFound(locale));
    }

    @GetMapping("/api/v1/workplans/{id}/activities")
    ResponseEntity<?> activities(
            @AuthenticationPrincipal Subject reader, @PathVariable long id, PlanQuery query, Locale locale) {
        if (plans.find(reader, id).isEmpty()) {
            return notFound(locale);
        }
        var errors = new ArrayList<Map<String, String>>();
        int pageNumber = number(PlanQuery.or(query.page(), "0"), "page", 0, errors, locale);
        int pageSize = number(PlanQuery.or(query.size(), "" + DEFAULT_SIZE), "size", 1, errors, locale);
        String quarter = PlanQuery.or(query.quarter(), "");
        if (!quarter.isBlank() && !List.of("1", "2", "3", "4").contains(quarter.strip())) {
            errors.add(error("quarter", "workplans.quarter.invalid", locale));
        }
        if (!errors.isEmpty()) {
            return invalid(HttpStatus.BAD_REQUEST, errors, locale);
        }
        List<ActivitySummary> all = plans.activitiesOf(reader, id, query.filter(), PlanQuery.or(query.sort(), "code"));
        int size = Math.min(pageSize, MAX_SIZE);
        List<ActivityJson> items = all.stream()
                .skip((long) pageNumber * size)
                .limit(size)
                .map(ActivityJson::of)
                .toList();
        return ResponseEntity.ok(new ListJson<>(items, pageNumber, size, all.size()));
    }

    @PostMapping("/api/v1/workplans/{id}/activities")
    @DeniedAs(action = "workplans.activity.create", objectType = "workplan")
    ResponseEntity<?> propose(
            @AuthenticationPrincipal Subject subject,
            @PathVariable long id,
            @RequestBody ActivityInput input,
            @org.springframework.web.bind.annotation.RequestParam(name = "answers", required = false) Integer answers,
            Locale locale) {
        PlanSummary plan = plans.find(subject, id).orElse(null);
        if (plan == null) {
            return notFound(locale);
        }
        var submitted = plans.submit(subject, id, null, null, input.draft(), answers);
        if (submitted.isAmendment()) { // a proposal to a signed plan is an amendment the other party decides
            int number = submitted.amendment();
            AmendmentSummary amendment = plans.amendment(subject, id, number).orElseThrow();
            return ResponseEntity.accepted()
                    .location(URI.create(AmendmentApiController.location(id, number)))
                    .eTag(etag(amendment.version()))
                    .body(AmendmentApiController.AmendmentJson.of(
                            amendment,
                            DecisionApi.who(
                                    people,
                                    subject,
                                    java.util.Arrays.asList(amendment.proposer(), amendment.decider()))));
        }
        long activity = submitted.activity();
        ActivitySummary created = plans.activity(subject, activity).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/activities/" + activity))
                .eTag(etag(created.version()))
                .body(ActivityJson.of(created));
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** The version an {@code If-Match} names, or null when it names none we issued. */
    static Integer version(String ifMatch) {
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        return tag.matches("[0-9]{1,9}") ? Integer.valueOf(tag) : null;
    }

    ResponseEntity<?> notFound(Locale locale) {
        return ResponseEntity.of(problem(HttpStatus.NOT_FOUND, "api.notFound", locale))
                .build();
    }

    private ResponseEntity<?> invalid(HttpStatus status, List<Map<String, String>> errors, Locale locale) {
        ProblemDetail problem = problem(status, "api.invalid", locale);
        problem.setProperty("errors", errors);
        return ResponseEntity.of(problem).build();
    }

    private Map<String, String> error(String field, String key, Locale locale) {
        return Map.of(
                "field",
                field,
                "message",
                messages.t(locale, "workplans.field." + field) + ": " + messages.t(locale, key));
    }

    private int number(String value, String field, int min, List<Map<String, String>> errors, Locale locale) {
        String digits = value.strip();
        if (digits.matches("-?[0-9]{1,9}") && Integer.parseInt(digits) >= min) {
            return Integer.parseInt(digits);
        }
        errors.add(Map.of(
                "field",
                field,
                "message",
                messages.t(locale, min == 0 ? "api.number.notNegative" : "api.number.positive", field)));
        return -1;
    }

    ProblemDetail problem(HttpStatus status, String key, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.t(locale, key));
        problem.setTitle(messages.t(locale, "api.status." + status.value()));
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
