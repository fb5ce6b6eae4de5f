package org.entente.committees;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.committees.SessionParts.Delegate;
import org.entente.partners.People;
import org.entente.partners.PersonSummary;
import org.entente.shared.PersonName;
import org.entente.shared.Subject;

/**
 * The person records behind a session's delegation, as far as the reader may read them: each
 * delegate linked to a person is shown by the record's name and function; the delegation form offers
 * the people of each party to choose from (a delegate without a record keeps the name typed).
 *
 * @param people the readable people, by id: the delegates' and, when the form is shown, the parties'
 * @param choosing whether the form is shown (the parties' people were read)
 */
public record DelegatePeople(Map<Long, PersonSummary> people, boolean choosing) {

    /** No person read: a page that shows no delegation (the default of the session template). */
    public static final DelegatePeople NONE = new DelegatePeople(Map.of(), false);

    /** Reads them in one query: the delegates' people, and the parties' when {@code choosing}. */
    static DelegatePeople of(People people, Subject reader, SessionDetail session, boolean choosing) {
        List<Long> ids = session.delegates().stream()
                .map(Delegate::personId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        Collection<String> nations = choosing ? session.parties() : List.of();
        return new DelegatePeople(
                people.delegatesOrOf(reader, ids, nations).stream()
                        .collect(Collectors.toMap(
                                PersonSummary::id, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new)),
                choosing);
    }

    /** The delegate as their person record names them (rank, name, function), or null when it does not. */
    public PersonName person(Delegate delegate) {
        PersonSummary person = delegate.personId() == null ? null : people.get(delegate.personId());
        return person == null ? null : name(person);
    }

    /** The people of a nation the form offers, by Latin name. */
    public List<PersonSummary> of(String nation) {
        return people.values().stream().filter(p -> p.nation().equals(nation)).toList();
    }

    public static PersonName name(PersonSummary person) {
        return new PersonName(person.nation(), person.name(), person.rank(), person.position());
    }
}
