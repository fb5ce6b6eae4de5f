package org.entente.shared;

/**
 * A record was written (created, changed, relabelled, deleted) in the current transaction, as the
 * audit trail recorded it: views kept beside the records (the search index) follow it before the
 * transaction commits.
 *
 * @param type the record's kind, as the audit trail names it ({@code activity}, {@code workplan}…)
 * @param id the record's id
 */
public record RecordWritten(String type, String id) {}
