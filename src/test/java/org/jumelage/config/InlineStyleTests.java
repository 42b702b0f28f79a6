package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Pages have no inline style: the Content Security Policy ({@code style-src 'self'}) blocks it, so a
 * {@code style="…"} attribute or a {@code <style>} element silently does nothing in the browser. Use a
 * class of {@code static/css/jumelage.css}. Only the templates printed to PDF (never served as pages)
 * carry their styles inline.
 */
class InlineStyleTests {

    /** XHTML documents printed by {@code shared.HtmlPdf}, never sent to a browser. */
    static final Set<String> PRINTED = Set.of("publicity/information-pdf.html", "reporting/report-document.html");

    static final Pattern INLINE_STYLE = Pattern.compile("\\sstyle=\"|<style[\\s>]");

    @Test
    void pagesCarryNoInlineStyle() throws IOException {
        Path root = MessageBundleTests.TEMPLATES;
        List<Path> templates = MessageBundleCheck.templates(MessageBundleTests.TEMPLATES);
        assertThat(templates).isNotEmpty();
        List<String> offending = new ArrayList<>();
        for (Path template : templates) {
            String name = root.relativize(template).toString().replace('\\', '/');
            if (PRINTED.contains(name)) {
                continue;
            }
            String[] lines = Files.readString(template, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (INLINE_STYLE.matcher(lines[i]).find()) {
                    offending.add(name + ":" + (i + 1) + ": " + lines[i].strip());
                }
            }
        }
        assertThat(offending).as("inline styles the CSP blocks").isEmpty();
    }
}
