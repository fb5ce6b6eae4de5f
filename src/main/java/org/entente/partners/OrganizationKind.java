package org.entente.partners;

public enum OrganizationKind {
    MINISTRY,
    GENERAL_STAFF,
    DIRECTORATE,
    DIVISION,
    SERVICE,
    UNIT,
    DEFENCE_COMPANY,
    ACADEMY
}
