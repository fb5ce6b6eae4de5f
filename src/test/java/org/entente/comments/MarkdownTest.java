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
}
