package org.entente.shared;

/**
 * Who is acting: the signed-in account as every module may know it, without depending on the
 * module that signs people in.
 */
public interface Subject {

    String username();

    /** ISO 3166-1 alpha-3 code of the account's nation. */
    String nation();

    Classification clearance();
}
