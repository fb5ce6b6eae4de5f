package org.entente.committees;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.entente.shared.Limits;
import org.entente.shared.Refused;
import org.entente.shared.web.AtMost;
import org.entente.shared.web.IsoDate;
import org.entente.shared.web.LanguageTexts;

/**
 * The forms of a session's pages as posted, every field as typed so that a refused form comes back
 * as typed. Bean Validation checks the shape (lengths, numbers, days that exist); the services
 * ({@link Sessions}, {@link ActionItems}) check the rules and refuse each bad field by name.
 */
final class SessionForms {

    /** A whole number as typed, or nothing (the service says when one is needed). */
    static final String NUMBER = "\\s*[0-9]{0,9}\\s*";

    private SessionForms() {}

    /** Planning the next session. */
    record Plan(
            @Pattern(regexp = NUMBER, message = "{session.refused.numberMissing}")
            String number,

            @IsoDate(message = "{session.refused.date}") String startDate,
            @IsoDate(message = "{session.refused.date}") String endDate,

            @Size(max = Limits.CODE) String hostNation,

            @Valid @AtMost(max = Limits.NAME) LanguageTexts city,
            @Valid @AtMost(max = Limits.NAME) LanguageTexts venue,

            @Size(max = Limits.CODE) String status,

            // The version of the details the Edit form was read at (hidden); planning has none.
            @Pattern(regexp = NUMBER, message = "{session.refused.version}")
            String version) {

        Plan {
            number = orEmpty(number);
            startDate = orEmpty(startDate);
            endDate = orEmpty(endDate);
            hostNation = orEmpty(hostNation);
            city = LanguageTexts.orEmpty(city);
            venue = LanguageTexts.orEmpty(venue);
            status = orEmpty(status);
            version = orEmpty(version);
        }

        /** The form of the next session: the number and host the alternation suggests. */
        static Plan suggested(Sessions.Suggestion next) {
            return new Plan(
                    Integer.toString(next.number()), "", "", orEmpty(next.hostNation()), null, null, "PLANNED", "");
        }

        /** The form of a session's own details as they stand at this version (the number is not changed). */
        static Plan of(SessionDetails details, int version) {
            return new Plan(
                    "",
                    details.startDate().toString(),
                    details.endDate().toString(),
                    details.hostNation(),
                    LanguageTexts.ofOptional(details.city()),
                    LanguageTexts.ofOptional(details.venue()),
                    details.status().name(),
                    Integer.toString(version));
        }

        /** The version the form was read at, or null when it does not say. */
        Integer seenVersion() {
            return whole(version);
        }

        /**
         * The session as the service takes it.
         *
         * @throws Refused when the status is none of the session statuses
         */
        Sessions.SessionDraft draft() {
            SessionStatus chosen = status.isBlank() ? SessionStatus.PLANNED : choice(SessionStatus.class, status);
            if (chosen == null) {
                throw Refused.field("status", "session.refused.status");
            }
            return new Sessions.SessionDraft(
                    whole(number),
                    IsoDate.Check.day(startDate),
                    IsoDate.Check.day(endDate),
                    code(hostNation),
                    CommitteeForm.texts(city),
                    CommitteeForm.texts(venue),
                    chosen);
        }

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            values.put("number", number);
            values.put("startDate", startDate);
            values.put("endDate", endDate);
            values.put("hostNation", hostNation);
            city.asMap().forEach((language, text) -> values.put("city." + language, text));
            venue.asMap().forEach((language, text) -> values.put("venue." + language, text));
            values.put("status", status);
            values.put("version", version);
            return values;
        }
    }

    /** A delegate added to a delegation. */
    record Delegate(
            @Size(max = Limits.CODE) String nation,

            @Valid @AtMost(max = Limits.NAME) LanguageTexts name,

            @Size(max = Limits.CODE) String role,

            // notify18d: the person record the delegate is (their account is invited), or none.
            @Pattern(regexp = "\\s*[0-9]{0,18}\\s*", message = "{delegate.refused.person}")
            String person) {

        Delegate {
            nation = orEmpty(nation);
            name = LanguageTexts.orEmpty(name);
            role = orEmpty(role);
            person = orEmpty(person);
        }

        /** The person chosen, or null for a delegate known only by the name typed. */
        Long personId() {
            return person.isBlank() ? null : Long.valueOf(person.strip());
        }

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            values.put("nation", nation);
            values.putAll(name.fields("name"));
            values.put("role", role);
            values.put("person", person);
            return values;
        }
    }

    /** An agenda item, or a slot of the programme (which also has a day and a kind). */
    record Item(
            @IsoDate(message = "{programme.refused.day}") String day,

            @Size(max = Limits.CODE) String kind,

            @Valid @AtMost(max = Limits.TITLE) LanguageTexts title) {

        Item {
            day = orEmpty(day);
            kind = orEmpty(kind);
            title = LanguageTexts.orEmpty(title);
        }

        /** The fields as typed, named {@code agenda.title.en} (after the form) since both forms share a page. */
        Map<String, String> values(String form) {
            var values = new LinkedHashMap<String, String>();
            values.put(form + ".day", day);
            values.put(form + ".kind", kind);
            title.asMap().forEach((language, text) -> values.put(form + ".title." + language, text));
            return values;
        }
    }

    /**
     * What the minutes editor posts: the two languages shown side by side, and the minutes,
     * decision or corrigendum typed in each.
     */
    record Minutes(
            @Size(max = Limits.CODE) String left,

            @Size(max = Limits.CODE) String right,

            @Valid @AtMost(max = Limits.TEXT) LanguageTexts body,
            @Valid @AtMost(max = Limits.TEXT) LanguageTexts decision,
            @Valid @AtMost(max = Limits.TEXT) LanguageTexts corrigendum) {

        Minutes {
            body = LanguageTexts.orEmpty(body);
            decision = LanguageTexts.orEmpty(decision);
            corrigendum = LanguageTexts.orEmpty(corrigendum);
        }

        /** The left language shown, Arabic unless one of the minutes' languages was asked. */
        String leftLanguage() {
            return pair(left, "ar");
        }

        /** The right language shown, French unless one of the minutes' languages was asked. */
        String rightLanguage() {
            return pair(right, "fr");
        }

        /** The text typed in one language of a posted field. */
        static String in(LanguageTexts texts, String language) {
            return texts.asMap().getOrDefault(language, "");
        }
    }

    /** An action item recorded at a session. */
    record Action(
            @Valid @AtMost(max = Limits.TITLE) LanguageTexts title,

            @Pattern(regexp = NUMBER, message = "{action.refused.noDecision}")
            String decision,

            @Size(max = Limits.CODE) String party,

            @Valid @AtMost(max = Limits.NAME) LanguageTexts responsible,

            @IsoDate(message = "{action.refused.dueMissing}")
            String dueDate) {

        Action {
            title = LanguageTexts.orEmpty(title);
            decision = orEmpty(decision);
            party = orEmpty(party);
            responsible = LanguageTexts.orEmpty(responsible);
            dueDate = orEmpty(dueDate);
        }

        ActionItems.ActionDraft draft(int sessionNumber) {
            return new ActionItems.ActionDraft(
                    sessionNumber,
                    whole(decision),
                    CommitteeForm.texts(title),
                    code(party),
                    responsible.typed(),
                    IsoDate.Check.day(dueDate));
        }

        Map<String, String> values() {
            var values = new LinkedHashMap<String, String>();
            values.putAll(title.fields("title"));
            values.put("decision", decision.strip());
            values.put("party", party);
            values.putAll(responsible.fields("responsible"));
            values.put("dueDate", dueDate);
            return values;
        }
    }

    /** A party moving its own action item on. */
    record ActionUpdate(
            @Size(max = Limits.CODE) String status,

            @Size(max = Limits.SHORT_TEXT) String note) {

        /** The status chosen, or null for none or an unknown one (the service refuses it). */
        ActionStatus chosen() {
            return status == null ? null : choice(ActionStatus.class, status);
        }
    }

    /** One of the enum's constants by its name as typed, or null when it names none. */
    static <E extends Enum<E>> E choice(Class<E> type, String typed) {
        if (typed == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(typed.strip())) {
                return constant;
            }
        }
        return null;
    }

    /** A language of the minutes, or the one to show otherwise. */
    static String pair(String language, String otherwise) {
        // List.of(...).contains(null) throws: a form that posts no language gets the default.
        return language != null && Sessions.LANGUAGES.contains(language) ? language : otherwise;
    }

    /** A number the form's pattern let through, or null for none. */
    private static Integer whole(String typed) {
        return typed.isBlank() ? null : Integer.valueOf(typed.strip());
    }

    private static String code(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT);
    }

    private static String orEmpty(String typed) {
        return typed == null ? "" : typed;
    }
}
