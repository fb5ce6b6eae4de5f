package org.entente.shared.web;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.annotation.Annotation;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.util.StringUtils;
import org.springframework.validation.DataBinder;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * Our form and filter records bound from the request as Spring binds them, with what Spring asks of
 * the record's constructor asked once per record type ({@link RecordShape}). Spring's {@code
 * DataBinder.construct} makes a new {@code MethodParameter} per constructor parameter on every
 * request, and each question it asks (the {@code @BindParam} name, {@code isOptional}'s nullness,
 * the type descriptor) has the JDK parse the constructor's parameter annotations again: a fifth of
 * the search page's CPU (search17g's profile). Spring 7.0 has no setting that caches them.
 *
 * <p>Used for a handler parameter that is one of our records, carries no annotation but {@code
 * @Valid} or {@code @Validated}, and has a shape (plain values and nested records; anything else is
 * Spring's own binding, unchanged). Everything around the construction is Spring's {@link
 * ModelAttributeMethodProcessor}: the binder and its {@code @InitBinder}s, Bean Validation, {@code
 * BindingResult} or the exception. The values are looked up as Spring's {@code
 * ExtendedServletRequestDataBinder} looks them up (parameters, URI variables, headers, the {@code
 * !name} default and {@code _name} marker) and converted by the same binder with the same type
 * descriptors. A value that cannot be converted, and a multipart request, are handed to Spring's
 * binding, which records the failure exactly as before (bad input only, not the common path).
 * Nothing is bound to the record's properties afterwards: a record has none to set.
 */
final class RecordArguments extends ModelAttributeMethodProcessor {

    /** The headers Spring's {@code ExtendedServletRequestDataBinder} does not bind (its default). */
    private static final Set<String> FILTERED_HEADER_NAMES = Set.of(
            "accept",
            "authorization",
            "connection",
            "cookie",
            "from",
            "host",
            "origin",
            "priority",
            "range",
            "referer",
            "upgrade");

    private final Map<Class<?>, Optional<RecordShape>> shapes = new ConcurrentHashMap<>();

    RecordArguments() {
        super(true);
    }

    /** The shape asked once per type; empty when Spring's binding does this record. */
    Optional<RecordShape> shape(Class<?> type) {
        return shapes.computeIfAbsent(type, RecordShape::of);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        if (!type.isRecord() || !type.getName().startsWith("org.entente.")) {
            return false;
        }
        for (Annotation annotation : parameter.getParameterAnnotations()) {
            if (ValidationAnnotationUtils.determineValidationHints(annotation) == null) {
                return false; // @ModelAttribute, @RequestBody, @AuthenticationPrincipal…: not ours
            }
        }
        return shape(type).isPresent();
    }

    @Override
    protected @Nullable Object createAttribute(
            String attributeName,
            MethodParameter parameter,
            WebDataBinderFactory binderFactory,
            NativeWebRequest request)
            throws Exception {
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        RecordShape shape = shape(parameter.getParameterType()).orElse(null);
        if (servletRequest == null || shape == null || multipart(servletRequest)) {
            return null; // Spring's construction
        }
        Object fromOneValue = fromRequestValue(attributeName, parameter, binderFactory, request, servletRequest);
        if (fromOneValue != null) {
            return fromOneValue;
        }
        WebDataBinder binder =
                binderFactory.createBinder(request, null, attributeName, ResolvableType.forMethodParameter(parameter));
        try {
            return construct(shape, "", new Values(servletRequest, binder), binder);
        } catch (TypeMismatchException refused) {
            return null; // Spring's construction again, which records the failure on its binding result
        }
    }

    private static Object construct(RecordShape shape, String prefix, Values values, DataBinder binder) {
        List<RecordShape.Component> components = shape.components();
        Object[] arguments = new Object[components.size()];
        for (int i = 0; i < arguments.length; i++) {
            RecordShape.Component component = components.get(i);
            String path = prefix + component.name();
            Object value = values.resolve(path, component.type());
            if (value == null && component.nested() != null && values.hasValuesFor(path)) {
                arguments[i] = construct(component.nested(), path + ".", values, binder);
            } else if (value == null && component.nullable()) {
                arguments[i] = null;
            } else {
                arguments[i] = binder.convertIfNecessary(value, component.type(), component.descriptor());
            }
        }
        return BeanUtils.instantiateClass(shape.constructor(), arguments);
    }

