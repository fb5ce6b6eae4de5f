package org.entente.identity;

import org.entente.shared.Classification;

/** What it takes to open an account. */
public record NewAccount(
        String username,
        String password,
        String nation,
        Classification clearance,
        String language,
        boolean administrator,
        boolean auditor,
        boolean mustChangePassword) {}
