package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The page checks' registry: a route is checked once per language in a run, whatever its ids. */
class PageChecksTest {

    @Test
    void aRouteIsClaimedOncePerLanguageAndAClaimGivenBackCanBeTakenAgain() {
        String route = "GET /page-checks-test/" + System.nanoTime() + "/{id}";
        assertThat(PageChecks.firstSight(route + " ar")).isTrue();
        assertThat(PageChecks.firstSight(route + " ar"))
                .as("the second sight in Arabic")
                .isFalse();
        assertThat(PageChecks.firstSight(route + " en"))
                .as("the first in English")
                .isTrue();
        PageChecks.release(route + " en");
        assertThat(PageChecks.firstSight(route + " en"))
                .as("given back, then seen again")
                .isTrue();
    }

    @Test
    void withoutARouteAPageIsKnownByItsShape() {
        assertThat(PageChecks.key(URI.create("http://localhost/workplans/12?year=2026&closed")))
                .isEqualTo(PageChecks.key(URI.create("http://localhost/workplans/7?closed&year=2025")))
                .isEqualTo("/workplans/{n}?closed&year");
    }

    @Test
    void aPageSaysItsLanguage() {
        assertThat(PageChecks.languageOf("<!DOCTYPE html><html dir=\"rtl\" lang=\"ar-MA\">"))
                .isEqualTo("ar");
        assertThat(PageChecks.languageOf("<p>no html element</p>")).isEqualTo("?");
    }
}
