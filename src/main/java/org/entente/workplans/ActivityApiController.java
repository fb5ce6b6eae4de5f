package org.entente.workplans;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.entente.shared.Limits;
import org.entente.shared.Subject;
import org.entente.shared.api.ApiRequestInvalid;
import org.entente.shared.api.ListJson;
import org.entente.shared.api.Paging;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/activities}: the activities of every plan the caller may read, in the standard
 * list shape, filtered by {@code plan}, {@code committee}, {@code status} ({@code SCHEDULED} is the
 * users' word for {@code PLANNED}), {@code year} and {@code overdue}. A parameter that is not what
 * it should be is refused with a 400 problem naming it.
 */
@RestController
class ActivityApiController {

    static final String PATH = "/api/v1/activities";

    private final ActivityQueries activities;

    ActivityApiController(ActivityQueries activities) {
        this.activities = activities;
    }

    @GetMapping(PATH)
    ListJson<WorkPlanApiController.ActivityJson> list(
            @AuthenticationPrincipal Subject reader,
            @RequestParam(required = false) String plan,
            @RequestParam(required = false) String committee,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String overdue,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        var errors = new ArrayList<ApiRequestInvalid.FieldError>();
        Paging paging = Paging.of(page, size, errors);
        var query = new ActivityQueries.Query(
                id(plan, "plan", errors),
                id(committee, "committee", errors),
                status(status, errors),
                year(year, errors),
                flag(overdue, errors));
        if (!errors.isEmpty()) {
            throw new ApiRequestInvalid(errors);
        }
        var result = activities.page(reader, query, LocalDate.now(ZoneOffset.UTC), paging.page(), paging.size());
        return new ListJson<>(
                result.items().stream()
                        .map(WorkPlanApiController.ActivityJson::of)
                        .toList(),
                result.page(),
                result.size(),
                result.total());
    }

    private static Long id(String text, String field, List<ApiRequestInvalid.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().matches("0*[1-9][0-9]{0,17}")) {
            return Long.valueOf(text.strip());
        }
        errors.add(new ApiRequestInvalid.FieldError(field, "api.number.positive", field));
        return null;
    }

    private static Integer year(String text, List<ApiRequestInvalid.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().matches("[0-9]{4}")) {
            return Integer.valueOf(text.strip());
        }
        errors.add(new ApiRequestInvalid.FieldError("year", "api.activities.year", text));
        return null;
    }

    private static ActivityStatus status(String text, List<ApiRequestInvalid.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        ActivityStatus status =
                "SCHEDULED".equals(code) ? ActivityStatus.PLANNED : Limits.known(ActivityStatus.class, code);
        if (status == null) {
            errors.add(new ApiRequestInvalid.FieldError(
                    "status", "api.activities.status", text, "SCHEDULED, EXECUTED, POSTPONED, CANCELLED, ON_HOLD"));
        }
        return status;
    }

    private static Boolean flag(String text, List<ApiRequestInvalid.FieldError> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.add(new ApiRequestInvalid.FieldError("overdue", "api.activities.overdue", text));
                yield null;
            }
        };
    }
}
