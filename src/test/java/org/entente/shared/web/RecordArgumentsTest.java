package org.entente.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.shared.Classification;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestMethodArgumentResolver;

/**
 * Our records bound with their constructors' metadata asked once ({@link RecordArguments}), compared
 * with Spring's own binding of the same request: the same record, or the same field errors with the
 * same codes, rejected values and binding failures (400) against constraint failures (422). The
 * search's query record's cases (search17g's hand binding before) are here with a record of its shape.
 */
class RecordArgumentsTest {

    private static final LocalValidatorFactoryBean VALIDATOR = new LocalValidatorFactoryBean();
    private static ServletRequestDataBinderFactory binders;

    /** The search's parameters, their constraints as the search page's. */
    record Query(
            @NotBlank(groups = Strict.class) @Size(max = 200)
            String q,

            @Pattern(regexp = "\\s*(activity|plan)?\\s*") String type,
            @Positive Long committee,
            @Positive @Max(9999) Integer year,
            Classification classification,
            @PositiveOrZero Integer page,
            @Positive Integer size) {}

    interface Strict {}

    /** A form: nested texts, a day in a format, a number that may be absent, one the binder needs. */
    record Form(
            @Valid @AtMost(max = 5) LanguageTexts title,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
            @Nullable Integer count,
            boolean urgent,
            long id) {}

    /** Spring binds this one itself: a list of values. */
    record Many(List<String> names) {}

    @SuppressWarnings("unused") // the handlers whose parameters are bound
    static class Handlers {
        void query(@Valid Query query, BindingResult binding) {}

        void strictQuery(@Validated({Default.class, Strict.class}) Query query) {}

        void form(@Valid Form form, BindingResult binding) {}

        void many(@Valid Many many, BindingResult binding) {}

        void body(@RequestBody Form form) {}
    }

    @BeforeAll
    static void start() throws Exception {
        VALIDATOR.afterPropertiesSet();
        var initializer = new ConfigurableWebBindingInitializer();
        initializer.setConversionService(new DefaultFormattingConversionService());
        initializer.setValidator(VALIDATOR);
        // with our @InitBinder for records, as the application has it
        var initBinder = new InvocableHandlerMethod(
                new QueryBinding(),
                QueryBinding.class.getDeclaredMethod(
                        "recordsPassOverNestedNames", WebDataBinder.class, WebRequest.class));
        var resolvers = new org.springframework.web.method.support.HandlerMethodArgumentResolverComposite();
        resolvers.addResolver(new ServletRequestMethodArgumentResolver());
        initBinder.setHandlerMethodArgumentResolvers(resolvers);
        binders = new ServletRequestDataBinderFactory(List.of(initBinder), initializer);
    }

    @AfterAll
    static void stop() {
        VALIDATOR.close();
    }

    @Test
    void valuesAreReadConvertedAndStrippedBlankOnesAbsentAsSpringReadsThem() throws Exception {
        var request = request(Map.of(
                "q", "رقم",
                "type", " activity ",
                "committee", " 7 ",
                "year", "2026",
                "classification", "RESTRICTED",
                "page", "",
                "size", "  "));
        Bound ours = bind(new RecordArguments(), "query", request);
        assertThat(ours.binding().hasErrors()).isFalse();
        assertThat(ours.value())
                .isEqualTo(new Query("رقم", " activity ", 7L, 2026, Classification.RESTRICTED, null, null));
        assertSameAsSpring("query", request);
    }

    @Test
    void aValueOfTheWrongKindIsABindingFailureNamingItsFieldAndTheOthersStay() throws Exception {
        var request = request(Map.of("q", "exercise", "committee", "abc", "classification", "TOP", "year", "2026"));
        Bound ours = bind(new RecordArguments(), "query", request);
        assertThat(ours.binding().getFieldErrors())
                .extracting(FieldError::getField)
                .containsExactlyInAnyOrder("committee", "classification");
        assertThat(ours.binding().getFieldErrors()).allMatch(FieldError::isBindingFailure);
        assertThat(ours.binding().getFieldError("committee").getRejectedValue()).isEqualTo("abc");
        assertSameAsSpring("query", request);
    }

    @Test
    void theConstraintsAreCheckedInTheGroupsAsked() throws Exception {
        var bad = request(Map.of(
                "type", "treaty", "committee", "-3", "year", "12345", "page", "-1", "size", "0", "q", "x".repeat(201)));
        Bound page = bind(new RecordArguments(), "query", bad);
        assertThat(page.binding().getFieldErrors())
                .extracting(FieldError::getField)
                .containsExactlyInAnyOrder("q", "type", "committee", "year", "page", "size");
        assertThat(page.binding().getFieldErrors()).noneMatch(FieldError::isBindingFailure);
        assertSameAsSpring("query", bad);
        // the strict handler has no BindingResult: the exception, with the query required
        var empty = request(Map.of("year", "2026"));
        assertThatThrownBy(() -> bind(new RecordArguments(), "strictQuery", empty))
                .isInstanceOfSatisfying(
                        MethodArgumentNotValidException.class,
                        refused -> assertThat(refused.getBindingResult().hasFieldErrors("q"))
                                .isTrue());
        assertSameAsSpring("strictQuery", empty);
        assertSameAsSpring("strictQuery", request(Map.of("q", "x", "year", "abc")));
    }

