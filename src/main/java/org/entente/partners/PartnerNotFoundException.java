package org.entente.partners;

/** An organization or person that does not exist, or that the subject may not know exists. */
public class PartnerNotFoundException extends RuntimeException {

    PartnerNotFoundException(String recordType, long id) {
        super(recordType + " " + id);
    }
}
