package org.entente.shared;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The records of one type as other modules may point at them (attachments, later comments and
 * search) without depending on the module that keeps them. Each module declares one bean per
 * record type it owns; whoever needs them collects every bean of this type ({@link #byType}).
 */
public interface LabelledRecords {

    /** The kind of record, as the catalogue names it (and those who point at it store it). */
    RecordType recordType();

    /**
     * The record's label, if the record exists and the reader may read it: otherwise nothing,
     * whichever the case, so that a caller answers both the same way (404).
     */
    Optional<Label> labelFor(Subject reader, long id);

    /** Whether the subject may add to the record (attach a file): the access policy's write rule. */
    boolean mayWrite(Subject subject, long id);

    /**
     * As {@link #mayWrite(Subject, long)}, for a caller that has just read the record and its label
     * (its page): a kind whose rule needs only the label answers without reading the record again.
     */
    default boolean mayWrite(Subject subject, long id, Label label) {
        return mayWrite(subject, id);
    }

    /** The page that shows the record, to return to after a change. */
    String pagePath(long id);

    /** The beans by the kind of record each serves; two beans of one kind are a mistake. */
    static Map<RecordType, LabelledRecords> byType(Collection<LabelledRecords> beans) {
        Map<RecordType, LabelledRecords> byType = new EnumMap<>(RecordType.class);
        for (LabelledRecords bean : beans) {
            if (byType.put(bean.recordType(), bean) != null) {
                throw new IllegalStateException(
                        "Two beans serve " + bean.recordType().spelled() + " records");
            }
        }
        return Map.copyOf(byType);
    }
}
