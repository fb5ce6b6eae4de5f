package org.entente.shared;

/**
 * A whole instance was just restored from a backup archive into this one (records, files, audit
 * checkpoints and keys): whatever a module holds in memory about them is to be read again.
 */
public record InstanceRestored(String archive) {}
