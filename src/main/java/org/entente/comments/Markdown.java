package org.entente.comments;

import java.util.Locale;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A comment's Markdown as HTML, in a safe subset: paragraphs, emphasis, code, lists, quotes and
 * links. Raw HTML is shown as text (escaped, never passed through); a link goes only to {@code
 * http}, {@code https} or {@code mailto} and opens with {@code rel="noopener noreferrer
 * nofollow"} — any other link (javascript:, data:, a relative path) stays as its text; an image
 * becomes its description, since a page loads nothing from elsewhere. Headings and rules are not
 * part of the subset: a comment is a remark, not a document.
 */
final class Markdown {

    private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

    private static final Parser PARSER = Parser.builder()
            .enabledBlockTypes(Set.of(BlockQuote.class, FencedCodeBlock.class, ListBlock.class))
            .maxInlineNesting(20)
            .build();

    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .softbreak("<br>")
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "noopener noreferrer nofollow");
                    attributes.put("dir", "auto");
                }
            })
            .build();

    private Markdown() {}

    /** The text as safe HTML, to be inserted unescaped in the page. */
    static String html(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                visitChildren(link);
                if (!allowed(link.getDestination())) {
                    unwrap(link);
                }
            }

            @Override
            public void visit(Image image) {
                unwrap(image);
            }
        });
        return RENDERER.render(document);
    }

    /** Whether a link's destination has one of the schemes a comment may link to. */
    static boolean allowed(String destination) {
        if (destination == null) {
            return false;
        }
        int colon = destination.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String scheme = destination.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        return SCHEMES.contains(scheme);
    }

    /** Puts the node's children (its text) where the node was. */
    private static void unwrap(Node node) {
        Node child = node.getFirstChild();
        if (child == null && node instanceof Image image && image.getTitle() != null) {
            node.insertBefore(new Text(image.getTitle()));
        }
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }
}
