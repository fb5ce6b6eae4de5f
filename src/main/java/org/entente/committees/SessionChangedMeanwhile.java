package org.entente.committees;

import org.entente.shared.Refused;

/**
 * A session's details changed since the writer opened them: the version their form carries is not
 * the current one, or another writer stored a change between reading and writing. Nothing was
 * stored. A {@link Refused} answered 409: the page comes back with what was typed, the current
 * details above it, and a link to reload.
 */
public class SessionChangedMeanwhile extends Refused {

    SessionChangedMeanwhile() {
        super("session.stale");
    }

    @Override
    public int status() {
        return 409;
    }
}
