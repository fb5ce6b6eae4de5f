package org.entente.shared;

/**
 * The one exception for "not readable": a record that does not exist or that the subject may not
 * know exists, answered 404 alike (pages and API) and audited as a denial by the exception
 * handlers. Controllers and services throw it; nobody catches it.
 */
public class NotReadable extends RuntimeException {

    private final String objectType;
    private final String objectId;

    /**
     * @param objectType the kind of record asked for ({@code agreement}, {@code person}…)
     * @param objectId its id as asked, or null
     */
    public NotReadable(String objectType, Object objectId) {
        super(objectType + " " + objectId + " not readable");
        this.objectType = objectType;
        this.objectId = objectId == null ? null : objectId.toString();
    }

    public String objectType() {
        return objectType;
    }

    public String objectId() {
        return objectId;
    }
}
