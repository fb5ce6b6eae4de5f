package org.entente.committees;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.entente.committees.SessionParts.Delegate;
import org.entente.committees.SessionParts.Signature;
import org.entente.shared.LocalizedText;

/**
 * A session's minutes as the procès-verbal both co-chairs sign: the header, the delegations (heads
 * first), the agenda, the proceedings, the numbered decisions, the action items, the annexes and
 * the signature block, each cut into rows so that the two language columns of the PDF stay side by
 * side, section by section and paragraph by paragraph.
 *
 * @param session the session, as far as the reader may see it
 * @param coChairs the committee's co-chairs (organization and position per nation)
 * @param people rank and function of each delegate the reader may see, by person id
 * @param actions the action items decided at the session
 * @param annexes the names of the files attached to the session
 */
public record ProcesVerbal(
        SessionDetail session,
        List<CoChair> coChairs,
        Map<Long, Person> people,
        List<ActionItem> actions,
        List<String> annexes) {

    /** A delegate's rank and function, each in every language it is written in. */
    public record Person(LocalizedText rank, LocalizedText function) {}

    /** One line of a delegation: the delegate and, when known, rank and function. */
    public record Member(LocalizedText name, DelegateRole role, Person person) {

        public boolean hasRank() {
            return person != null
                    && person.rank() != null
                    && !person.rank().values().isEmpty();
        }

        public boolean hasFunction() {
            return person != null
                    && person.function() != null
                    && !person.function().values().isEmpty();
        }

        /**
         * Whether the line goes on with the function in this language: not when the delegate is
         * named by that very function ("Director of International Cooperation — Head of delegation",
         * not the same words twice).
         */
        public boolean showsFunction(Locale locale) {
            return hasFunction() && !same(person.function().in(locale), name.in(locale));
        }

        private static boolean same(String one, String other) {
            return one.strip()
                    .replaceAll("\\s+", " ")
                    .equalsIgnoreCase(other.strip().replaceAll("\\s+", " "));
        }
    }

    /** A nation's delegation, its head (or heads) first. */
    public record Delegation(String nation, List<Member> members) {}

    /** One nation's place in the signature block. */
    public record Signing(String nation, CoChair coChair, LocalizedText name, LocalDate signedOn) {}

    public ProcesVerbal {
        people = Map.copyOf(people);
        actions = List.copyOf(actions);
        annexes = List.copyOf(annexes);
    }

    public SessionSummary summary() {
        return session.summary();
    }

    public List<Delegation> delegations() {
        var byNation = new LinkedHashMap<String, List<Member>>();
        session.parties().forEach(p -> byNation.put(p, new ArrayList<>()));
        session.delegates().stream()
                .sorted(Comparator.comparing(Delegate::role))
                .forEach(d -> byNation.computeIfAbsent(d.nation(), n -> new ArrayList<>())
                        .add(new Member(d.name(), d.role(), d.personId() == null ? null : people.get(d.personId()))));
        return byNation.entrySet().stream()
                .map(e -> new Delegation(e.getKey(), List.copyOf(e.getValue())))
                .toList();
    }

    /** How many paragraph rows the proceedings take: the longest language's. */
    public int proceedingRows(List<String> languages) {
        return languages.stream().mapToInt(l -> paragraphs(l).size()).max().orElse(0);
    }

    /** The n-th paragraph of the minutes in a language, or "" when that language has fewer. */
    public String paragraph(String language, int row) {
        List<String> paragraphs = paragraphs(language);
        return row < paragraphs.size() ? paragraphs.get(row) : "";
    }

    List<String> paragraphs(String language) {
        String body = session.minutesIn(language).strip();
        if (body.isEmpty()) {
            return List.of();
        }
        return List.of(body.split("\\R\\s*\\R")).stream().map(String::strip).toList();
    }

    /** The signature block: one entry per party, in the session's order of parties. */
    public List<Signing> signatures() {
        return session.parties().stream()
                .map(nation -> new Signing(
                        nation,
                        coChairs.stream()
                                .filter(c -> c.nation().equals(nation))
                                .findFirst()
                                .orElse(null),
                        signerName(nation),
                        session.signatureOf(nation)
                                .map(s -> s.signedAt().atZone(ZoneOffset.UTC).toLocalDate())
                                .orElse(null)))
                .toList();
    }

    /**
     * Who signs for a nation, by name: its head of delegation. This is the one place to change when
     * accounts belong to people: then the name of the person whose account signed ({@link
     * Signature#signedBy()}) goes here, never a login name.
     */
    LocalizedText signerName(String nation) {
        Optional<Delegate> head = session.delegates().stream()
                .filter(d -> d.nation().equals(nation) && d.role() == DelegateRole.HEAD)
                .findFirst();
        return head.map(Delegate::name).orElse(null);
    }
}
