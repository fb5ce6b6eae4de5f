package org.entente.shared;

/**
 * Where the exception handlers record a denial (a 403 or a 404 for a record the subject may not
 * read). The audit module implements it; {@code shared} cannot depend on {@code audit}, which
 * depends on {@code shared}.
 */
public interface Denials {

    /**
     * Records one denial, in a transaction of its own (the request's is rolled back).
     *
     * @param action what was tried, e.g. {@code agreements.agreement.create}
     * @param objectType the kind of record, or null
     * @param objectId the record's id, or null
     * @param label the record's label when known, or null
     * @param reason the message key of the refusal, or null
     */
    void record(String action, String objectType, String objectId, Label label, String reason);
}
