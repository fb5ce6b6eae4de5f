package org.entente.workplans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entente.shared.Limits;
import org.entente.shared.NotReadable;
import org.entente.shared.web.AtMost;
import org.entente.shared.web.IsoDate;
import org.entente.shared.web.LanguageTexts;

/**
 * The work plan pages' smaller forms as posted, every field as typed: a new plan, signing, an
 * indicator's actual value, an activity's approval and execution steps. Numbers and dates are
 * checked by their constraints, so reading them cannot fail.
 */
final class WorkPlanForms {

    /** An optional whole number as typed. */
    static final String NUMBER = "\\s*(-?[0-9]{1,9})?\\s*";

    /** An optional decimal number as typed. */
    static final String DECIMAL = "\\s*(-?[0-9]{1,15}(\\.[0-9]{1,6})?)?\\s*";

    private WorkPlanForms() {}

    /** A text that matched {@link #NUMBER}, or null when empty. */
    static Integer number(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The new plan form of the list page. */
    record PlanForm(
            @Size(max = Limits.CODE) String committee,

            @Pattern(regexp = NUMBER, message = "{workplans.plan.year.invalid}")
            String year,

            @Valid @AtMost(max = Limits.TITLE, message = "{limits.title}")
            LanguageTexts title) {

        static final PlanForm EMPTY = new PlanForm("", "", null);

        PlanForm {
            title = LanguageTexts.orEmpty(title);
        }

        /** The plan to create, or {@link WorkPlanRefusedException} naming the committee or year missing. */
        NewPlan plan() {
            var errors = new LinkedHashMap<String, String>();
            String id = ActivityForm.blankToNull(committee);
            if (id == null || !id.matches("[0-9]{1,18}")) {
                errors.put("committee", "workplans.plan.committee.required");
            }
            Integer number = number(year);
            if (number == null) {
                errors.put("year", "workplans.plan.year.invalid");
            }
            if (!errors.isEmpty()) {
                throw new WorkPlanRefusedException(errors);
            }
            return new NewPlan(Long.parseLong(id), number, ActivityForm.text(title), null, false);
        }

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            values.put("committee", orEmpty(committee));
            values.put("year", orEmpty(year));
            title.asMap().forEach((language, text) -> values.put("title." + language, text));
            return values;
        }
    }

    /** The signing form: the session, the plan's version, each party's signatory and capacity. */
    record SignForm(
            @Pattern(regexp = NUMBER, message = "{workplans.field.number}")
            String session,

            @Pattern(regexp = NUMBER, message = "{workplans.field.number}")
            String version,

            Map<String, @Size(max = Limits.NAME) String> signatory,
            Map<String, @Size(max = Limits.NAME) String> capacity) {

        static final SignForm EMPTY = new SignForm("", "", null, null);

        SignForm {
            signatory = signatory == null ? Map.of() : new TreeMap<>(signatory);
            capacity = capacity == null ? Map.of() : new TreeMap<>(capacity);
        }

        /** The signatories of the plan's parties, in the parties' order. */
        List<PlanSignatory> signatories(List<String> parties) {
            var signatories = new ArrayList<PlanSignatory>();
            for (String nation : parties) {
                signatories.add(new PlanSignatory(nation, signatory.get(nation), capacity.get(nation)));
            }
            return signatories;
        }

        /** The session chosen, or {@link WorkPlanRefusedException} when none is. */
        int sessionNumber() {
            Integer number = number(session);
            if (number == null) {
                throw WorkPlanRefusedException.of("session", "workplans.sign.session.unknown");
            }
            return number;
        }

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            values.put("session", orEmpty(session));
            values.put("version", orEmpty(version));
            signatory.forEach((nation, name) -> values.put("signatory." + nation, orEmpty(name)));
            capacity.forEach((nation, name) -> values.put("capacity." + nation, orEmpty(name)));
            return values;
        }
    }

    /** An indicator's actual value for a quarter. */
    record ActualForm(
            @Pattern(regexp = NUMBER, message = "{workplans.field.number}")
            String quarter,

            @Pattern(regexp = DECIMAL, message = "{workplans.field.number}")
            String value) {

        int quarterNumber() {
            Integer number = number(quarter);
            return number == null ? 0 : number;
        }

        BigDecimal amount() {
            return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
        }
    }

    /** An approval: the plan's version read, and the nation approving (the subject's by default). */
    record ApprovalForm(
            @Pattern(regexp = NUMBER, message = "{workplans.field.number}")
            String version,

            @Size(max = Limits.CODE) String nation) {}

    /** The execution steps of an activity: execute, postpone, cancel, report. */
    record ExecutionForm(
            @Pattern(regexp = NUMBER, message = "{workplans.field.number}")
            String version,

            @IsoDate(message = "{workplans.field.date}") String actualStart,
            @IsoDate(message = "{workplans.field.date}") String actualEnd,

            @Pattern(regexp = NUMBER, message = "{workplans.field.number}")
            String plannedQuarter,

            @IsoDate(message = "{workplans.field.date}") String plannedStart,
            @IsoDate(message = "{workplans.field.date}") String plannedEnd,

            @Valid @AtMost(max = Limits.SHORT_TEXT) LanguageTexts reason,

            @Size(max = Limits.TEXT) String outcomes,

            @Size(max = Limits.TEXT) String lessons,

            @Size(max = Limits.TEXT) String followUps) {

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            values.put("actualStart", orEmpty(actualStart));
            values.put("actualEnd", orEmpty(actualEnd));
            LanguageTexts.orEmpty(reason).asMap().forEach((language, text) -> values.put("reason." + language, text));
            return values;
        }
    }

    /** A decision on an amendment: the version read, the reason (to reject), the confirmation (to approve). */
    record DecisionForm(
            @Pattern(regexp = NUMBER, message = "{workplans.field.number}")
            String version,

            @Valid @AtMost(max = Limits.SHORT_TEXT) LanguageTexts reason,

            @Size(max = Limits.CODE) String confirm) {

        static final DecisionForm EMPTY = new DecisionForm(null, null, null);

        DecisionForm {
            reason = LanguageTexts.orEmpty(reason);
        }

        /**
         * The version the decider saw, read only once the binder's checks passed: a decision step
         * calls it, never the handler before {@code Forms.submit} has answered a refusal.
         */
        Integer seenVersion() {
            return number(version);
        }

        /** The reason as typed, keyed "reason.en"…, for the form shown again. */
        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            reason.asMap().forEach((language, text) -> values.put("reason." + language, text));
            return values;
        }

        boolean confirmed() {
            return confirm != null && !confirm.isBlank();
        }

        /**
         * What the page's decision ({@code approve}, {@code reject}, {@code withdraw}, the last part of
         * the path) does, the same for amendments and closings: any other word is a record that does
         * not exist.
         */
        static <T> T step(String decision, String objectType, int number, T approve, T reject, T withdraw) {
            return switch (decision) {
                case "approve" -> approve;
                case "reject" -> reject;
                case "withdraw" -> withdraw;
                default -> throw new NotReadable(objectType, number);
            };
        }
    }
}
