package org.entente.audit;

import org.entente.identity.AdministrationEvents;
import org.entente.identity.SecondFactorEvents;
import org.entente.identity.SignInEvents;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records what administrators do to accounts, the second factor's successes and failures, and
 * every route a signed-in user was refused. Administrators' acts are recorded in their own
 * transaction (a refusal commits though it changes nothing); denied routes in a new one.
 */
@Component
class AccountAuditor {

    static final String ACCOUNT = SignInAuditor.ACCOUNT;

    private final AuditTrail trail;

    AccountAuditor(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    @Transactional
    void created(AdministrationEvents.AccountCreated event) {
        trail.record(AuditEvent.success("identity.account.create", ACCOUNT, event.username(), null)
                .with("nation", event.nation())
                .with("clearance", event.clearance().name()));
    }

    @EventListener
    @Transactional
    void enabled(AdministrationEvents.AccountEnabled event) {
        trail.record(AuditEvent.success(
                event.enabled() ? "identity.account.enable" : "identity.account.disable",
                ACCOUNT,
                event.username(),
                null));
    }

    @EventListener
    @Transactional
    void clearance(AdministrationEvents.ClearanceChanged event) {
        trail.record(AuditEvent.success("identity.account.clearance", ACCOUNT, event.username(), null)
                .with("before", event.before().name())
                .with("after", event.after().name()));
    }

    @EventListener
    @Transactional
    void passwordReset(AdministrationEvents.PasswordReset event) {
        trail.record(AuditEvent.success("identity.account.password-reset", ACCOUNT, event.username(), null));
    }

    @EventListener
    @Transactional
    void unlocked(AdministrationEvents.AccountUnlocked event) {
        trail.record(AuditEvent.success("identity.account.unlock", ACCOUNT, event.username(), null));
    }

    @EventListener
    @Transactional
    void refused(AdministrationEvents.AdministrationRefused event) {
        trail.record(AuditEvent.denied("identity.account.administer", ACCOUNT, event.target(), null)
                .with("reason", event.reason()));
    }

    @EventListener
    @Transactional
    void passwordChanged(SignInEvents.PasswordChanged event) {
        trail.recordAs(
                event.username(),
                event.nation(),
                AuditEvent.success("identity.password.change", ACCOUNT, event.username(), null));
    }

    @EventListener
    @Transactional
    void enrolled(SecondFactorEvents.Enrolled event) {
        trail.record(AuditEvent.success("identity.second-factor.enrol", ACCOUNT, event.username(), null));
    }

    @EventListener
    @Transactional
    void passed(SecondFactorEvents.Passed event) {
        trail.record(AuditEvent.success("identity.second-factor", ACCOUNT, event.username(), null)
                .with("means", event.means()));
    }

    @EventListener
    @Transactional
    void failed(SecondFactorEvents.Failed event) {
        trail.record(AuditEvent.failure("identity.second-factor", ACCOUNT, event.username(), null)
                .with("failuresInARow", Integer.toString(event.failures())));
    }

    /** A signed-in user refused a route (an anonymous visitor is only sent to sign in). */
    @EventListener
    void denied(AuthorizationDeniedEvent<?> event) {
        var authentication = event.getAuthentication().get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        String path = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getMethod() + " " + request.getRequest().getRequestURI()
                : String.valueOf(event.getSource());
        trail.recordSeparately(AuditEvent.denied("access.route", "route", path, null));
    }
}
