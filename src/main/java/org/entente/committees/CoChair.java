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

    /**
     * Whether the organization is worth writing after the position in this language: not when the
     * position already names it ("Chef de la division de la coopération internationale, Direction de
     * la planification" followed by ", division de la coopération internationale" again).
     */
    public boolean showsOrganization(java.util.Locale locale) {
        if (organization == null || organization.values().isEmpty()) {
            return false;
        }
        if (position == null || position.values().isEmpty()) {
            return true;
        }
        return !plain(position.in(locale)).contains(plain(organization.in(locale)));
    }

    private static String plain(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }
}
