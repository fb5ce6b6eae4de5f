package org.entente.workplans;

import java.util.List;
import org.entente.shared.web.FormErrors;

/**
 * The fields of the activity form ({@code workplans/activityFields.jte}: propose, change, propose
 * again) in the order the form shows them, to say which refused field the page lands on and which
 * message each control is described by.
 */
public final class ProposalFields {

    /** The form's fields, top to bottom. */
    public static final List<String> IN_ORDER = List.of(
            "title",
            "description",
            "type",
            "domain",
            "objectiveIds",
            "leadNation",
            "hostNation",
            "city",
            "plannedQuarter",
            "plannedStart",
            "plannedEnd",
            "participants",
            "costBearer");

    private ProposalFields() {}

    /** The first field of the form, top to bottom, with an error; null when none of them has one. */
    public static String firstRefused(FormErrors errors) {
        return IN_ORDER.stream().filter(errors::has).findFirst().orElse(null);
    }

    /** The id of the message beside the field ({@code form/fieldError.jte}), or null when it has none. */
    public static String errorId(FormErrors errors, String field) {
        return errors.messageId(field);
    }

    /** An {@code aria-describedby} of the field's hint (when it has one) and its message (when refused). */
    public static String describedBy(FormErrors errors, String field, String hint) {
        return errors.describedBy(field, hint);
    }
}
