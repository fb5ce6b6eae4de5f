package org.entente.shared;

import java.util.Optional;

/**
 * The records of one type as other modules may point at them (attachments, later comments and
 * search) without depending on the module that keeps them. Each module declares one bean per
 * record type it owns; whoever needs them collects every bean of this type.
 */
public interface LabelledRecords {

    /** The type's name as stored by those who point at it: {@code committee}, {@code session}, … */
    String recordType();

    /**
     * The record's label, if the record exists and the reader may read it: otherwise nothing,
     * whichever the case, so that a caller answers both the same way (404).
     */
    Optional<Label> labelFor(Subject reader, long id);

    /** Whether the subject may add to the record (attach a file): the access policy's write rule. */
    boolean mayWrite(Subject subject, long id);

    /** The page that shows the record, to return to after a change. */
    String pagePath(long id);
}
