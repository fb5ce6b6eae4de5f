package org.entente.identity;

import org.entente.shared.Classification;

/** What it takes to open an account, and the person it belongs to (null for none yet). */
public record NewAccount(
        String username,
        String password,
        String nation,
        Classification clearance,
        String language,
        boolean administrator,
        boolean auditor,
        boolean mustChangePassword,
        Long personId) {

    /** An account not linked to a person yet (the first administrator, tests). */
    public NewAccount(
            String username,
            String password,
            String nation,
            Classification clearance,
            String language,
            boolean administrator,
            boolean auditor,
            boolean mustChangePassword) {
        this(username, password, nation, clearance, language, administrator, auditor, mustChangePassword, null);
    }
}
