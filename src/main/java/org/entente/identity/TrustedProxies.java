package org.entente.identity;

import java.util.List;
import java.util.stream.Collectors;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * {@code X-Forwarded-For} and {@code X-Forwarded-Proto} are believed only from the proxies listed
 * in {@code entente.trusted-proxies} (addresses or CIDR blocks; none by default). Spring Boot's
 * default believes any peer on a private network or the loopback, so that anyone there could pick
 * the address the sign-in throttle and the audit trail see.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final List<String> proxies;

    TrustedProxies(@Value("${entente.trusted-proxies:}") List<String> proxies) {
        this.proxies = proxies;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.getEngineValves().stream()
                .filter(RemoteIpValve.class::isInstance)
                .map(RemoteIpValve.class::cast)
                .forEach(this::trustOnlyListed);
    }

    void trustOnlyListed(RemoteIpValve valve) {
        valve.setInternalProxies(asCidrs(proxies));
        valve.setTrustedProxies(null);
    }

    /** Tomcat reads a comma-separated list of CIDR blocks (a plain address is its own block); empty trusts none. */
    static String asCidrs(List<String> proxies) {
        return proxies.stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(p -> p.contains("/") ? p : p + (p.contains(":") ? "/128" : "/32"))
                .collect(Collectors.joining(","));
    }

    /** After Spring Boot's customizer, which adds the valve. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
