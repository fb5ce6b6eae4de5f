package org.entente.audit;

import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.entente.shared.Label;
import org.entente.shared.RecordWritten;
import org.entente.shared.Subject;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where every module records what happened. An entry is written in the caller's transaction: if
 * the audit write fails, the change it records rolls back with it, and a change that rolls back
 * leaves no entry.
 */
@Service
public class AuditTrail {

    /**
     * The transaction-scoped advisory lock that serializes appends, so that each entry is chained to
     * the one committed just before it. (The unique previous-hash constraint turns any fork that
     * slipped past it, e.g. from a snapshot-isolated caller, into a failed insert.)
     */
    static final long APPEND_LOCK = 0x656e74656e7465L; // "entente"

    /** Who acts when no one is signed in and no request is being served: a scheduled job, start-up. */
    static final String SYSTEM = "system";

    /** Who acts in a request without a signed-in user. */
    static final String ANONYMOUS = "anonymous";

    /** The source address outside a request. */
    static final String NO_ADDRESS = "-";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient sql;
    private final AuditCheckpoints checkpoints;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final GroupCommit<Separate> separately;

    /** An entry to append in a transaction of its own, its actor and address taken from the caller's request. */
    record Separate(AuditEvent event, String actor, String actorNation, String address) {}

    AuditTrail(JdbcClient sql, AuditCheckpoints checkpoints, PlatformTransactionManager transactions) {
        this(sql, checkpoints, transactions, event -> {});
    }

    @Autowired
    AuditTrail(
            JdbcClient sql,
            AuditCheckpoints checkpoints,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this.sql = sql;
        this.checkpoints = checkpoints;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.separately = new GroupCommit<>(batch -> ownTransaction.execute(status -> appendAll(batch)));
    }

    /** A write that succeeded is told to the views kept beside the records (search), in this transaction. */
    private void written(AuditEvent event) {
        if (event.wroteRecord()) {
            events.publishEvent(new RecordWritten(event.objectType(), event.objectId()));
        }
    }

