package org.entente.identity;

import jakarta.servlet.http.HttpSession;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.shared.Classification;
import org.entente.shared.PersonName;
import org.entente.shared.PersonNames;
import org.entente.shared.RecordWritten;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The signed-in person's own name, which every page's header shows: read once per session, not
 * once per page, and read again after any person record or account link changed. A change counts
 * once its transaction has committed, and a name read before that counts as older than the change
 * (the generation is taken before the read), so a page never keeps a name older than the last
 * committed change.
 */
@Component
class OwnName {

    /** The session attribute holding the name. */
    static final String ATTRIBUTE = OwnName.class.getName();

    /** Whose name, under which clearance, as of which generation of people and accounts. */
    private record Known(String username, String nation, Classification clearance, long generation, PersonName name) {}

    /** Looked up on use: the people behind accounts are read through the accounts, which tell this of their links. */
    private final ObjectProvider<PersonNames> people;

    private final AtomicLong generation = new AtomicLong();

    OwnName(ObjectProvider<PersonNames> people) {
        this.people = people;
    }

    PersonName of(SignedInUser user, HttpSession session) {
        long now = generation.get();
        if (session != null
                && session.getAttribute(ATTRIBUTE) instanceof Known known
                && known.generation() == now
                && known.username().equals(user.username())
                && known.nation().equals(user.nation())
                && known.clearance() == user.clearance()) {
            return known.name();
        }
        PersonName name = people.getObject().ofAccount(user, user.username());
        if (session != null) {
            session.setAttribute(ATTRIBUTE, new Known(user.username(), user.nation(), user.clearance(), now, name));
        }
        return name;
    }

    /** A person record was written: every session reads its name again once the write has committed. */
    @EventListener
    void on(RecordWritten written) {
        if ("person".equals(written.type()) || "account".equals(written.type())) {
            changed();
        }
    }

    /** People or accounts changed in the current transaction (or just now, outside one). */
    void changed() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    generation.incrementAndGet();
                }
            });
        } else {
            generation.incrementAndGet();
        }
    }
}
