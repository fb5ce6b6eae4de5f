package org.entente.shared;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The people behind accounts, for every module that shows who did something (implemented by the
 * partners module, which holds people; accounts come from {@link AccountPeople}). Need-to-know
 * applies: a person whose record the reader may not read is {@link PersonName#unnamed(String)}.
 */
public interface PersonNames {

    /** One person the administrator may link an account to. */
    record Choice(long personId, PersonName person) {}

    /** For each of the usernames, the person as the reader may know them (unnamed when not). */
    Map<String, PersonName> ofAccounts(Subject reader, Collection<String> usernames);

    default PersonName ofAccount(Subject reader, String username) {
        PersonName person = ofAccounts(reader, List.of(username)).get(username);
        return person == null ? PersonName.unnamed(null) : person;
    }

    /** The people of the subject's nation they may read, to link a new account to one of them. */
    List<Choice> choicesFor(Subject administrator);

    /** Whether the person is one of {@link #choicesFor(Subject)}. */
    default boolean mayLink(Subject administrator, long personId) {
        return choicesFor(administrator).stream().anyMatch(c -> c.personId() == personId);
    }
}
