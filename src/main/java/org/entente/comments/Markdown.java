package org.entente.comments;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A comment's Markdown as HTML, in a safe subset: paragraphs, emphasis, code, lists, quotes and
 * links. Raw HTML is shown as text (escaped, never passed through); a link goes only to {@code
 * http}, {@code https} or {@code mailto} and opens with {@code rel="noopener noreferrer
 * nofollow"} — any other link (javascript:, data:, a relative path) stays as its text; an image
 * becomes its description, since a page loads nothing from elsewhere. Headings and rules are not
 * part of the subset: a comment is a remark, not a document.
 *
 * <p>A mention ({@code @planner.isr}) stays stored as typed and is shown as the person the reader
 * may know, in the reader's language, with their rank and function as its title; a mention of an
 * account that is unknown or whose person the reader may not read stays plain text.
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
            .nodeRendererFactory(MentionRenderer::new)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link) {
                    attributes.put("rel", "noopener noreferrer nofollow");
                    attributes.put("dir", "auto");
                }
            })
            .build();

    /**
     * A mentioned account as the reader may name them: the name, its language, rank and function for
     * the title, and the person's page ({@code /people/42}) when the reader may read it, else null.
     */
    record Person(String name, String language, String title, String href) {

        Person(String name, String language, String title) {
            this(name, language, title, null);
        }
    }

    /** Who a mentioned username is to the reader; empty when the account is unknown or the person hidden. */
    interface People extends Function<String, Optional<Person>> {}

    private static final People NO_ONE = username -> Optional.empty();

    private Markdown() {}

    /** The text as safe HTML, to be inserted unescaped in the page; mentions stay as typed. */
    static String html(String markdown) {
        return html(markdown, NO_ONE);
    }

    /** The text as safe HTML, each mention of someone the reader may know shown by their name. */
    static String html(String markdown, People people) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                mentions(text, people);
            }

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

    /** Splits a text where it mentions someone the reader may know, the mention becoming a {@link Mention} node. */
    private static void mentions(Text text, People people) {
        String literal = text.getLiteral();
        Matcher found = CommentText.MENTION.matcher(literal);
        int done = 0;
        while (found.find()) {
            Optional<Person> person = people.apply(found.group(1).toLowerCase(Locale.ROOT));
            if (person.isEmpty()) {
                continue;
            }
            if (found.start() > done) {
                text.insertBefore(new Text(literal.substring(done, found.start())));
            }
            text.insertBefore(new Mention(found.group(), person.get()));
            done = found.end();
        }
        if (done > 0) {
            if (done < literal.length()) {
                text.insertBefore(new Text(literal.substring(done)));
            }
            text.unlink();
        }
    }

    /** A mention of someone the reader may know: their name, the typed {@code @username} kept beside it. */
    private static final class Mention extends CustomNode {
        private final String typed;
        private final Person person;

        Mention(String typed, Person person) {
            this.typed = typed;
            this.person = person;
        }
    }

    /** {@code <span class="mention" data-mention="@planner.isr" title="rank name, function"><bdi lang="he">name</bdi></span>}. */
    private static final class MentionRenderer implements NodeRenderer {
        private final HtmlWriter html;

        MentionRenderer(HtmlNodeRendererContext context) {
            this.html = context.getWriter();
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(Mention.class);
        }

        @Override
        public void render(Node node) {
            Mention mention = (Mention) node;
            // A link to the person's page when the reader may read the record, else the name alone.
            String element = mention.person.href() == null ? "span" : "a";
            Map<String, String> attributes = new LinkedHashMap<>();
            if (mention.person.href() != null) {
                attributes.put("href", mention.person.href());
            }
            attributes.put("class", "mention");
            attributes.put("data-mention", mention.typed);
            attributes.put("title", mention.person.title());
            html.tag(element, attributes);
            html.tag("bdi", Map.of("lang", mention.person.language()));
            html.text(mention.person.name());
            html.tag("/bdi");
            html.tag("/" + element);
        }
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
