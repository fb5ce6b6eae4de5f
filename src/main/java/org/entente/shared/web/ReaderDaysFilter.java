package org.entente.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Turns the days a form's date fields hold, typed in the reader's way ({@link ReaderDays}), into ISO
 * before any controller binds them. A form names its date fields in {@value #FIELDS} parameters
 * (the {@code form/day} template writes one beside each field); a value that names no day is left
 * as typed, for the form's own check to refuse naming the field in the reader's language. Runs after
 * sign-in, so that the reader's locale is theirs.
 */
public class ReaderDaysFilter extends OncePerRequestFilter {

    /** The parameter a form names each of its date fields in. */
    public static final String FIELDS = "_days";

    private final LocaleResolver locales;

    public ReaderDaysFilter(LocaleResolver locales) {
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String[] fields = request.getParameterValues(FIELDS);
        if (fields == null || request.getRequestURI().startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locales.resolveLocale(request);
        Set<String> days = Set.of(fields);
        var parameters = new LinkedHashMap<String, String[]>();
        request.getParameterMap().forEach((name, values) -> {
            if (days.contains(name)) {
                String[] isos = new String[values.length];
                for (int i = 0; i < values.length; i++) {
                    isos[i] = ReaderDays.iso(values[i], locale);
                }
                parameters.put(name, isos);
            } else {
                parameters.put(name, values);
            }
        });
        chain.doFilter(new WithParameters(request, Collections.unmodifiableMap(parameters)), response);
    }

    /** The request with some parameters' values replaced. */
    private static final class WithParameters extends HttpServletRequestWrapper {

        private final Map<String, String[]> parameters;

        WithParameters(HttpServletRequest request, Map<String, String[]> parameters) {
            super(request);
            this.parameters = parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters.get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters;
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }
    }
}
