package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import org.entente.identity.CommitteeRole;
import org.entente.identity.CommitteeRoles;
import org.entente.shared.Classification;
import org.entente.shared.Label;
import org.entente.shared.Refused;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.Test;

/**
 * The label rules, each written once in {@link AccessPolicy}, without Spring or a database: the
 * committee roles are a stand-in answering what each test says.
 */
class AccessPolicyTest {

    private static final SystemSubject CONFIDENTIAL_MAR =
            new SystemSubject("planner.mar", "MAR", Classification.CONFIDENTIAL);
    private static final Label MAR_RESTRICTED_REL_ISR = new Label(Classification.RESTRICTED, "MAR", Set.of("ISR"));

    private final CommitteeRoles roles = mock(CommitteeRoles.class);
    private final AccessPolicy policy = new AccessPolicy(roles);

    private void holds(CommitteeRole... held) {
        when(roles.rolesOf(anyString(), anyLong())).thenReturn(Set.of(held));
        when(roles.holdsAnywhere(anyString(), org.mockito.ArgumentMatchers.any()))
                .thenAnswer(call -> Set.of(held).contains(call.getArgument(1)));
    }

    @Test
    void neverAboveOnesOwnClearance() {
        assertThat(AccessPolicy.withinClearance(CONFIDENTIAL_MAR, Classification.CONFIDENTIAL))
                .isTrue();
        assertThat(AccessPolicy.withinClearance(CONFIDENTIAL_MAR, Classification.UNCLASSIFIED))
                .isTrue();
        assertThat(AccessPolicy.withinClearance(CONFIDENTIAL_MAR, Classification.SECRET))
                .isFalse();
        assertThat(AccessPolicy.classificationsFor(CONFIDENTIAL_MAR))
                .containsExactly(Classification.UNCLASSIFIED, Classification.RESTRICTED, Classification.CONFIDENTIAL);
    }

    @Test
    void relabellingAboveOnesClearanceIsDeniedEvenToAPlannerOfTheOwnerNation() {
        holds(CommitteeRole.PLANNER);
        assertThat(policy.mayRelabel(
                                CONFIDENTIAL_MAR, MAR_RESTRICTED_REL_ISR, label(Classification.CONFIDENTIAL, "MAR"), 1)
                        .allowed())
                .isTrue();
        assertThat(policy.mayRelabel(CONFIDENTIAL_MAR, MAR_RESTRICTED_REL_ISR, label(Classification.SECRET, "MAR"), 1)
                        .reason())
                .isEqualTo("access.relabelAboveClearance");
    }

    @Test
    void theOwnerNationWrites() {
        holds(CommitteeRole.PLANNER);
        var israeli = new SystemSubject("planner.isr", "ISR", Classification.SECRET);
        assertThat(AccessPolicy.ownerNationOf(CONFIDENTIAL_MAR, MAR_RESTRICTED_REL_ISR))
                .isTrue();
        assertThat(AccessPolicy.ownerNationOf(israeli, MAR_RESTRICTED_REL_ISR)).isFalse();
        // Released to Israel, readable there, and still not Israel's to write.
        assertThat(policy.mayRead(israeli, MAR_RESTRICTED_REL_ISR)).isTrue();
        assertThat(policy.mayWriteNationRecord(israeli, MAR_RESTRICTED_REL_ISR).reason())
                .isEqualTo("access.ownerNationOnly");
        assertThat(policy.mayManageAgreements(israeli, MAR_RESTRICTED_REL_ISR).reason())
                .isEqualTo("access.agreementsOwnerOnly");
        assertThat(policy.mayWriteNationRecord(CONFIDENTIAL_MAR, MAR_RESTRICTED_REL_ISR)
                        .allowed())
                .isTrue();
    }

    @Test
    void aPartyApprovesForItselfOnly() {
        holds(CommitteeRole.PLANNER);
        assertThat(AccessPolicy.speaksFor(CONFIDENTIAL_MAR, "MAR")).isTrue();
        assertThat(AccessPolicy.speaksFor(CONFIDENTIAL_MAR, "ISR")).isFalse();
        assertThat(policy.mayApproveFor(CONFIDENTIAL_MAR, "MAR", MAR_RESTRICTED_REL_ISR, 1)
                        .allowed())
                .isTrue();
        assertThat(policy.mayApproveFor(CONFIDENTIAL_MAR, "ISR", MAR_RESTRICTED_REL_ISR, 1)
                        .reason())
                .isEqualTo("access.approveOwnNationOnly");
    }

    @Test
    void noRoleNoWriteAndADenialIsARefusalAnswered403() {
        holds();
        Decision denied = policy.mayWriteNationRecord(CONFIDENTIAL_MAR, MAR_RESTRICTED_REL_ISR);
        assertThat(denied.reason()).isEqualTo("access.noNationWriteRole");
        assertThatThrownBy(() -> denied.orThrow("partners.person.update", "person", 7, MAR_RESTRICTED_REL_ISR))
                .isInstanceOfSatisfying(Refused.class, refused -> {
                    assertThat(refused.denial()).isTrue();
                    assertThat(refused.status()).isEqualTo(403);
                    assertThat(refused.messageKey()).isEqualTo("access.noNationWriteRole");
                    assertThat(refused.target())
                            .isEqualTo(new Refused.Target(
                                    "partners.person.update", "person", "7", MAR_RESTRICTED_REL_ISR));
                });
        assertThat(List.of(AccessPolicy.administers(CONFIDENTIAL_MAR))).containsExactly(false);
    }

    private static Label label(Classification classification, String owner) {
        return new Label(classification, owner, Set.of());
    }
}