    /**
     * Records an event done by the signed-in user, from the current request's address. Without a
     * signed-in user the actor is {@value #ANONYMOUS} in a request and {@value #SYSTEM} outside
     * one; when the actor is known otherwise, say so with {@link #recordAs}.
     *
     * <p>The entry is appended as the transaction's last work, just before it commits ({@link
     * AtCommit}): the chain's lock is then held for the append and the commit alone, not for the
     * rest of the write (its search entry, its outbox rows), which would make every other writer
     * wait for it (issue 18: eight comment writers queued on the lock). It still commits with the
     * change or rolls back with it: an append that fails fails the commit.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEvent event) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        written(event);
        String address = currentAddress();
        Separate entry = authentication != null && authentication.getPrincipal() instanceof Subject subject
                ? new Separate(event, subject.username(), subject.nation(), address)
                : new Separate(event, address.equals(NO_ADDRESS) ? SYSTEM : ANONYMOUS, null, address);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            appendAll(List.of(entry));
            return;
        }
        TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(AtCommit.class::isInstance)
                .map(AtCommit.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    var atCommit = new AtCommit();
                    TransactionSynchronizationManager.registerSynchronization(atCommit);
                    return atCommit;
                })
                .entries
                .add(entry);
    }

    /** As {@link #record}, appended now: the entry's id is known at once, the lock held from now on. */
    @Transactional(propagation = Propagation.MANDATORY)
    long recordNow(AuditEvent event) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        written(event);
        if (authentication != null && authentication.getPrincipal() instanceof Subject subject) {
            return append(event, subject.username(), subject.nation(), currentAddress());
        }
        String address = currentAddress();
        return append(event, address.equals(NO_ADDRESS) ? SYSTEM : ANONYMOUS, null, address);
    }

    /**
     * The entries a transaction recorded, appended in their order just before it commits, after every
     * other synchronization's work before the commit (the search index's): ordered last.
     */
    private final class AtCommit implements TransactionSynchronization {

        final List<Separate> entries = new ArrayList<>();

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            appendAll(entries);
        }
    }

    /**
     * Records an event whose actor is not the signed-in user (a refused sign-in, a scheduled job),
     * from the current request's address if there is one.
     *
     * @param actor who acted, as they named themselves
     * @param actorNation their nation, or null when unknown
     * @return the new entry's id
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long recordAs(String actor, String actorNation, AuditEvent event) {
        return append(event, actor, actorNation, currentAddress());
    }

    /**
     * Records an event in a transaction of its own: a refusal, which must stay though the refused
     * change rolls back, or a read outside any change. It returns once the entry is committed; the
     * entries of concurrent callers share that transaction ({@link GroupCommit}). Call it once the
     * refused transaction has ended, never from inside one that has already recorded entries (it
     * would wait on its own append lock).
     *
     * @return the new entry's id
     */
    public long recordSeparately(AuditEvent event) {
        if (event.wroteRecord()) {
            // A write is told to the views kept beside the records in its transaction: its own.
            return ownTransaction.execute(status -> recordNow(event));
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        String address = currentAddress();
        if (authentication != null && authentication.getPrincipal() instanceof Subject subject) {
            return separately.append(new Separate(event, subject.username(), subject.nation(), address));
        }
        return separately.append(new Separate(event, address.equals(NO_ADDRESS) ? SYSTEM : ANONYMOUS, null, address));
    }

    /** As {@link #recordSeparately}, for an actor and address the caller names. */
    long recordSeparatelyAs(String actor, String actorNation, String address, AuditEvent event) {
        return separately.append(new Separate(event, actor, actorNation, address));
    }

    /** Appends the entries still waiting for their transaction: none once every request has been answered. */
    @PreDestroy
    void flush() {
        separately.flush();
    }

    /** Callers waiting for their entry to be taken into a transaction (for tests). */
    int waitingSeparately() {
        return separately.queued();
    }

    /** As {@link #recordAs(String, String, AuditEvent)}, from an address the caller already knows. */
    @Transactional(propagation = Propagation.MANDATORY)
    long recordAs(String actor, String actorNation, String address, AuditEvent event) {
        return append(event, actor, actorNation, address);
    }

    private long append(AuditEvent event, String actor, String actorNation, String address) {
        return appendAll(List.of(new Separate(event, actor, actorNation, address)))
                .get(0);
    }

    /**
     * Appends the entries in order, each chained to the one before, under the chain's advisory lock
     * taken once (it is held until the transaction ends).
     */
    private List<Long> appendAll(List<Separate> entries) {
        sql.sql("select pg_advisory_xact_lock(?)").param(APPEND_LOCK).query().listOfRows();
        byte[] previous = sql.sql("select hash from audit.event order by id desc limit 1")
                .query(byte[].class)
                .optional()
                .orElse(AuditEntry.GENESIS);
        var ids = new ArrayList<Long>(entries.size());
        for (Separate one : entries) {
            AuditEntry entry = entry(one.event(), one.actor(), one.actorNation(), one.address(), previous);
            byte[] hash = entry.hash(AuditEntry.sha256());
            ids.add(insert(entry, hash));
            checkpoints.countAfterCommit();
            previous = hash;
        }
        return ids;
    }

    private long insert(AuditEntry entry, byte[] hash) {
        return sql.sql("""
                        insert into audit.event (at, actor, actor_nation, action, object_type, object_id,
                                                 classification, owner_nation, releasable_to, outcome,
                                                 source_address, details, prev_hash, hash)
                        values (:at, :actor, :actorNation, :action, :objectType, :objectId,
                                :classification, :ownerNation, cast(:releasableTo as char(3)[]), :outcome,
                                :address, cast(:details as jsonb), :prevHash, :hash)
                        returning id""")
                .param("at", entry.at().atOffset(ZoneOffset.UTC))
                .param("actor", entry.actor())
                .param("actorNation", entry.actorNation())
                .param("action", entry.action())
                .param("objectType", entry.objectType())
                .param("objectId", entry.objectId())
                .param("classification", entry.classification())
                .param("ownerNation", entry.ownerNation())
                .param(
                        "releasableTo",
                        entry.releasableTo() == null
                                ? null
                                : entry.releasableTo().toArray(String[]::new))
                .param("outcome", entry.outcome())
                .param("address", entry.sourceAddress())
                .param("details", JSON.writeValueAsString(entry.details()))
                .param("prevHash", entry.prevHash())
                .param("hash", hash)
                .query(Long.class)
                .single();
    }

    /** The entry as it will be stored, so that what is hashed is exactly what is stored. */
    private AuditEntry entry(AuditEvent event, String actor, String actorNation, String address, byte[] previous) {
        Label label = event.label();
        var details = new TreeMap<String, String>();
        event.details().forEach((key, value) -> details.put(storable(key), storable(value)));
        String name = storable(actor);
        return new AuditEntry(
                Instant.now().truncatedTo(ChronoUnit.MICROS),
                name == null || name.isBlank() ? "-" : name,
                actorNation,
                storable(event.action()),
                storable(event.objectType()),
                storable(event.objectId()),
                label == null ? null : label.classification().ordinal(),
                label == null ? null : label.owner(),
                label == null ? null : label.releasableTo().stream().sorted().toList(),
                event.outcome().name(),
                address == null ? NO_ADDRESS : storable(address),
                details,
                previous);
    }

    /**
     * Text as PostgreSQL stores it: it refuses the NUL character, and the driver cannot send a lone
     * surrogate; both become U+FFFD here, before hashing, so that the hash matches the stored row.
     */
    static String storable(String text) {
        if (text == null) {
            return null;
        }
        var clean = new StringBuilder(text.length());
        text.codePoints()
                .map(c -> c == 0 || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) ? 0xFFFD : c)
                .forEach(clean::appendCodePoint);
        return clean.toString();
    }

    private static String currentAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return request.getRequest().getRemoteAddr();
        }
        return NO_ADDRESS;
    }
}
