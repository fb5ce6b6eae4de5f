package org.entente.identity;

import java.time.Clock;
import java.util.LinkedHashMap;
import org.entente.shared.EntenteProperties;
import org.entente.shared.Translator;
import org.entente.shared.api.ApiProblems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.session.SessionManagementFilter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.servlet.LocaleResolver;

/** Who may reach what, how people sign in and out, and the headers every response carries. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";

    private static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            Accounts accounts,
            LocaleResolver localeResolver,
            EntenteProperties properties,
            ApplicationEventPublisher events,
            SessionRegistry sessionRegistry,
            SecondFactor secondFactor,
            AccessTokens tokens,
            ApiProblems problems)
            throws Exception {
        var apiPaths = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        var requestCache = new HttpSessionRequestCache();
        requestCache.setRequestMatcher(new NegatedRequestMatcher(apiPaths));
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/css/**",
                                "/fonts/**",
                                "/js/**",
                                "/webjars/**",
                                "/favicon.svg",
                                "/favicon-*.svg",
                                "/error")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        // Metrics for Prometheus: exposed only when configured, on the management port (ha19a).
                        .requestMatchers(HttpMethod.GET, "/actuator/prometheus")
                        .permitAll()
                        // The API's description is public, as the source is: programs read it before signing in.
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, LOGIN)
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/language")
                        .permitAll()
                        // Calendar feeds: calendar programs have no session; the secret address is the key.
                        .requestMatchers(HttpMethod.GET, "/calendar/*.ics")
                        .permitAll()
                        .requestMatchers("/admin/**")
                        .hasRole("ADMINISTRATOR")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.loginPage(LOGIN)
                        .successHandler(new SignInSuccess(accounts, localeResolver, events, secondFactor))
                        .failureHandler(new SignInFailure(events, problems, localeResolver))
                        .permitAll())
                .logout(logout -> logout.logoutUrl(LOGOUT)
                        .addLogoutHandler((request, response, authentication) -> {
                            if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
                                events.publishEvent(new SignInEvents.SignedOut(
                                        user.username(), user.nation(), request.getRemoteAddr()));
                            }
                        })
                        .logoutSuccessUrl(LOGIN + "?signedOut")
                        .deleteCookies("ENTENTE_SESSION"))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1)
                        .sessionRegistry(sessionRegistry)
                        .expiredUrl(LOGIN + "?expired"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(entryPoint(apiPaths, problems, localeResolver))
                        .accessDeniedHandler(accessDeniedHandler(problems, localeResolver)))
                .requestCache(cache -> cache.requestCache(requestCache))
                // A request carrying a bearer token is not signed in by a cookie: no CSRF token needed.
                .csrf(csrf -> csrf.ignoringRequestMatchers(AccessTokenFilter::presentsToken))
                // After session management: a token's sign-in lasts one request and creates no session.
                .addFilterAfter(
                        new AccessTokenFilter(tokens, problems, localeResolver, events), SessionManagementFilter.class)
                .addFilterAfter(new SessionRules(properties.sessionAbsoluteTimeout()), AuthorizationFilter.class);
        return http.build();
    }

    /** Programs calling the API are answered with a 401 problem; people are sent to the sign-in page. */
    private static AuthenticationEntryPoint entryPoint(
            RequestMatcher apiPaths, ApiProblems problems, LocaleResolver locales) {
        var entryPoints = new LinkedHashMap<RequestMatcher, AuthenticationEntryPoint>();
        entryPoints.put(
                apiPaths,
                (request, response, refused) -> problems.write(
                        response, HttpStatus.UNAUTHORIZED, "api.unauthorized", locales.resolveLocale(request)));
        // A fragment htmx asks for after its page (the navigation's to-do count) once the session has
        // ended: 401, which htmx does not swap, rather than the sign-in page inside the navigation.
        entryPoints.put(
                request -> request.getHeader("HX-Request") != null,
                (request, response, refused) -> response.sendError(HttpStatus.UNAUTHORIZED.value()));
        var entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN));
        return entryPoint;
    }

    /** Refusals under /api are 403 problems (a missing CSRF token, for one); pages get the error page. */
    private static AccessDeniedHandler accessDeniedHandler(ApiProblems problems, LocaleResolver locales) {
        var pages = new AccessDeniedHandlerImpl();
        return (request, response, denied) -> {
            if (ApiProblems.isApi(SessionRules.pathWithinApplication(request))) {
                problems.write(response, HttpStatus.FORBIDDEN, "api.forbidden", locales.resolveLocale(request));
            } else {
                pages.handle(request, response, denied);
            }
        };
    }

    /** Before Spring Security's filters (order -100): a flood of sign-ins is refused at the door. */
    @Bean
    FilterRegistrationBean<SignInGate> signInGate(
            SignInThrottle throttle, PasswordChecks places, LocaleResolver locales, Translator messages) {
        var registration = new FilterRegistrationBean<>(new SignInGate(throttle, places, locales, messages));
        registration.setOrder(-200);
        return registration;
    }

    /** Knows every signed-in session, so that disabling an account can end its sessions at once. */
    @Bean
    SessionRegistry sessionRegistry(ObjectProvider<CoalescedSessions> inDatabase) {
        // With sessions in PostgreSQL (a cluster), every node's sessions, found by their principal's name.
        CoalescedSessions sessions = inDatabase.getIfAvailable();
        return sessions == null ? new SessionRegistryImpl() : new SpringSessionBackedSessionRegistry<>(sessions);
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * Spring Security observes nothing of its own (nego15h, issue 15): with Actuator's observation
     * registry it wrapped, on every request, each of its filters in an observation (a timer and a
     * long-task timer, their tags built and sorted) and each authorization in another, about a sixth
     * of the JVM's CPU on {@code /api/v1/me/todo}. No alert or dashboard reads those meters
     * (docs/operations.md); the request's own timing, {@code http.server.requests}, stays.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Refusals of routes and methods become events, for the audit trail to record. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }

    /** Argon2 (about 16 MiB a check), a few checks at a time. */
    @Bean
    PasswordChecks passwordEncoder(SignInProperties settings) {
        return new PasswordChecks(
                Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                settings.concurrentChecks(),
                settings.waitingChecks(),
                settings.passwordWait());
    }

    @Bean
    SignInThrottle signInThrottle(SignInProperties settings, DatabaseFailureCounts counts) {
        return new SignInThrottle(settings.rules(), Clock.systemUTC(), counts);
    }

    /**
     * The only authentication provider: sign-in by password, throttled before the password is
     * checked. (No {@code UserDetailsService} bean, so that Spring Security builds no second,
     * unthrottled provider behind this one.)
     */
    @Bean
    ThrottledSignIn signIn(Accounts accounts, PasswordChecks passwords, SignInThrottle throttle) {
        UserDetailsService users =
                username -> accounts.load(username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
        var checked = new DaoAuthenticationProvider(users);
        checked.setPasswordEncoder(passwords);
        return new ThrottledSignIn(checked, passwords, throttle, accounts);
    }
}
