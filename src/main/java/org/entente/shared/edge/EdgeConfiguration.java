package org.entente.shared.edge;

import org.entente.shared.api.ApiProblems;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request edges: the filter in front of everything ({@link RequestEdgeFilter}), Tomcat's own
 * form limit set to the same size, and the strict JSON reader ({@link StrictJson}).
 */
@Configuration(proxyBeanMethods = false)
class EdgeConfiguration {

    @Bean
    RequestLimits requestLimits(
            @Value("${entente.request.max-body:1MB}") DataSize maxBody,
            @Value("${entente.attachments.max-size:25MB}") DataSize maxAttachment) {
        return RequestLimits.of(maxBody, maxAttachment);
    }

    /**
     * Right after the character-encoding filter (parameters must be read as UTF-8) and before
     * Spring Security, whose sign-in filter would otherwise read a NUL into a database query.
     */
    @Bean
    FilterRegistrationBean<RequestEdgeFilter> requestEdgeFilter(
            RequestLimits limits, ApiProblems problems, LocaleResolver locales, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new RequestEdgeFilter(limits, problems, locales, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Tomcat parses forms itself (a chunked one has no length to refuse up front): the same limit. */
    @Bean
    TomcatConnectorCustomizer formSizeLimit(RequestLimits limits) {
        return connector -> connector.setMaxPostSize((int) Math.min(Integer.MAX_VALUE, limits.maxBody()));
    }

    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return StrictJson::configure;
    }
}
