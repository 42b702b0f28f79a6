package org.jumelage.publicity;

/**
 * Renders article Markdown to HTML that is safe to serve: no raw HTML survives, only http, https
 * and mailto links, no event handlers, no scripts or frames.
 */
public interface NewsMarkdown {

    /** Safe HTML of the Markdown source. */
    String toSafeHtml(String markdown);

    /** The text without markup, shortened to at most {@code maxLength} characters at a word boundary. */
    String toPlainText(String markdown, int maxLength);
}
