package org.entente.access;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.BooleanSupplier;
import org.entente.identity.CommitteeRole;
import org.entente.identity.CommitteeRoles;
import org.entente.identity.SignedInUser;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Subject;
import org.springframework.stereotype.Component;

/**
 * The policy decision point: every path out of Entente (pages, fragments, API, counts, exports)
 * asks it, and it denies by default.
 *
 * <ul>
 *   <li><b>read</b>: clearance at least the classification, and the reader's nation the owner or
 *       among the releasable-to nations;
 *   <li><b>write</b>: read, and administrator, planner or contributor of the committee;
 *   <li><b>write a nation's record</b> (an organization, a person, which belong to no committee):
 *       read, of the owner nation, and that nation's administrator or a planner;
 *   <li><b>approve</b>: read, planner of the committee, and only for one's own nation;
 *   <li><b>relabel</b>: planner or administrator of the committee, of the owner nation, keeping
 *       the owner, never above one's own clearance;
 *   <li><b>manage agreements</b>: read, of the owner nation, and an account administrator or a
 *       planner of some committee (agreements have no roles of their own).
 * </ul>
 */
@Component
public class AccessPolicy {

    private static final Set<CommitteeRole> WRITERS =
            Set.of(CommitteeRole.ADMINISTRATOR, CommitteeRole.PLANNER, CommitteeRole.CONTRIBUTOR);
    private static final Set<CommitteeRole> RELABELLERS = Set.of(CommitteeRole.ADMINISTRATOR, CommitteeRole.PLANNER);

    private static final String ADMINISTRATOR = "ROLE_ADMINISTRATOR";

    private final CommitteeRoles roles;

    AccessPolicy(CommitteeRoles roles) {
        this.roles = roles;
    }

    public boolean mayRead(Subject subject, Label label) {
        return subject != null && label != null && label.readableBy(subject.nation(), subject.clearance());
    }

    public Decision mayWrite(Subject subject, Label label, long committeeId) {
        if (!mayRead(subject, label)) {
            return Decision.deny("access.notReadable");
        }
        if (roles.rolesOf(subject.username(), committeeId).stream().noneMatch(WRITERS::contains)) {
            return Decision.deny("access.noWriteRole");
        }
        return Decision.ALLOW;
    }

    /**
     * Changing a committee's record in place (a session's own details): a writer of the committee
     * of the nation that owns the record. The database lets a nation change only the rows it owns,
     * so a partner's writer is told so rather than changing nothing.
     */
    public Decision mayChange(Subject subject, Label label, long committeeId) {
        Decision write = mayWrite(subject, label, committeeId);
        if (!write.allowed()) {
            return write;
        }
        return ownerNationOf(subject, label) ? Decision.ALLOW : Decision.deny("access.ownerNationOnly");
    }

    /**
     * Writing a record that belongs to a nation rather than to a committee (its organizations and
     * people): the owner nation's administrators and planners (a planner of any committee), nobody
     * from another nation even when the record is released to it.
     */
    public Decision mayWriteNationRecord(Subject subject, Label label) {
        if (!mayRead(subject, label)) {
            return Decision.deny("access.notReadable");
        }
        if (!ownerNationOf(subject, label)) {
            return Decision.deny("access.ownerNationOnly");
        }
        if (!administers(subject) && !roles.holdsAnywhere(subject.username(), CommitteeRole.PLANNER)) {
            return Decision.deny("access.noNationWriteRole");
        }
        return Decision.ALLOW;
    }

    public Decision mayApproveFor(Subject subject, String nation, Label label, long committeeId) {
        return approval(
                subject,
                nation,
                label,
                () -> roles.rolesOf(subject.username(), committeeId).contains(CommitteeRole.PLANNER));
    }

    /**
     * {@link #mayApproveFor} the subject's own nation, asked of many plans at once (the to-do list):
     * the committees where the subject is a planner are read once here, not once per plan, and each
     * answer is the same rule's.
     */
    public BiPredicate<Label, Long> approverForOwnNation(Subject subject) {
        Set<Long> planning = roles.committeesWith(subject.username(), CommitteeRole.PLANNER);
        return (label, committeeId) -> approval(subject, subject.nation(), label, () -> planning.contains(committeeId))
                .allowed();
    }

