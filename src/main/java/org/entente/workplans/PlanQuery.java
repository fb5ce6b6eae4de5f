package org.entente.workplans;

import org.entente.shared.Limits;

/**
 * What a plan's table (page and API) is asked for in its query string, as typed: filters, order,
 * grouping and page. An unknown quarter or status filters nothing on the page; the API refuses them.
 */
record PlanQuery(
        String quarter,
        String domain,
        String nation,
        String status,
        String awaiting,
        String sort,
        String group,
        String page,
        String size) {

    static final PlanQuery NONE = new PlanQuery(null, null, null, null, null, null, null, null, null);

    /** The filter the query names; what it cannot name filters nothing. */
    WorkPlans.Filter filter() {
        String q = ActivityForm.blankToNull(quarter);
        return new WorkPlans.Filter(
                q != null && q.matches("[0-9]{1,9}") ? Integer.valueOf(q) : null,
                ActivityForm.blankToNull(domain),
                ActivityForm.upper(nation),
                Limits.known(ActivityStatus.class, ActivityForm.blankToNull(status)),
                ActivityForm.upper(awaiting));
    }

    /** The order asked for, when it is one of the table's; else by code. */
    String sortOrCode() {
        return sort != null && WorkPlans.SORTS.containsKey(sort) ? sort : "code";
    }

    /** The value typed, or the default when none was. */
    static String or(String typed, String otherwise) {
        return typed == null || typed.isBlank() ? otherwise : typed;
    }
}
