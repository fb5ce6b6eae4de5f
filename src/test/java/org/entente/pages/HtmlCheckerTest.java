package org.entente.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlCheckerTest {

    private static final HtmlChecker CHECKER = new HtmlChecker();

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head><body>" + body
                + "</body></html>";
    }

    @Test
    void aValidPageHasNoErrors() {
        assertThat(
                        CHECKER.errors(
                                page(
                                        "<main><h1>Title</h1><p data-hx-get=\"/x\"><time datetime=\"2026-12-06T10:15:30Z\">now</time></p></main>")))
                .isEmpty();
    }

    @Test
    void whatTheIssueFoundOnEveryPageIsAnError() {
        assertThat(CHECKER.errors(page("<main><h1>T</h1><p hx-get=\"/x\">x</p></main>")))
                .singleElement()
                .asString()
                .contains("hx-get");
        assertThat(CHECKER.errors(page("<time datetime=\"2026-12-06T10:15:30.123456789Z\">now</time>")))
                .isNotEmpty();
        assertThat(CHECKER.errors(page("<span aria-label=\"x\">y</span>"))).isNotEmpty();
    }
}