    private Decision approval(Subject subject, String nation, Label label, BooleanSupplier planner) {
        if (!mayRead(subject, label)) {
            return Decision.deny("access.notReadable");
        }
        if (!speaksFor(subject, nation)) {
            return Decision.deny("access.approveOwnNationOnly");
        }
        if (!planner.getAsBoolean()) {
            return Decision.deny("access.noPlannerRole");
        }
        return Decision.ALLOW;
    }

    public Decision mayRelabel(Subject subject, Label current, Label proposed, long committeeId) {
        if (!mayRead(subject, current)) {
            return Decision.deny("access.notReadable");
        }
        if (!ownerNationOf(subject, current)) {
            return Decision.deny("access.relabelOwnerOnly");
        }
        if (!proposed.owner().equals(current.owner())) {
            return Decision.deny("access.relabelKeepsOwner");
        }
        if (!withinClearance(subject, proposed.classification())) {
            return Decision.deny("access.relabelAboveClearance");
        }
        if (roles.rolesOf(subject.username(), committeeId).stream().noneMatch(RELABELLERS::contains)) {
            return Decision.deny("access.noRelabelRole");
        }
        return Decision.ALLOW;
    }

    /**
     * Whether the subject may record agreements' status events and context events under this label.
     * Agreements carry no roles of their own, so those who plan the cooperation (a planner of any
     * committee) or administer the nation's accounts may, and only for their own nation's records.
     */
    public Decision mayManageAgreements(Subject subject, Label label) {
        if (!mayRead(subject, label)) {
            return Decision.deny("access.notReadable");
        }
        if (!ownerNationOf(subject, label)) {
            return Decision.deny("access.agreementsOwnerOnly");
        }
        if (!administers(subject) && !roles.holdsAnywhere(subject.username(), CommitteeRole.PLANNER)) {
            return Decision.deny("access.noAgreementRole");
        }
        return Decision.ALLOW;
    }

    /**
     * Whether the subject may add, rename and retire cooperation domains. The taxonomy is shared by
     * every nation's agreements and carries no label, so it is the account administrators' charge,
     * as the accounts are.
     */
    public Decision mayAdministerDomains(Subject subject) {
        return administers(subject) ? Decision.ALLOW : Decision.deny("access.domainsAdministratorsOnly");
    }

    /** Whether the subject administers their nation's accounts (the one administrator check). */
    public static boolean administers(Subject subject) {
        return subject instanceof SignedInUser user
                && user.getAuthorities().stream().anyMatch(a -> ADMINISTRATOR.equals(a.getAuthority()));
    }

    /**
     * Never above one's own clearance: whether the subject may mark a record with this
     * classification (create it so, relabel it so, be offered it in a form).
     */
    public static boolean withinClearance(Subject subject, Classification classification) {
        return subject != null && classification != null && subject.clearance().dominates(classification);
    }

    /** The classifications a form offers the subject: those within their clearance, lowest first. */
    public static List<Classification> classificationsFor(Subject subject) {
        return Arrays.stream(Classification.values())
                .filter(c -> withinClearance(subject, c))
                .toList();
    }

    /** The owner nation writes: whether the subject is of the nation that owns the label. */
    public static boolean ownerNationOf(Subject subject, Label label) {
        return subject != null && label != null && subject.nation().equals(label.owner());
    }

    /** A party approves (signs, accepts) for itself only: whether the subject speaks for this nation. */
    public static boolean speaksFor(Subject subject, String nation) {
        return subject != null && subject.nation().equals(nation);
    }

    /**
     * The read rule as a SQL condition over a labelled table aliased {@code alias}, with its
     * parameters from {@link #readerParams}: list queries filter with it, so that counts and pages
     * hold only what the reader may see.
     */
    public static String readableBy(String alias) {
        return "%1$s.classification <= :readerClearance and (%1$s.owner_nation = :readerNation or :readerNation = any(%1$s.releasable_to))"
                .formatted(alias);
    }

    public static Map<String, Object> readerParams(Subject subject) {
        return Map.of(
                "readerNation",
                subject.nation(),
                "readerClearance",
                subject.clearance().ordinal());
    }
}
