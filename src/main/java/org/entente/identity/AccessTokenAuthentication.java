package org.entente.identity;

import java.io.Serial;
import java.util.ArrayList;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request signed in by a personal access token: the account's roles, and the token's scope. */
class AccessTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final SignedInUser user;
    private final long tokenId;

    AccessTokenAuthentication(AccessTokens.Bearer bearer) {
        super(authorities(bearer));
        this.user = bearer.user();
        this.tokenId = bearer.tokenId();
        setAuthenticated(true);
    }

    private static ArrayList<GrantedAuthority> authorities(AccessTokens.Bearer bearer) {
        var authorities = new ArrayList<GrantedAuthority>(bearer.user().getAuthorities());
        authorities.add(new SimpleGrantedAuthority("SCOPE_READ"));
        if (bearer.mayWrite()) {
            authorities.add(new SimpleGrantedAuthority("SCOPE_WRITE"));
        }
        return authorities;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }

    long tokenId() {
        return tokenId;
    }
}
