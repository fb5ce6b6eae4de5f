package org.entente.shared;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work the system does on its own (loading the demo, the first start), done as a named subject of a
 * nation and clearance so that row-level security and the audit trail treat it like anyone else.
 */
public record SystemSubject(String username, String nation, Classification clearance) implements Subject {

    /** Runs the work with this subject as the current one, then puts back whoever was there. */
    public <T> T run(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(this, null, AuthorityUtils.NO_AUTHORITIES));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public void run(Runnable work) {
        run(() -> {
            work.run();
            return null;
        });
    }
}
