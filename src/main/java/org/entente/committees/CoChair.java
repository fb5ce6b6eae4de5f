package org.entente.committees;

import org.entente.shared.LocalizedText;

/**
 * A committee's co-chair for one nation: the organization that holds the chair, its position, and
 * the person who holds it (null when none is recorded), so that pages name the person as they name
 * a session's heads of delegation.
 */
public record CoChair(String nation, LocalizedText organization, LocalizedText position, Long personId) {

    /** A chair whose holder is not recorded. */
    public CoChair(String nation, LocalizedText organization, LocalizedText position) {
        this(nation, organization, position, null);
    }
}
