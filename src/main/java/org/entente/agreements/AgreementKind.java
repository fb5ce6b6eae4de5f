package org.entente.agreements;

/** What kind of instrument an agreement is. */
public enum AgreementKind {
    MEMORANDUM_OF_UNDERSTANDING,
    FRAMEWORK_AGREEMENT,
    IMPLEMENTING_ARRANGEMENT,
    TECHNICAL_ARRANGEMENT,
    PROTOCOL,
    LETTER_OF_INTENT
}
