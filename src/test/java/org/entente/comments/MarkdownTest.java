package org.entente.comments;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void theSubsetIsRendered() {
        assertThat(Markdown.html("*a* **b** `c`")).isEqualTo("<p><em>a</em> <strong>b</strong> <code>c</code></p>\n");
        assertThat(Markdown.html("- one\n- two")).contains("<ul>", "<li>one</li>");
        assertThat(Markdown.html("> quoted")).contains("<blockquote>");
    }

    @Test
    void rawHtmlAndScriptsAreShownAsText() {
        String html = Markdown.html("<script>alert(1)</script>\n\nhi <img src=x onerror=alert(2)> <b>bold</b>");
        assertThat(html).doesNotContain("<script", "<img", "<b>");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;");
    }

    @Test
    void linksGoOnlyToHttpHttpsAndMailtoAndOpenWithoutTheOpener() {
        assertThat(Markdown.html("[site](https://example.org/a?b=1)"))
                .isEqualTo(
                        "<p><a rel=\"noopener noreferrer nofollow\" href=\"https://example.org/a?b=1\" dir=\"auto\">site</a></p>\n");
        assertThat(Markdown.html("[mail](mailto:ops@example.org)")).contains("href=\"mailto:ops@example.org\"");
        assertThat(Markdown.html("[x](javascript:alert(1))")).isEqualTo("<p>x</p>\n");
        assertThat(Markdown.html("[x](JaVaScRiPt:alert(1))")).doesNotContain("href");
        assertThat(Markdown.html("[x](data:text/html,hi)")).doesNotContain("href");
        assertThat(Markdown.html("[x](/admin)")).doesNotContain("href");
        assertThat(Markdown.html("<javascript:alert(1)>")).doesNotContain("href");
    }

    @Test
    void imagesLoadNothingAndHeadingsAreNotPartOfTheSubset() {
        assertThat(Markdown.html("![a map](https://example.org/map.png)")).isEqualTo("<p>a map</p>\n");
        assertThat(Markdown.html("# Title")).doesNotContain("<h1>");
    }

    /** planner.isr is someone the reader may know; hidden.isr exists but its person is hidden from the reader. */
    private static final Markdown.People PEOPLE = username -> switch (username) {
        case "planner.isr" ->
            java.util.Optional.of(new Markdown.Person("إيتان ليفي", "ar", "عقيد إيتان ليفي، رئيس مديرية التخطيط"));
        case "linked.isr" ->
            java.util.Optional.of(new Markdown.Person("إيتان ليفي", "ar", "عقيد إيتان ليفي", "/people/7"));
        case "odd.name" -> java.util.Optional.of(new Markdown.Person("<b>Odd</b>", "en", "\"><script>"));
        default -> java.util.Optional.empty();
    };

    @Test
    void aMentionShowsThePersonsNameWithTheirFunctionAsTitleAndKeepsTheTypedForm() {
        assertThat(Markdown.html("شكرا @planner.isr، راجع الجدول.", PEOPLE))
                .isEqualTo("<p>شكرا <span class=\"mention\" data-mention=\"@planner.isr\""
                        + " title=\"عقيد إيتان ليفي، رئيس مديرية التخطيط\"><bdi lang=\"ar\">إيتان ليفي</bdi></span>"
                        + "، راجع الجدول.</p>\n");
        // Mentions are found whatever the case typed, and twice in one text; a trailing full stop is not part of it.
        assertThat(Markdown.html("@Planner.ISR and *@planner.isr*.", PEOPLE))
                .doesNotContain("@Planner.ISR and", "<em>@planner.isr</em>")
                .contains("data-mention=\"@Planner.ISR\"", "<em><span class=\"mention\"", "</span></em>.</p>");
    }

    @Test
    void aMentionOfAPersonTheReaderMayReadLinksToTheirPage() {
        assertThat(Markdown.html("شكرا @linked.isr", PEOPLE))
                .isEqualTo("<p>شكرا <a href=\"/people/7\" class=\"mention\" data-mention=\"@linked.isr\""
                        + " title=\"عقيد إيتان ليفي\"><bdi lang=\"ar\">إيتان ليفي</bdi></a></p>\n");
        // Without a page to go to, the name alone.
        assertThat(Markdown.html("@planner.isr", PEOPLE)).doesNotContain("<a ").contains("<span class=\"mention\"");
    }

    @Test
    void anUnknownOrHiddenMentionAnEmailAndCodeStayAsTyped() {
        assertThat(Markdown.html("ask @hidden.isr or ops@example.org", PEOPLE))
                .isEqualTo("<p>ask @hidden.isr or ops@example.org</p>\n");
        assertThat(Markdown.html("`@planner.isr`", PEOPLE)).isEqualTo("<p><code>@planner.isr</code></p>\n");
        assertThat(Markdown.html("hi @planner.isr")).isEqualTo("<p>hi @planner.isr</p>\n");
    }

    @Test
    void aNameAndTitleAreEscaped() {
        assertThat(Markdown.html("@odd.name", PEOPLE))
                .contains("title=\"&quot;&gt;&lt;script&gt;\"", "&lt;b&gt;Odd&lt;/b&gt;")
                .doesNotContain("<script>", "<b>");
    }
}
