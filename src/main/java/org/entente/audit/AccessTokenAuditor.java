package org.entente.audit;

import org.entente.identity.AccessTokenEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every personal access token issued and revoked (in the transaction that does it), and
 * every request refused for its token (in a transaction of its own: the refusal changes nothing).
 */
@Component
class AccessTokenAuditor {

    static final String TOKEN = "access-token";

    private final AuditTrail trail;

    AccessTokenAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    @Transactional
    void issued(AccessTokenEvents.Issued event) {
        trail.recordAs(
                event.issuer(),
                event.nation(),
                AuditEvent.success("identity.token.create", TOKEN, Long.toString(event.tokenId()), null)
                        .with("account", event.username())
                        .with("name", event.name())
                        .with("scope", event.scope())
                        .with("expires", event.expires().toString()));
    }

    @EventListener
    @Transactional
    void revoked(AccessTokenEvents.Revoked event) {
        trail.record(AuditEvent.success("identity.token.revoke", TOKEN, Long.toString(event.tokenId()), null)
                .with("account", event.username()));
    }

    @EventListener
    @Transactional
    void refused(AccessTokenEvents.Refused event) {
        trail.recordAs(
                event.username() == null ? "-" : event.username(),
                event.nation(),
                event.address(),
                AuditEvent.denied("identity.token.use", TOKEN, event.prefix(), null)
                        .with("reason", event.reason())
                        .with("request", event.request()));
    }
}
