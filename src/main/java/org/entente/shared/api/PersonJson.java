package org.entente.shared.api;

import java.util.Map;
import org.entente.shared.PersonName;

/**
 * Who did something, in an API answer: the person's name, rank and function in every language they
 * have, and the nation; the name is empty for a person the caller may not know.
 */
public record PersonJson(
        String nation, Map<String, String> name, Map<String, String> rank, Map<String, String> function) {

    public static PersonJson of(PersonName person) {
        PersonName p = person == null ? PersonName.unnamed(null) : person;
        return new PersonJson(
                p.nation(), p.name().values(), p.rank().values(), p.function().values());
    }
}
