package org.entente.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.entente.shared.Classification;
import org.entente.shared.LocalizedText;
import org.entente.shared.PersonName;
import org.entente.shared.PersonNames;
import org.entente.shared.RecordWritten;
import org.entente.shared.Subject;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The signed-in person's own name is read once per session, and read again after a person record or
 * an account link changed, once that change committed: never a name older than the last commit.
 */
class OwnNameTest {

    /** The people as the partners module would read them, counting the reads. */
    static final class People implements PersonNames {
        String name = "Amina";
        int reads;

        @Override
        public Map<String, PersonName> ofAccounts(Subject reader, Collection<String> usernames) {
            reads++;
            var names = new HashMap<String, PersonName>();
            usernames.forEach(u -> names.put(u, new PersonName("MAR", LocalizedText.of("en", name), null, null)));
            return names;
        }

        @Override
        public List<Choice> choicesFor(Subject administrator) {
            return List.of();
        }
    }

    final People people = new People();
    final OwnName names =
            new OwnName(new StaticListableBeanFactory(Map.of("people", people)).getBeanProvider(PersonNames.class));
    final MockHttpSession session = new MockHttpSession();

    static SignedInUser user(Classification clearance) {
        return new SignedInUser(2, "planner.mar", "hash", "MAR", clearance, "ar", false, false, false, true, false);
    }

    private String nameOf(SignedInUser user) {
        return names.of(user, session).name().in(java.util.Locale.ENGLISH);
    }

    @Test
    void theNameIsReadOncePerSession() {
        assertThat(nameOf(user(Classification.CONFIDENTIAL))).isEqualTo("Amina");
        assertThat(nameOf(user(Classification.CONFIDENTIAL))).isEqualTo("Amina");
        assertThat(people.reads).isEqualTo(1);
        // Without a session (an API call by token) there is nowhere to keep it: read each time.
        names.of(user(Classification.CONFIDENTIAL), null);
        assertThat(people.reads).isEqualTo(2);
    }

    @Test
    void aChangedPersonIsReadAgainOnTheNextPage() {
        nameOf(user(Classification.CONFIDENTIAL));
        people.name = "Amina B.";
        names.on(new RecordWritten("activity", "7"));
        assertThat(nameOf(user(Classification.CONFIDENTIAL)))
                .as("another record's write")
                .isEqualTo("Amina");
        names.on(new RecordWritten("person", "5"));
        assertThat(nameOf(user(Classification.CONFIDENTIAL))).isEqualTo("Amina B.");
        assertThat(people.reads).isEqualTo(2);
    }

    @Test
    void aChangeCountsOnceItsTransactionCommitted() {
        nameOf(user(Classification.CONFIDENTIAL));
        TransactionSynchronizationManager.initSynchronization();
        try {
            people.name = "Amina B.";
            names.changed();
            // A page served while the change is uncommitted reads the old name, and keeps it only until the commit.
            people.name = "Amina";
            assertThat(nameOf(user(Classification.CONFIDENTIAL))).isEqualTo("Amina");
            people.name = "Amina B.";
            TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(nameOf(user(Classification.CONFIDENTIAL))).isEqualTo("Amina B.");
    }

    @Test
    void anotherClearanceReadsTheNameAgain() {
        nameOf(user(Classification.CONFIDENTIAL));
        nameOf(user(Classification.RESTRICTED));
        assertThat(people.reads).isEqualTo(2);
    }
}