    /**
     * As Spring's {@code ServletModelAttributeMethodProcessor}: a URI variable or parameter named
     * like the attribute, when a converter makes the record from it.
     */
    private static @Nullable Object fromRequestValue(
            String attributeName,
            MethodParameter parameter,
            WebDataBinderFactory binderFactory,
            NativeWebRequest request,
            HttpServletRequest servletRequest)
            throws Exception {
        String value = uriVariables(servletRequest).get(attributeName);
        if (!StringUtils.hasText(value)) {
            value = servletRequest.getParameter(attributeName);
        }
        if (!StringUtils.hasText(value)) {
            return null;
        }
        DataBinder binder = binderFactory.createBinder(request, null, attributeName);
        ConversionService conversion = binder.getConversionService();
        if (conversion != null
                && conversion.canConvert(TypeDescriptor.valueOf(String.class), new TypeDescriptor(parameter))) {
            return binder.convertIfNecessary(value, parameter.getParameterType(), parameter);
        }
        return null;
    }

    private static boolean multipart(HttpServletRequest request) {
        return request instanceof MultipartRequest
                || StringUtils.startsWithIgnoreCase(request.getContentType(), "multipart/form-data")
                || org.springframework.web.util.WebUtils.getNativeRequest(request, MultipartRequest.class) != null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> uriVariables(ServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return variables == null ? Collections.emptyMap() : (Map<String, String>) variables;
    }

    /** Spring's construction, for the records it binds when this one hands a request back. */
    @Override
    protected void constructAttribute(WebDataBinder binder, NativeWebRequest request) {
        ((ServletRequestDataBinder) binder).construct(servletRequest(request));
    }

    /** Nothing to bind to a record this class constructed; otherwise Spring's property binding. */
    @Override
    protected void bindRequestParameters(WebDataBinder binder, NativeWebRequest request) {
        Object target = binder.getTarget();
        if (target != null && shape(target.getClass()).isPresent()) {
            return;
        }
        ((ServletRequestDataBinder) binder).bind(servletRequest(request));
    }

    private static ServletRequest servletRequest(NativeWebRequest request) {
        ServletRequest servletRequest = request.getNativeRequest(ServletRequest.class);
        if (servletRequest == null) {
            throw new IllegalStateException("No ServletRequest");
        }
        return servletRequest;
    }

    /** The request's values by name, found as {@code ExtendedServletRequestDataBinder}'s resolver finds them. */
    private static final class Values {
        private final HttpServletRequest request;
        private final WebDataBinder binder;
        private final Map<String, String> uriVariables;
        private final boolean headers;
        private @Nullable Set<String> names;

        Values(HttpServletRequest request, WebDataBinder binder) {
            this.request = request;
            this.binder = binder;
            this.uriVariables = uriVariables(request);
            this.headers = binder instanceof ExtendedServletRequestDataBinder;
        }

        @Nullable
        Object resolve(String name, Class<?> type) {
            Object value = parameter(name);
            if (value == null) {
                String prefix = binder.getFieldDefaultPrefix();
                if (prefix != null) {
                    value = parameter(prefix + name);
                }
                if (value == null) {
                    prefix = binder.getFieldMarkerPrefix();
                    if (prefix != null && parameter(prefix + name) != null) {
                        value = binder.getEmptyValue(type);
                    }
                }
            }
            return value;
        }

        private @Nullable Object parameter(String name) {
            String[] values = request.getParameterValues(name);
            if (values != null) {
                return values.length == 1 ? values[0] : values;
            }
            Object value = uriVariables.get(name);
            if (value == null && headers && bindsHeader(name)) {
                Enumeration<String> found = request.getHeaders(name);
                if (found != null && found.hasMoreElements()) {
                    String first = found.nextElement();
                    if (!found.hasMoreElements()) {
                        return first;
                    }
                    List<Object> all = new java.util.ArrayList<>();
                    all.add(first);
                    found.asIterator().forEachRemaining(all::add);
                    return all;
                }
            }
            return value;
        }

        boolean hasValuesFor(String path) {
            String nested = path + ".";
            for (String name : names()) {
                if (name.startsWith(nested)) {
                    return true;
                }
            }
            return false;
        }

        private Set<String> names() {
            if (names == null) {
                Set<String> all = new LinkedHashSet<>(Collections.list(request.getParameterNames()));
                all.addAll(uriVariables.keySet());
                if (headers) {
                    for (String header : Collections.list(request.getHeaderNames())) {
                        if (bindsHeader(header)) {
                            all.add(StringUtils.uncapitalize(header.replace("-", "")));
                        }
                    }
                }
                names = all;
            }
            return names;
        }

        private static boolean bindsHeader(String name) {
            return !FILTERED_HEADER_NAMES.contains(name.toLowerCase(Locale.ROOT));
        }
    }
}
