package org.entente.identity;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.concurrent.atomic.AtomicLong;
import org.entente.shared.Classification;
import org.entente.shared.PersonName;
import org.entente.shared.PersonNames;
import org.entente.shared.RecordWritten;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The signed-in person's own name, which every page's header shows: read once per session, not
 * once per page, and read again after any person record or account link changed. A change counts
 * once its transaction has committed, and a name read before that counts as older than the change
 * (the generation is taken before the read), so a page never keeps a name older than the last
 * committed change.
 *
 * <p>Several nodes (issue 19): a node that changed people or accounts also advances the sequence
 * {@code identity.own_name_generation} once its change has committed, and every node reads that
 * sequence every {@code entente.sessions.names-poll} (5 s): a name changed on another node shows
 * within seconds. One statement per node every few seconds, none per page.
 */
@Component
class OwnName {

    /** The session attribute holding the name. */
    static final String ATTRIBUTE = OwnName.class.getName();

    /** Whose name, under which clearance, as of which generation of people and accounts. */
    private record Known(String username, String nation, Classification clearance, long generation, PersonName name)
            implements Serializable {}

    /** Looked up on use: the people behind accounts are read through the accounts, which tell this of their links. */
    private final ObjectProvider<PersonNames> people;

    /** The cluster's shared generation, when there is a database (not in unit tests). */
    private final ObjectProvider<JdbcClient> database;

    private final AtomicLong generation = new AtomicLong();
    private volatile long sharedSeen = -1;

    OwnName(ObjectProvider<PersonNames> people) {
        this(people, null);
    }

    @Autowired
    OwnName(ObjectProvider<PersonNames> people, ObjectProvider<JdbcClient> database) {
        this.people = people;
        this.database = database;
    }

    /** This node's generation: it moves with every committed change, here or on another node. */
    long generation() {
        return generation.get();
    }

    /** Reads the cluster's generation: a change committed on another node makes names be read again. */
    @Scheduled(
            fixedDelayString = "${entente.sessions.names-poll:5s}",
            initialDelayString = "${entente.sessions.names-poll:5s}")
    void followOtherNodes() {
        if (database == null) {
            return;
        }
        try {
            long shared = database.getObject()
                    .sql(
                            "select last_value + (case when is_called then 1 else 0 end) from identity.own_name_generation")
                    .query(Long.class)
                    .single();
            if (shared != sharedSeen) {
                sharedSeen = shared;
                generation.incrementAndGet();
            }
        } catch (DataAccessException databaseDown) {
            // Read again at the next turn; meanwhile names read on this node stay as they are.
        }
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
                    committed();
                }
            });
        } else {
            committed();
        }
    }

    /** Here at once; on the other nodes at their next reading of the shared generation. */
    private void committed() {
        generation.incrementAndGet();
        if (database == null) {
            return;
        }
        try {
            database.getObject()
                    .sql("select nextval('identity.own_name_generation')")
                    .query(Long.class)
                    .single();
        } catch (DataAccessException databaseDown) {
            // The change is committed and this node knows it; the others keep a name a little longer.
        }
    }
}
