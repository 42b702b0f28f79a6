package org.jumelage.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds text in a Thymeleaf template that a person would read but that does not come from the
 * message bundles: letters in a text node that no {@code th:text}, {@code th:utext},
 * {@code th:replace} or {@code th:insert} replaces, and letters in readable attributes
 * ({@code title}, {@code alt}, {@code placeholder}, {@code aria-label}, a button's {@code value}).
 */
final class TemplateTextCheck {

    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert");
    private static final Set<String> REMOVING = Set.of("all", "body", "all-but-first");
    private static final Set<String> READABLE_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label");
    private static final Set<String> BUTTON_TYPES = Set.of("submit", "button", "reset");
    private static final Set<String> NOT_READ = Set.of("script", "style");

    private TemplateTextCheck() {}

    /** Each problem as {@code <element>: <text>}. */
    static List<String> literalTexts(String template) {
        Document document = Jsoup.parse(template, "", Parser.htmlParser());
        List<String> problems = new ArrayList<>();
        NodeTraversor.traverse(
                new NodeVisitor() {
                    @Override
                    public void head(Node node, int depth) {
                        if (node instanceof TextNode text
                                && LETTER.matcher(text.text()).find()
                                && !replaced(node)) {
                            problems.add(
                                    describe(node.parent()) + ": " + text.text().strip());
                        }
                        if (node instanceof Element element && !replaced(element)) {
                            for (Attribute attribute : element.attributes()) {
                                if (readable(element, attribute.getKey())
                                        && LETTER.matcher(attribute.getValue()).find()) {
                                    problems.add(describe(element) + " @" + attribute.getKey() + ": "
                                            + attribute.getValue());
                                }
                            }
                        }
                    }
                },
                document);
        return problems;
    }

    private static boolean readable(Element element, String attribute) {
        if (READABLE_ATTRIBUTES.contains(attribute)) {
            return true;
        }
        return attribute.equals("value")
                && (element.tagName().equals("button")
                        || (element.tagName().equals("input") && BUTTON_TYPES.contains(element.attr("type"))));
    }

    /** True when Thymeleaf replaces the node's content, or the node is not read by people. */
    private static boolean replaced(Node node) {
        for (Node current = node.parent(); current != null; current = current.parent()) {
            if (current instanceof Element element) {
                if (NOT_READ.contains(element.tagName()) || replacesContent(element)) {
                    return true;
                }
            }
        }
        return node instanceof Element element && replacesContent(element);
    }

    /**
     * A page template's root {@code <html th:replace="~{layout/main :: page(~{::title}, ~{::section})}">}
     * hands its own parts to the layout, so its content is still shown and still checked.
     */
    private static boolean replacesContent(Element element) {
        if (element.tagName().equals("html")) {
            return false;
        }
        return REPLACING.stream().anyMatch(element::hasAttr) || REMOVING.contains(element.attr("th:remove"));
    }

    private static String describe(Node node) {
        return node instanceof Element element ? "<" + element.tagName() + ">" : "?";
    }
}
