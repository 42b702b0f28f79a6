package org.jumelage.publicity.domain;

import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jspecify.annotations.Nullable;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Article Markdown with commonmark-java (CommonMark plus bare web and e-mail addresses as links).
 * Raw HTML in the source is shown as text, never as markup; link targets other than http, https
 * and mailto are dropped; and the HTML is then passed through the OWASP sanitiser, which keeps only
 * paragraphs, headings (level 2 to 4: the article's title is the page's level 1), lists, emphasis,
 * quotes, code, line breaks and rules, links (with {@code rel="nofollow noopener"}) and images
 * served by this application ({@code /media/…}).
 */
@Component
class CommonmarkNewsMarkdown implements org.jumelage.publicity.NewsMarkdown {

    private static final Pattern OWN_MEDIA = Pattern.compile("/media/[A-Za-z0-9/_.-]+");
    private static final Pattern CODE_LANGUAGE = Pattern.compile("language-[A-Za-z0-9+#-]{1,30}");

    /** What survives: the HTML commonmark writes for the Markdown we accept, nothing else. */
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "ul", "ol", "li", "em", "strong", "blockquote", "code", "pre")
            .allowElements("br", "hr")
            .allowElements((name, attributes) -> "h2", "h1")
            .allowElements((name, attributes) -> "h4", "h5", "h6")
            .allowAttributes("start")
            .matching(Pattern.compile("[0-9]{1,6}"))
            .onElements("ol")
            .allowAttributes("class")
            .matching(CODE_LANGUAGE)
            .onElements("code")
            .allowElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href", "title")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            // an image whose address was refused goes altogether, rather than staying without one
            .allowElements((name, attributes) -> attributes.contains("src") ? name : null, "img")
            .allowAttributes("src")
            .matching(OWN_MEDIA)
            .onElements("img")
            .allowAttributes("alt", "title")
            .onElements("img")
            .toFactory();

    private final Parser parser;
    private final HtmlRenderer renderer;

    CommonmarkNewsMarkdown() {
        this.parser = parser();
        this.renderer = HtmlRenderer.builder()
                .extensions(List.of(AutolinkExtension.create()))
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
                .build();
    }

    /** The parser both the renderer and the save-time check ({@link MarkdownSafety}) use. */
    static Parser parser() {
        return Parser.builder().extensions(List.of(AutolinkExtension.create())).build();
    }

    @Override
    public String toSafeHtml(@Nullable String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = renderer.render(parser.parse(markdown));
        return POLICY.sanitize(html);
    }

    @Override
    public String toPlainText(@Nullable String markdown, int maxLength) {
        if (markdown == null || markdown.isBlank() || maxLength <= 0) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HtmlInline node) {
                // raw HTML is not part of the text
            }

            @Override
            public void visit(HtmlBlock node) {
                text.append(' ');
            }

            @Override
            protected void visitChildren(Node parent) {
                super.visitChildren(parent);
                if (parent instanceof Block) {
                    text.append(' ');
                }
            }
        });
        return shorten(text.toString().replaceAll("\\s+", " ").strip(), maxLength);
    }

    /** At most {@code maxLength} characters, cut at the last space that keeps it so, with an ellipsis. */
    static String shorten(String text, int maxLength) {
        if (text.length() <= maxLength) {
            return text;
        }
        if (maxLength == 1) {
            return "…";
        }
        String cut = text.substring(0, maxLength - 1);
        int space = cut.lastIndexOf(' ');
        if (space > maxLength / 2) {
            cut = cut.substring(0, space);
        }
        return cut.stripTrailing() + "…";
    }
}
