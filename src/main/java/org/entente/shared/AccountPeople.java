package org.entente.shared;

import java.util.Collection;
import java.util.Map;

/** Which person each account belongs to (implemented by the identity module, which holds accounts). */
public interface AccountPeople {

    /** An account's nation and the person it belongs to (null when it is linked to none). */
    record Link(String nation, Long personId) {}

    /** The accounts among these usernames, keyed by the username as given. */
    Map<String, Link> linksOf(Collection<String> usernames);
}
