package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The link check on a controller shaped like the one that gave the committee page a 405 link. */
class LinksTest {

    @Controller
    static class PeopleBeforeThePersonPage {
        @PostMapping("/people/{id}")
        void update() {}

        @GetMapping("/people")
        void list() {}

        @GetMapping(path = "/calendar", params = "month")
        void month(@RequestParam String month) {}
    }

    private static Links links() {
        var context = new StaticApplicationContext();
        context.registerSingleton("people", PeopleBeforeThePersonPage.class);
        context.refresh();
        var mapping = new RequestMappingHandlerMapping();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return new Links(mapping);
    }

    @Test
    void aLinkFollowedWithGetToAHandlerThatOnlyTakesPostIsBroken() {
        assertThat(links().problem("GET", URI.create("http://localhost/people/7")))
                .hasValueSatisfying(
                        problem -> assertThat(problem).contains("405").contains("POST"));
        assertThat(links().problem("POST", URI.create("http://localhost/people/7")))
                .isEmpty();
    }

    @Test
    void aLinkWithNoHandlerIsBroken() {
        assertThat(links().problem("GET", URI.create("http://localhost/peoples")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("no handler"));
    }

    @Test
    void parametersAreMatchedToo() {
        assertThat(links().problem("GET", URI.create("http://localhost/people?page=2")))
                .isEmpty();
        assertThat(links().problem("GET", URI.create("http://localhost/calendar?month=2026-04")))
                .isEmpty();
        assertThat(links().problem("GET", URI.create("http://localhost/calendar")))
                .isPresent();
        assertThat(links().problem("POST", URI.create("http://localhost/logout")))
                .isEmpty();
    }

    @Test
    void aPageIsKnownByItsRouteNotItsIdsOrQuery() {
        assertThat(links().route("POST", URI.create("http://localhost/people/7")))
                .contains("POST /people/{id}");
        assertThat(links().route("POST", URI.create("http://localhost/people/12?saved")))
                .contains("POST /people/{id}");
        assertThat(links().route("GET", URI.create("http://localhost/calendar?month=2026-04")))
                .contains("GET /calendar");
        assertThat(links().route("GET", URI.create("http://localhost/people/7")))
                .isEmpty();
        assertThat(links().route("GET", URI.create("http://localhost/peoples"))).isEmpty();
    }
}
