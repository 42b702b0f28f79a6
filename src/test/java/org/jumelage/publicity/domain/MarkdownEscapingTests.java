package org.jumelage.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the draft writer inserts renders as written: rendered, an escaped text is one paragraph with
 * exactly its characters, whatever it starts with.
 */
class MarkdownEscapingTests {

    final CommonmarkNewsMarkdown markdown = new CommonmarkNewsMarkdown();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2027. gada 5. maijā notiks tikšanās",
                "2027) gada",
                "1. punkts",
                "# Nav virsraksts",
                "## Nav virsraksts",
                "- nav saraksts",
                "+ nav saraksts",
                "* nav saraksts",
                "> nav citāts",
                "---",
                "***",
                "___",
                "===",
                "```",
                "~~~",
                "    nav kods",
                "*Ars* <Vita> & [saite](x) `kods` _slīpi_ un 2. punkts",
                "A&amp;B un &copy;",
                "\\*jau\\* ar slīpsvītru"
            })
    void anEscapedTextRendersAsWritten(String text) {
        Element body = Jsoup.parseBodyFragment(
                        markdown.toSafeHtml(MarkdownEscaping.lineStarts(MarkdownEscaping.text(text))))
                .body();

        assertThat(body.children()).hasSize(1);
        assertThat(body.child(0).tagName()).isEqualTo("p");
        assertThat(body.child(0).children()).isEmpty();
        assertThat(body.child(0).text()).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027. gada 5. maijā notiks tikšanās.", "- a\n+ b\n3. c\n# d", "> citāts"})
    void aGeneratedParagraphKeepsItsLineStartsAsText(String paragraph) {
        String html = markdown.toSafeHtml(MarkdownEscaping.lineStarts(paragraph));

        assertThat(html)
                .startsWith("<p>")
                .doesNotContain("<ol")
                .doesNotContain("<ul")
                .doesNotContain("<h1")
                .doesNotContain("<blockquote");
    }

    @ParameterizedTest
    @ValueSource(strings = {"**Ar Eiropas Savienības atbalstu**", "2027\\. gada", "Vienkāršs teikums."})
    void emphasisAndEscapedTextStayAsTheyAre(String paragraph) {
        assertThat(MarkdownEscaping.lineStarts(paragraph)).isEqualTo(paragraph);
    }
}
