package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.entente.DemoApplicationTest;
import org.entente.shared.PersonNames;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The signed-in person's cached name across nodes (issue 19): a person changed on one node makes
 * another node read the names again at its next look at the shared generation, and only then.
 */
@DemoApplicationTest
class OwnNameAcrossNodesIT {

    @Autowired
    ApplicationContext context;

    @Test
    void aChangeOnOneNodeIsSeenByTheOther() {
        var nodeA = node();
        var nodeB = node();
        nodeB.followOtherNodes();
        long before = nodeB.generation();
        nodeB.followOtherNodes();
        assertThat(nodeB.generation()).as("nothing changed").isEqualTo(before);
        nodeA.changed();
        nodeB.followOtherNodes();
        assertThat(nodeB.generation()).as("node A's change").isGreaterThan(before);
    }

    private OwnName node() {
        return new OwnName(context.getBeanProvider(PersonNames.class), context.getBeanProvider(JdbcClient.class));
    }
}
