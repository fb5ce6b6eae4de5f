package org.entente.shared;

/**
 * Ordered classification levels. The order is the enum order; display names come from the
 * message bundles ({@code classification.SECRET}) so that each deployment may rename them.
 */
public enum Classification {
    UNCLASSIFIED,
    RESTRICTED,
    CONFIDENTIAL,
    SECRET;

    public boolean dominates(Classification other) {
        return compareTo(other) >= 0;
    }

    public static Classification parse(String name) {
        for (Classification c : values()) {
            if (c.name().equalsIgnoreCase(name.strip())) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown classification: " + name);
    }
}
