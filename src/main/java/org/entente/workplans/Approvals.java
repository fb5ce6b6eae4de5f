package org.entente.workplans;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule 1, two-party approval, for one activity: an activity enters the plan when each party has
 * approved it, and a change withdraws the other parties' approvals (as a code review is dismissed
 * by a new commit). Built from the stored approvals and withdrawals; no Spring, no database:
 * {@code ApprovalsTest}.
 */
final class Approvals {

    private final List<String> parties;
    private final TreeSet<String> given;
    private final TreeSet<String> withdrawn;

    private Approvals(List<String> parties, List<String> given, List<String> withdrawn) {
        this.parties = List.copyOf(parties);
        this.given = new TreeSet<>(given);
        this.withdrawn = new TreeSet<>(withdrawn);
    }

    static Approvals of(List<String> parties, List<String> given, List<String> withdrawn) {
        return new Approvals(parties, given, withdrawn);
    }

    /** A new activity: approved by its proposer's party when the proposer may approve for it. */
    static Approvals proposed(List<String> parties, String nation, boolean approves) {
        var approvals = new Approvals(parties, List.of(), List.of());
        if (approves) {
            approvals.approve(nation);
        }
        return approvals;
    }

    /**
     * A party changed the activity: every other party's approval is withdrawn; the changer's own
     * stands when they may approve for it.
     *
     * @return the parties whose approval this change withdrew
     */
    Set<String> change(String nation, boolean approves) {
        var dismissed = new TreeSet<>(given);
        dismissed.remove(nation);
        withdrawn.addAll(dismissed);
        withdrawn.remove(nation);
        given.clear();
        if (approves) {
            given.add(nation);
        }
        return dismissed;
    }

    /**
     * A party approves.
     *
     * @return whether this changed anything (false when the party had already approved)
     */
    boolean approve(String nation) {
        if (nation == null || !parties.contains(nation)) {
            throw WorkPlanRefusedException.of("nation", "workplans.approve.notParty");
        }
        withdrawn.remove(nation);
        return given.add(nation);
    }

    /** Whether every party has approved. */
    boolean complete() {
        return given.containsAll(parties);
    }

    List<String> given() {
        return List.copyOf(given);
    }

    List<String> withdrawn() {
        return List.copyOf(withdrawn);
    }

    /** The parties that have not approved yet. */
    List<String> awaiting() {
        return parties.stream().filter(p -> !given.contains(p)).toList();
    }
}
