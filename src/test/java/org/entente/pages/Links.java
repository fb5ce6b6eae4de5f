package org.entente.pages;

import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Resolves a link as the dispatcher would, against the controllers' handler mappings: a link with
 * no handler, or one followed with GET to a handler that takes only POST (a 405 page), is broken.
 */
public final class Links {

    /** Answered by Spring Security's filters, before any controller. */
    private static final Set<String> SECURITY_FILTERS = Set.of("POST /login", "POST /logout");

    private final HandlerMapping controllers;

    public Links(RequestMappingHandlerMapping controllers) {
        this.controllers = controllers;
    }

    /** What is wrong with following this link with this method, or empty if a handler takes it. */
    public Optional<String> problem(String method, URI link) {
        if (SECURITY_FILTERS.contains(method + " " + link.getPath())) {
            return Optional.empty();
        }
        var request = request(method, link);
        try {
            return controllers.getHandler(request) == null
                    ? Optional.of("no handler for " + method + " " + link.getPath())
                    : Optional.empty();
        } catch (HttpRequestMethodNotSupportedException e) {
            return Optional.of(method + " " + link.getPath() + " answers 405: the handler takes only "
                    + e.getSupportedHttpMethods());
        } catch (Exception e) {
            return Optional.of(method + " " + link.getPath() + ": " + e);
        }
    }

    /**
     * The page's route: the method and the pattern of the handler that answers it ("GET
     * /workplans/{id}"), whatever its ids and query; empty when no handler takes it.
     */
    public Optional<String> route(String method, URI link) {
        var request = request(method, link);
        try {
            if (controllers.getHandler(request) != null
                    && request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern) {
                return Optional.of(method + " " + pattern);
            }
        } catch (Exception e) {
            // not a route: the caller falls back on the address's shape
        }
        return Optional.empty();
    }

    private static MockHttpServletRequest request(String method, URI link) {
        var request = new MockHttpServletRequest(method, link.getRawPath());
        request.setQueryString(link.getRawQuery());
        UriComponentsBuilder.fromUri(link)
                .build(true)
                .getQueryParams()
                .forEach((name, values) -> values.forEach(
                        value -> request.addParameter(decode(name), value == null ? "" : decode(value))));
        ServletRequestPathUtils.parseAndCache(request);
        return request;
    }

    private static String decode(String text) {
        return java.net.URLDecoder.decode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
