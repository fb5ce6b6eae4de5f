package org.entente.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Entries recorded in transactions of their own (the reads of pages, refusals) appended together:
 * every caller puts its entry in the queue and waits until it is committed; whoever finds no one
 * writing becomes the writer and appends everything queued by then in one transaction (one turn of
 * the chain's advisory lock, one commit and its flush to disk for all of them). While it writes, the
 * next callers queue up, and the first of them to take its turn writes their batch. At one user a
 * batch is one entry, written by its own caller as before; under load the views of a page share the
 * lock and the flush that serialized them (issue 20, committee20g).
 *
 * <p>What a crash can lose: nothing acknowledged. A caller returns only once the transaction holding
 * its entry has committed, so a page is answered only after its read is in the trail, exactly as
 * when each entry had its own transaction; a crash (of the JVM or of PostgreSQL) loses only the
 * entries of requests not yet answered, which no one saw. Nothing is queued without its caller
 * waiting to write it, so stopping cannot leave an entry behind; {@link #flush()} writes any that a
 * stop finds queued all the same.
 *
 * <p>A batch that fails (a refused value in one entry) is written again one entry at a time, so an
 * entry fails only for itself; each caller of a failed entry gets the error its own transaction
 * would have raised (a database that is down is answered as such, not as a server error).
 */
final class GroupCommit<E> {

    /** The most entries one transaction appends: a bound on a transaction's time, not on throughput. */
    static final int MOST = 64;

    private final Function<List<E>, List<Long>> write;
    private final ConcurrentLinkedQueue<Waiting<E>> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writing = new ReentrantLock();

    /** An entry, and what became of it: its id once committed, or the error that refused it. */
    private static final class Waiting<E> {
        final E entry;
        volatile boolean done;
        long id;
        RuntimeException error;

        Waiting(E entry) {
            this.entry = entry;
        }
    }

    /**
     * @param write appends the entries, in order, in one transaction it commits, and returns their
     *     ids in the same order
     */
    GroupCommit(Function<List<E>, List<Long>> write) {
        this.write = write;
    }

    /**
     * Appends the entry, with any others queued, and returns once it is committed.
     *
     * @return the entry's id
     */
    long append(E entry) {
        var waiting = new Waiting<>(entry);
        queue.add(waiting);
        while (!waiting.done) {
            writing.lock();
            try {
                if (!waiting.done) {
                    writeQueued();
                }
            } finally {
                writing.unlock();
            }
        }
        if (waiting.error != null) {
            throw waiting.error;
        }
        return waiting.id;
    }

    /** Writes every entry still queued (at a stop: the callers still waiting for theirs). */
    void flush() {
        writing.lock();
        try {
            while (!queue.isEmpty()) {
                writeQueued();
            }
        } finally {
            writing.unlock();
        }
    }

    /** Entries queued and not yet taken by a writer: what a test waits for to see callers gather. */
    int queued() {
        return queue.size();
    }

    /** Takes up to {@link #MOST} queued entries and writes them; called holding {@link #writing}. */
    private void writeQueued() {
        var batch = new ArrayList<Waiting<E>>();
        Waiting<E> next;
        while (batch.size() < MOST && (next = queue.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            written(batch, write.apply(batch.stream().map(w -> w.entry).toList()));
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                refused(batch.get(0), failed);
                return;
            }
            for (Waiting<E> one : batch) {
                try {
                    written(List.of(one), write.apply(List.of(one.entry)));
                } catch (RuntimeException alone) {
                    refused(one, alone);
                }
            }
        } catch (Error fatal) {
            // No caller may wait for ever on an entry nobody will write: each gets the failure.
            batch.stream()
                    .filter(one -> !one.done)
                    .forEach(one -> refused(one, new IllegalStateException("The audit entry was not written", fatal)));
            throw fatal;
        }
    }

    private static <E> void written(List<Waiting<E>> batch, List<Long> ids) {
        for (int i = 0; i < batch.size(); i++) {
            Waiting<E> one = batch.get(i);
            one.id = ids.get(i);
            one.done = true;
        }
    }

    private static <E> void refused(Waiting<E> one, RuntimeException error) {
        one.error = error;
        one.done = true;
    }
}
