package org.entente.identity;

import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import org.entente.shared.Classification;
import org.entente.shared.Subject;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in account as every module sees it: who, from which nation, at which clearance. */
public class SignedInUser extends User implements Subject {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String nation;
    private final Classification clearance;
    private final String language;
    private final boolean mustChangePassword;

    SignedInUser(
            long accountId,
            String username,
            String passwordHash,
            String nation,
            Classification clearance,
            String language,
            boolean administrator,
            boolean auditor,
            boolean mustChangePassword,
            boolean enabled,
            boolean locked) {
        super(username, passwordHash, enabled, true, true, !locked, authorities(administrator, auditor));
        this.accountId = accountId;
        this.nation = nation;
        this.clearance = clearance;
        this.language = language;
        this.mustChangePassword = mustChangePassword;
    }

    private static List<GrantedAuthority> authorities(boolean administrator, boolean auditor) {
        var authorities = new ArrayList<GrantedAuthority>();
        authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
        if (administrator) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"));
        }
        if (auditor) {
            authorities.add(new SimpleGrantedAuthority("ROLE_AUDITOR"));
        }
        return authorities;
    }

    public long accountId() {
        return accountId;
    }

    @Override
    public String username() {
        return getUsername();
    }

    @Override
    public String nation() {
        return nation;
    }

    @Override
    public Classification clearance() {
        return clearance;
    }

    /** The interface language the user chose last. */
    public String language() {
        return language;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
