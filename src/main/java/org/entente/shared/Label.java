package org.entente.shared;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The security label every record carries: a classification, the owner nation and the nations the
 * record is releasable to. An empty releasable-to set means "owner nation only", never "everyone".
 *
 * <p>The canonical banner is {@code RESTRICTED // REL TO ISR, MAR}: owner first, then the other
 * nations alphabetically; an owner-only record reads {@code CONFIDENTIAL // MAR}.
 */
public record Label(Classification classification, String owner, Set<String> releasableTo) {

    public Label {
        if (classification == null) {
            throw new IllegalArgumentException("A label needs a classification");
        }
        if (!Nations.isKnown(owner)) {
            throw new IllegalArgumentException("Unknown owner nation: " + owner);
        }
        for (String nation : releasableTo) {
            if (!Nations.isKnown(nation)) {
                throw new IllegalArgumentException("Unknown nation in releasable-to: " + nation);
            }
        }
        // The owner always may read its own record: it is not listed among the others, so that one
        // release has one representation.
        releasableTo = releasableTo.stream().filter(n -> !n.equals(owner)).collect(Collectors.toUnmodifiableSet());
    }

    public static Label unclassified(String owner) {
        return new Label(Classification.UNCLASSIFIED, owner, Set.of());
    }

    /** Every nation that may see the record: the owner and the releasable-to nations. */
    public Set<String> audience() {
        return Stream.concat(Stream.of(owner), releasableTo.stream()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The label of a part that another nation of the audience records in this record (a partner's
     * agenda item in the host's session): same classification and audience, owned by the nation that
     * records it, since row-level security lets a nation write only the rows it owns.
     */
    public Label recordedBy(String nation) {
        return nation.equals(owner) ? this : new Label(classification, nation, audience());
    }

    /** The need-to-know rule: clearance at least the classification, and the nation in the audience. */
    public boolean readableBy(String nation, Classification clearance) {
        return clearance.dominates(classification) && audience().contains(nation);
    }

    /** The canonical banner with the standard classification names; see {@link Markings}. */
    public String banner() {
        return Markings.standard().banner(this);
    }

    /**
     * The label of a whole made of these parts (a page, a plan and its activities, a document): the
     * highest classification, and only the nations every part is releasable to.
     *
     * <p>Its owner, written first in the banner, is the parts' owner when they share one; otherwise
     * {@code defaultOwner}: pass the main record's owner on a page about one record (a plan with a
     * partner's activities), so that the page's banner and the record's chip read in one order
     * ({@code REL TO MAR, ISR} on both). An owner every part is not releasable to would widen the
     * release; then the first nation of the common audience stands first instead.
     */
    public static Label highWaterMark(String defaultOwner, Collection<Label> parts) {
        if (parts.isEmpty()) {
            return unclassified(defaultOwner);
        }
        Classification highest = Classification.UNCLASSIFIED;
        Set<String> audience = null;
        Set<String> owners = new TreeSet<>();
        for (Label part : parts) {
            if (part.classification().compareTo(highest) > 0) {
                highest = part.classification();
            }
            owners.add(part.owner());
            if (audience == null) {
                audience = new TreeSet<>(part.audience());
            } else {
                audience.retainAll(part.audience());
            }
        }
        String owner = owners.size() == 1 ? owners.iterator().next() : defaultOwner;
        if (!audience.contains(owner) && !audience.isEmpty()) {
            owner = audience.iterator().next();
        }
        audience.remove(owner);
        return new Label(highest, owner, audience);
    }
}
