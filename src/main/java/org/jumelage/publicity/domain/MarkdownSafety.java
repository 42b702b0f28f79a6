package org.jumelage.publicity.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.jspecify.annotations.Nullable;
import org.jumelage.publicity.PublicityException;

/**
 * Refuses article Markdown that tries to carry active content, so that nothing unsafe is stored:
 * {@code <script>}, {@code <iframe>}/{@code <object>}/{@code <embed>} (and frames), links and images
 * whose target is {@code javascript:}, {@code data:} or {@code vbscript:}, and event handler
 * attributes ({@code onerror=}, {@code onload=} …). Rendering escapes raw HTML and sanitises the
 * output anyway ({@link CommonmarkNewsMarkdown}); this check tells the writer what was wrong.
 */
final class MarkdownSafety {

    private static final Pattern SCRIPT = Pattern.compile("<\\s*/?\\s*script\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FRAME =
            Pattern.compile("<\\s*/?\\s*(iframe|frameset|frame|object|embed)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG_START = Pattern.compile("<[a-zA-Z!/]");
    private static final Pattern HANDLER = Pattern.compile("[\\s/\"'`](on[a-z]+)\\s*=", Pattern.CASE_INSENSITIVE);

    /** A dangerous scheme as an attribute value or CSS url(), in raw HTML with entities decoded. */
    private static final Pattern HTML_SCHEME =
            Pattern.compile("(?:=[\"'`]?|url\\([\"']?)(javascript|vbscript|data):", Pattern.CASE_INSENSITIVE);

    private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-f]+|[0-9]+);?", Pattern.CASE_INSENSITIVE);
    private static final int MAX_TAG_SCAN = 2_000;

    private final Parser parser;

    MarkdownSafety(Parser parser) {
        this.parser = parser;
    }

    /**
     * @param field the form field (and API property) of the text, for the message
     * @throws PublicityException naming the first unsafe thing found
     */
    void check(String field, @Nullable String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return;
        }
        Matcher script = SCRIPT.matcher(markdown);
        if (script.find()) {
            throw PublicityException.newsMarkdownScript(field, "<script>");
        }
        Matcher frame = FRAME.matcher(markdown);
        if (frame.find()) {
            throw PublicityException.newsMarkdownFrame(
                    field, "<" + frame.group(1).toLowerCase(Locale.ROOT) + ">");
        }
        eventHandler(markdown).ifPresent(handler -> {
            throw PublicityException.newsMarkdownEventHandler(field, handler + "=");
        });
        dangerousScheme(markdown).ifPresent(scheme -> {
            throw PublicityException.newsMarkdownLinkScheme(field, scheme);
        });
    }

    /** The first {@code on…} attribute inside something that looks like a tag. */
    private static Optional<String> eventHandler(String markdown) {
        Matcher tag = TAG_START.matcher(markdown);
        while (tag.find()) {
            int end = markdown.indexOf('>', tag.start());
            int limit = Math.min(end < 0 ? markdown.length() : end, tag.start() + MAX_TAG_SCAN);
            Matcher handler = HANDLER.matcher(markdown).region(tag.start(), limit);
            if (handler.find()) {
                return Optional.of(handler.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** The scheme of the first link, image or raw HTML attribute that uses a refused one, with its colon. */
    private Optional<String> dangerousScheme(String markdown) {
        Node document = parser.parse(markdown);
        String[] found = {null};
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                destination(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                destination(image.getDestination());
                visitChildren(image);
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                destination(definition.getDestination());
            }

            @Override
            public void visit(HtmlInline html) {
                html(html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                html(html.getLiteral());
            }

            private void destination(@Nullable String destination) {
                if (found[0] == null && destination != null) {
                    found[0] = refusedScheme(squeeze(destination)).orElse(null);
                }
            }

            private void html(@Nullable String literal) {
                if (found[0] == null && literal != null) {
                    Matcher matcher = HTML_SCHEME.matcher(squeeze(decodeEntities(literal)));
                    if (matcher.find()) {
                        found[0] = matcher.group(1).toLowerCase(Locale.ROOT) + ":";
                    }
                }
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /** The refused scheme a URL starts with (browsers ignore spaces and control characters in it). */
    static Optional<String> refusedScheme(String squeezed) {
        String url = squeezed.toLowerCase(Locale.ROOT);
        for (String scheme : new String[] {"javascript:", "vbscript:", "data:"}) {
            if (url.startsWith(scheme)) {
                return Optional.of(scheme);
            }
        }
        return Optional.empty();
    }

    /** Without whitespace and control characters, which browsers skip inside a scheme. */
    private static String squeeze(String text) {
        StringBuilder squeezed = new StringBuilder(text.length());
        text.codePoints()
                .filter(c -> c > 0x20 && !Character.isISOControl(c) && c != 0x00AD && c != 0x200B)
                .forEach(squeezed::appendCodePoint);
        return squeezed.toString();
    }

    private static String decodeEntities(String html) {
        Matcher matcher = NUMERIC_ENTITY.matcher(html);
        StringBuilder decoded = new StringBuilder();
        while (matcher.find()) {
            String number = matcher.group(1);
            int codePoint;
            try {
                codePoint = number.charAt(0) == 'x' || number.charAt(0) == 'X'
                        ? Integer.parseInt(number.substring(1), 16)
                        : Integer.parseInt(number);
            } catch (NumberFormatException e) {
                codePoint = 0xFFFD;
            }
            String replacement = Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : "\uFFFD";
            matcher.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(decoded);
        return decoded.toString()
                .replaceAll("(?i)&colon;", ":")
                .replaceAll("(?i)&tab;", "\t")
                .replaceAll("(?i)&newline;", "\n")
                .replaceAll("(?i)&lpar;", "(");
    }
}
