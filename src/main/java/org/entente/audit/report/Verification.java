package org.entente.audit.report;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The outcome of walking the whole audit trail: intact, or the first entry found wrong and why.
 *
 * @param ok whether the chain is intact and agrees with every signed checkpoint
 * @param entries how many entries were found intact (all of them when ok)
 * @param firstBadEntry the id of the first entry found wrong, or null when ok
 * @param reason what is wrong with it, or null when ok
 * @param relatedEntry the other entry the reason names (the one before it, or the one it should
 *     follow), or null
 * @param detail the reason in a sentence, in English, for logs and API clients
 * @param lastCheckpoint the last signed checkpoint that matched the chain, or null when none did
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(
        boolean ok,
        long entries,
        Long firstBadEntry,
        Problem reason,
        Long relatedEntry,
        String detail,
        Checkpoint lastCheckpoint) {

    /** What can be wrong with an entry, in the order the verifier looks for it. */
    public enum Problem {
        /** Its stored hash is not the hash of its fields: the entry was altered. */
        HASH_MISMATCH,
        /** It names as predecessor an entry that no longer exists: an entry was removed. */
        MISSING_ENTRY,
        /** Its predecessor comes after it: entries were swapped or reordered. */
        ENTRIES_SWAPPED,
        /** It follows some entry other than the one before it. */
        BROKEN_LINK,
        /** A signed checkpoint names a different hash for it: the chain was rewritten up to here. */
        CHECKPOINT_MISMATCH,
        /** A signed checkpoint names it and it is gone, though entries after it remain. */
        SIGNED_ENTRY_MISSING,
        /** A signed checkpoint names it and the trail ends before it: its tail was cut off. */
        TAIL_TRUNCATED,
        /** A checkpoint's signature is wrong: the checkpoint file was altered. */
        BAD_CHECKPOINT_SIGNATURE
    }

    public static Verification intact(long entries, Checkpoint lastCheckpoint) {
        return new Verification(true, entries, null, null, null, null, lastCheckpoint);
    }

    public static Verification broken(
            long entries, long firstBadEntry, Problem reason, Long relatedEntry, String detail, Checkpoint last) {
        return new Verification(false, entries, firstBadEntry, reason, relatedEntry, detail, last);
    }
}
