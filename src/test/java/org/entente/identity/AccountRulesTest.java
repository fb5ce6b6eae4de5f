package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.access.AccessPolicy;
import org.entente.shared.Classification;
import org.entente.shared.SystemSubject;
import org.junit.jupiter.api.Test;

/**
 * The rules accounts follow are the access policy's ("is administrator", "never above one's own
 * clearance"), asked of the signed-in user as identity knows it, without Spring or a database.
 */
class AccountRulesTest {

    private static SignedInUser user(Classification clearance, boolean administrator) {
        return new SignedInUser(
                1, "someone.mar", "hash", "MAR", clearance, "en", administrator, false, false, true, false);
    }

    @Test
    void onlyAnAccountMarkedAdministratorAdministers() {
        assertThat(AccessPolicy.administers(user(Classification.SECRET, true))).isTrue();
        assertThat(AccessPolicy.administers(user(Classification.SECRET, false))).isFalse();
        // A subject that is no signed-in account (a system task) administers nothing.
        assertThat(AccessPolicy.administers(new SystemSubject("task", "MAR", Classification.SECRET)))
                .isFalse();
        assertThat(AccessPolicy.administers(null)).isFalse();
    }

    @Test
    void anAdministratorGrantsUpToTheirOwnClearanceAndNoHigher() {
        SignedInUser confidential = user(Classification.CONFIDENTIAL, true);
        assertThat(AccessPolicy.classificationsFor(confidential))
                .containsExactly(Classification.UNCLASSIFIED, Classification.RESTRICTED, Classification.CONFIDENTIAL);
        assertThat(AccessPolicy.withinClearance(confidential, Classification.SECRET))
                .isFalse();
    }
}
