package org.entente.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.groups.Default;
import java.util.Map;
import org.entente.shared.Classification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** The search's query string read by hand as Spring's binder read it: values, failures, constraints. */
class SearchParametersTest {

    private static final LocalValidatorFactoryBean VALIDATOR = new LocalValidatorFactoryBean();

    @BeforeAll
    static void start() {
        VALIDATOR.afterPropertiesSet();
    }

    @AfterAll
    static void stop() {
        VALIDATOR.close();
    }

    @Test
    void valuesAreReadConvertedAndStrippedBlankOnesAbsent() {
        BindingResult bound = SearchParameters.bind(
                Map.of(
                        "q", new String[] {"رقم"},
                        "type", new String[] {" activity "},
                        "committee", new String[] {" 7 "},
                        "year", new String[] {"2026"},
                        "classification", new String[] {"RESTRICTED"},
                        "page", new String[] {""},
                        "size", new String[] {"  "}),
                VALIDATOR);
        assertThat(bound.hasErrors()).isFalse();
        var asked = (SearchController.Asked) bound.getTarget();
        assertThat(asked)
                .isEqualTo(new SearchController.Asked(
                        "رقم", " activity ", 7L, 2026, null, null, Classification.RESTRICTED, null, null));
    }

    @Test
    void aValueOfTheWrongKindIsABindingFailureNamingItsFieldAndTheOthersStay() {
        BindingResult bound = SearchParameters.bind(
                Map.of(
                        "q", new String[] {"exercise"},
                        "committee", new String[] {"abc"},
                        "classification", new String[] {"TOP"},
                        "year", new String[] {"2026"}),
                VALIDATOR);
        assertThat(bound.getFieldErrors())
                .extracting(FieldError::getField)
                .containsExactlyInAnyOrder("committee", "classification");
        assertThat(bound.getFieldErrors()).allMatch(FieldError::isBindingFailure);
        assertThat(bound.getFieldError("committee").getRejectedValue()).isEqualTo("abc");
        var asked = (SearchController.Asked) bound.getTarget();
        assertThat(asked.committee()).isNull();
        assertThat(asked.year()).isEqualTo(2026);
    }

    @Test
    void theConstraintsAreCheckedInTheGroupsAsked() {
        Map<String, String[]> bad = Map.of(
                "type", new String[] {"treaty"},
                "committee", new String[] {"-3"},
                "year", new String[] {"12345"},
                "nation", new String[] {"france"},
                "page", new String[] {"-1"},
                "size", new String[] {"0"});
        BindingResult page = SearchParameters.bind(bad, VALIDATOR);
        assertThat(page.getFieldErrors())
                .extracting(FieldError::getField)
                .containsExactlyInAnyOrder("type", "committee", "year", "nation", "page", "size");
        assertThat(page.getFieldErrors()).noneMatch(FieldError::isBindingFailure);
        // the API requires a query; the page may open without one
        BindingResult api = SearchParameters.bind(bad, VALIDATOR, Default.class, SearchController.ApiOnly.class);
        assertThat(api.hasFieldErrors("q")).isTrue();
        assertThat(page.hasFieldErrors("q")).isFalse();
        assertThat(SearchParameters.bind(Map.of("q", new String[] {"x".repeat(201)}), VALIDATOR)
                        .hasFieldErrors("q"))
                .isTrue();
    }
}
