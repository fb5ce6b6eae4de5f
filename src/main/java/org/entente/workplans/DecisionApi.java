package org.entente.workplans;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.entente.shared.LocalizedText;
import org.entente.shared.OptionalTexts;
import org.entente.shared.PersonName;
import org.entente.shared.PersonNames;
import org.entente.shared.Subject;
import org.entente.shared.api.PersonJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * The API of a plan's decided records (amendments, closings), the same for each: the list, one
 * record with its {@code ETag}, and a decision (approve, reject, withdraw) under an optional {@code
 * If-Match}. The controllers keep their routes and what each decision calls; this answers them.
 *
 * @param <T> the record as read ({@link AmendmentSummary}, {@link ClosingSummary})
 */
final class DecisionApi<T> {

    /** Reads one record of a plan by its number, as the subject may see it. */
    interface One<T> {
        Optional<T> find(Subject reader, long planId, int number);
    }

    /** Reads every record of a plan, as the subject may see them. */
    interface All<T> {
        List<T> of(Subject reader, long planId);
    }

    /** The body of a rejection: the reason per language ({@code {"reason": {"ar": "…"}}}), like a title. */
    record RejectionInput(Map<String, String> reason) {

        /** The reason as typed, or null when the body or the reason is absent. */
        static LocalizedText of(RejectionInput input) {
            return input == null ? null : OptionalTexts.typed(input.reason());
        }
    }

    private final WorkPlans plans;
    private final WorkPlanApiController api;
    private final All<T> all;
    private final One<T> one;
    private final ToIntFunction<T> version;
    private final PersonNames people;
    private final Function<T, List<String>> accounts;
    private final BiFunction<T, Function<String, PersonJson>, Object> json;

    /**
     * @param accounts the accounts a record names (its proposer, its decider): shown as people
     * @param json the record as the API shows it, given who each account is to the caller
     */
    DecisionApi(
            WorkPlans plans,
            WorkPlanApiController api,
            All<T> all,
            One<T> one,
            ToIntFunction<T> version,
            PersonNames people,
            Function<T, List<String>> accounts,
            BiFunction<T, Function<String, PersonJson>, Object> json) {
        this.plans = plans;
        this.api = api;
        this.all = all;
        this.one = one;
        this.version = version;
        this.people = people;
        this.accounts = accounts;
        this.json = json;
    }

    /**
     * Who the accounts are to the reader, as the API shows a person (nation, name, rank, function;
     * the name empty for a person the reader may not know), never a login; null for no account. One
     * query for them all.
     */
    static Function<String, PersonJson> who(PersonNames people, Subject reader, Collection<String> accounts) {
        List<String> named =
                accounts.stream().filter(Objects::nonNull).distinct().toList();
        Map<String, PersonName> names = named.isEmpty() ? Map.of() : people.ofAccounts(reader, named);
        return account -> account == null ? null : PersonJson.of(names.get(account));
    }

    private List<Object> json(Subject reader, List<T> records) {
        var known = who(
                people,
                reader,
                records.stream().flatMap(r -> accounts.apply(r).stream()).toList());
        return records.stream().map(r -> json.apply(r, known)).toList();
    }

    private Object json(Subject reader, T record) {
        return json(reader, List.of(record)).get(0);
    }

    /** The plan's records in order: 404 when the caller may not read the plan. */
    ResponseEntity<?> list(Subject reader, long id, Locale locale) {
        if (plans.find(reader, id).isEmpty()) {
            return api.notFound(locale);
        }
        List<Object> items = json(reader, all.of(reader, id));
        return ResponseEntity.ok(new WorkPlanApiController.ListJson<>(items, 0, items.size(), items.size()));
    }

    /** One record with its {@code ETag}: 404 when the caller may not read it. */
    ResponseEntity<?> one(Subject reader, long id, int number, Locale locale) {
        return one.find(reader, id, number)
                .<ResponseEntity<?>>map(r -> ResponseEntity.ok()
                        .eTag(WorkPlanApiController.etag(version.applyAsInt(r)))
                        .body(json(reader, r)))
                .orElseGet(() -> api.notFound(locale));
    }

    /**
     * A decision: 404 when the caller may not read the record, 412 with both versions when {@code
     * If-Match} is stale (checked before any write), else the decision and the record as it stands
     * then.
     */
    ResponseEntity<?> decide(
            Subject subject, long id, int number, String ifMatch, Locale locale, Consumer<Integer> decision) {
        var current = one.find(subject, id, number);
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
                problem.setProperty("current", json(subject, current.get()));
                return ResponseEntity.of(problem).build();
            }
        }
        decision.accept(expected); // a write that races past the check: 409 by the API advice
        T decided = one.find(subject, id, number).orElseThrow();
        return ResponseEntity.ok()
                .eTag(WorkPlanApiController.etag(version.applyAsInt(decided)))
                .body(json(subject, decided));
    }
}