    @Test
    void nestedRecordsDaysMarkersDefaultsAndUriVariablesAsSpringBindsThem() throws Exception {
        var filled = request(
                Map.of("title.en", "Drill", "title.ar", "تمرين", "day", "2026-03-01", "_urgent", "on", "!count", "4"));
        filled.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("id", "42"));
        Bound ours = bind(new RecordArguments(), "form", filled);
        assertThat(ours.value())
                .isEqualTo(new Form(
                        new LanguageTexts("Drill", null, "تمرين", null), LocalDate.of(2026, 3, 1), 4, false, 42L));
        assertSameAsSpring("form", filled);
        assertSameAsSpring("form", request(Map.of("urgent", "true", "id", "3")));
        assertSameAsSpring("form", request(Map.of("title.fr", "toolong", "day", "1 March", "id", "x")));
        assertSameAsSpring("form", request(Map.of("title", "flat", "count", "", "id", "1")));
        assertSameAsSpring("form", request(Map.of()));
    }

    @Test
    void theShapeIsAskedOncePerRecordAndSpringKeepsWhatItHasNone() throws Exception {
        var resolver = new RecordArguments();
        assertThat(resolver.supportsParameter(parameter("query"))).isTrue();
        var first = resolver.shape(Query.class).orElseThrow();
        bind(resolver, "query", request(Map.of("q", "a")));
        bind(resolver, "query", request(Map.of("q", "b")));
        assertThat(resolver.shape(Query.class).orElseThrow()).isSameAs(first);
        assertThat(first.components())
                .extracting(RecordShape.Component::name)
                .containsExactly("q", "type", "committee", "year", "classification", "page", "size");
        // a list, and a parameter that is another resolver's, are not this resolver's
        assertThat(resolver.supportsParameter(parameter("many"))).isFalse();
        assertThat(resolver.supportsParameter(parameter("body"))).isFalse();
    }

    /** What a resolver gave the handler: the record and its binding result, or the exception it threw. */
    record Bound(Object value, BindingResult binding) {}

    private static Bound bind(HandlerMethodArgumentResolver resolver, String handler, MockHttpServletRequest request)
            throws Exception {
        var model = new ModelAndViewContainer();
        Object value = resolver.resolveArgument(parameter(handler), model, new ServletWebRequest(request), binders);
        BindingResult binding = (BindingResult) model.getModel().get(BindingResult.MODEL_KEY_PREFIX + name(handler));
        return new Bound(value, binding);
    }

    /** Ours and Spring's catch-all give the same record and errors, or throw the same refusal. */
    private static void assertSameAsSpring(String handler, MockHttpServletRequest request) throws Exception {
        Object ours;
        Object spring;
        try {
            ours = summary(bind(new RecordArguments(), handler, request));
        } catch (MethodArgumentNotValidException refused) {
            ours = "refused " + errors(refused.getBindingResult());
        }
        try {
            spring = summary(bind(new ServletModelAttributeMethodProcessor(true), handler, request));
        } catch (MethodArgumentNotValidException refused) {
            spring = "refused " + errors(refused.getBindingResult());
        }
        assertThat(ours).isEqualTo(spring);
    }

    private static String summary(Bound bound) {
        return bound.value() + " " + errors(bound.binding());
    }

    private static List<String> errors(BindingResult binding) {
        return binding.getFieldErrors().stream()
                .map(e -> e.getField() + "=" + e.getRejectedValue() + " " + e.isBindingFailure() + " "
                        + String.join("|", e.getCodes()) + " " + e.getDefaultMessage())
                .sorted()
                .toList();
    }

    private static String name(String handler) {
        return parameter(handler)
                        .getParameterType()
                        .getSimpleName()
                        .substring(0, 1)
                        .toLowerCase()
                + parameter(handler).getParameterType().getSimpleName().substring(1);
    }

    private static MethodParameter parameter(String handler) {
        for (Method method : Handlers.class.getDeclaredMethods()) {
            if (method.getName().equals(handler)) {
                return new MethodParameter(method, 0);
            }
        }
        throw new IllegalArgumentException(handler);
    }

    private static MockHttpServletRequest request(Map<String, String> parameters) {
        var request = new MockHttpServletRequest("GET", "/");
        parameters.forEach(request::addParameter);
        return request;
    }
}
