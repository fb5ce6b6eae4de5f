package org.entente.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import org.entente.BrowserTest;
import org.entente.DemoApplicationTest;
import org.junit.jupiter.api.Test;

/**
 * Search as a person uses it, in Chromium: the navigation's box answers as they type (after a
 * pause), arrows move through the suggestions, Escape closes them and Enter opens the one chosen;
 * the results page has facets with counts, snippets with the words marked (in the reader's
 * language or marked with the one they were found in), and an empty state that says what to try.
 * In English and in Arabic (right to left), on a desktop and at 390 px. Each page is also checked
 * by {@code PageChecks} (HTML checker, axe-core, no sideways scroll at 390 px). Screenshots in
 * {@code target/screenshots/search/}.
 */
@DemoApplicationTest
class SearchBrowserIT extends BrowserTest {

    @Test
    void inEnglishTheBoxSuggestsAsYouTypeAndTheKeyboardDrivesIt() {
        signInAs("planner.mar", "en");
        Locator box = page.locator("#nav-search");
        Locator options = page.locator("#nav-search-options [role=option]");

        box.pressSequentially("Bensli", new Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(options.first()).isVisible();
        assertThat(box).hasAttribute("aria-expanded", "true");
        assertThat(page.locator("#nav-search-options mark").first()).isVisible();
        shoot("search/suggestions-en");

        box.press("ArrowDown");
        assertThat(options.first()).hasAttribute("aria-selected", "true");
        assertThat(box).hasAttribute("aria-activedescendant", options.first().getAttribute("id"));
        box.press("ArrowDown");
        assertThat(options.nth(1)).hasAttribute("aria-selected", "true");
        box.press("ArrowUp");
        assertThat(options.first()).hasAttribute("aria-selected", "true");

        box.press("Escape");
        assertThat(options).hasCount(0);
        assertThat(box).hasAttribute("aria-expanded", "false");

        box.press("End");
        box.pressSequentially("m", new Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(options.first()).isVisible();
        String target = options.first().locator("a").getAttribute("href");
        box.press("ArrowDown");
        box.press("Enter");
        page.waitForURL(url(target));

        // Enter without a chosen suggestion submits the form: the full results page.
        page.locator("#nav-search").fill("Benslimane");
        page.locator("#nav-search").press("Enter");
        page.waitForURL(url("/search?q=Benslimane"));
        assertThat(page.locator(".search-facet").first()).isVisible();
        assertThat(page.locator(".search-facet__count").first()).hasText(java.util.regex.Pattern.compile("\\d+"));
        assertThat(page.locator(".search-hit mark").first()).isVisible();
        assertThat(page.locator("#search-count")).containsText("result");
        shoot("search/results-en");

        // A facet narrows the results and keeps the query.
        page.locator(".search-facet a").first().click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("q=Benslimane&type="));

        page.navigate(url("/search?q=zzyzx"));
        assertThat(page.locator(".search-empty")).containsText("zzyzx");
        shoot("search/empty-en");
    }

    @Test
    void inArabicOnAPhoneTheResultsReadRightToLeftWithoutSidewaysScroll() {
        page.setViewportSize(390, 844);
        signInAs("planner.mar", "ar-MA");
        assertThat(page.locator("html")).hasAttribute("dir", "rtl");

        page.navigate(
                url("/search?q=" + java.net.URLEncoder.encode("التكوين", java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator(".search-hit").first()).isVisible();
        assertThat(page.locator(".search-hit mark").first()).isVisible();
        assertThat(page.locator(".search-facet").first()).isVisible();
        noSidewaysScroll();
        shoot("search/results-ar-390");

        // A French word read in Arabic: the French snippet, its word marked, its language named.
        page.navigate(url("/search?q=exploitation&type=project"));
        Locator snippet = page.locator(".search-hit__snippet").first();
        assertThat(snippet.locator("bdi[lang=fr] mark")).containsText("exploitation");
        assertThat(snippet.locator(".original-language")).containsText("الفرنسية");
        assertThat(page.locator(".search-hit__title bdi[lang=ar]").first()).isVisible();
        noSidewaysScroll();
        shoot("search/other-language-ar-390");

        page.navigate(url("/search?q=" + java.net.URLEncoder.encode("قزقز", java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator(".search-empty")).isVisible();
        shoot("search/empty-ar-390");
    }

    @Test
    void inArabicOnADesktopTheSuggestionsOpenUnderTheBox() {
        signInAs("planner.mar", "ar-MA");
        Locator box = page.locator("#nav-search");
        box.pressSequentially("بنسلي", new Locator.PressSequentiallyOptions().setDelay(40));
        Locator first = page.locator("#nav-search-options [role=option]").first();
        assertThat(first).isVisible();
        var boxArea = box.boundingBox();
        var listArea = page.locator("#nav-search-options").boundingBox();
        assertThat(listArea.y).isGreaterThanOrEqualTo(boxArea.y + boxArea.height - 1);
        shoot("search/suggestions-ar");
        page.navigate(
                url("/search?q=" + java.net.URLEncoder.encode("بنسليمان", java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(page.locator(".search-hit").first()).isVisible();
        shoot("search/results-ar");
    }

    private void noSidewaysScroll() {
        Object wider = page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth");
        assertThat(wider).as("sideways scroll at 390 px").isEqualTo(false);
    }
}
