package org.jumelage.publicity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.jumelage.publicity.PublicityException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Article Markdown: what renders, that no vector of the OWASP XSS filter evasion cheat sheet
 * survives rendering, and that saving refuses each kind of active content with its own code.
 */
class NewsMarkdownTests {

    final CommonmarkNewsMarkdown markdown = new CommonmarkNewsMarkdown();
    final MarkdownSafety safety = new MarkdownSafety(CommonmarkNewsMarkdown.parser());

    @Test
    void rendersTheMarkdownArticlesUse() {
        String html = markdown.toSafeHtml("""
                # Meeting

                The **lead partner** is *Daugavpils City Council*.

                ## Partners

                - Kaunas
                - Łódź

                1. first
                2. second

                > Co-funded by the European Union

                `code` and a [link](https://www.daugavpils.lv "Daugavpils"), mail <info@example.org>,
                and www.example.org.

                ![The meeting](/media/news/12/lead)
                """);

        assertThat(html)
                .contains("<h2>Meeting</h2>")
                .contains("<h2>Partners</h2>")
                .contains("<strong>lead partner</strong>")
                .contains("<em>Daugavpils City Council</em>")
                .contains("<li>Kaunas</li>")
                .contains("<ol>")
                .contains("<blockquote>")
                .contains("<code>code</code>")
                .contains("href=\"https://www.daugavpils.lv\"")
                .contains("rel=\"nofollow noopener\"")
                .contains("href=\"mailto:info&#64;example.org\"")
                .contains("href=\"http://www.example.org\"")
                .contains("<img src=\"/media/news/12/lead\" alt=\"The meeting\" />");
    }

    @Test
    void rawHtmlIsShownAsTextNeverAsMarkup() {
        String html = markdown.toSafeHtml("Hello <b>bold</b> <div>block</div>");
        assertThat(html).doesNotContain("<b>").doesNotContain("<div>").contains("&lt;b&gt;");
    }

    @Test
    void imagesFromElsewhereAreDropped() {
        assertThat(markdown.toSafeHtml("![tracker](https://evil.example/pixel.png)"))
                .doesNotContain("evil.example")
                .doesNotContain("<img");
    }

    /** Vectors in the style of the OWASP XSS filter evasion cheat sheet: nothing active may come out. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert('XSS')</script>",
                "<SCRIPT SRC=https://xss.rocks/xss.js></SCRIPT>",
                "<IMG SRC=\"javascript:alert('XSS');\">",
                "<IMG SRC=javascript:alert('XSS')>",
                "<IMG SRC=JaVaScRiPt:alert('XSS')>",
                "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
                "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
                "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\"\\>",
                "<IMG SRC=# onmouseover=\"alert('xxs')\">",
                "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
                "<img src=x onerror=\"&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041\">",
                "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
                "<IMG SRC=\"jav\tascript:alert('XSS');\">",
                "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
                "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
                "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
                "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
                "<iframe src=http://xss.rocks/scriptlet.html <",
                "<svg/onload=alert('XSS')>",
                "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
                "<LINK REL=\"stylesheet\" HREF=\"javascript:alert('XSS');\">",
                "<STYLE>@import'http://xss.rocks/xss.css';</STYLE>",
                "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
                "<TABLE BACKGROUND=\"javascript:alert('XSS')\">",
                "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">",
                "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
                "<EMBED SRC=\"data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+\">",
                "[click](javascript:alert(1))",
                "[click](JaVaScRiPt:alert(1))",
                "[click](&#106;avascript:alert(1))",
                "[click](java%0ascript:alert(1))",
                "[click](vbscript:msgbox(1))",
                "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "![x](javascript:alert(1))",
                "<javascript:alert(1)>",
                "[a]: javascript:alert(1)\n\n[click][a]",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<form action=\"javascript:alert(1)\"><button>x</button></form>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            })
    void noCheatSheetVectorSurvivesRendering(String vector) {
        String html = markdown.toSafeHtml(vector).toLowerCase(Locale.ROOT);
        assertThat(html)
                .doesNotContain("<script")
                .doesNotContain("<iframe")
                .doesNotContain("<object")
                .doesNotContain("<embed")
                .doesNotContain("<svg")
                .doesNotContain("<style")
                .doesNotContain("<meta")
                .doesNotContain("<link")
                .doesNotContain("<form")
                .doesNotContain("href=\"javascript")
                .doesNotContain("href=\"vbscript")
                .doesNotContain("href=\"data")
                .doesNotContain("src=\"javascript")
                .doesNotContain("src=\"data")
                .doesNotContainPattern("<[a-z][^>]*\\son[a-z]+\\s*=");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<script>alert(1)</script>                          | publicity.news.markdown-script",
                "Text <SCRIPT SRC=https://xss.rocks/xss.js></SCRIPT> | publicity.news.markdown-script",
                "< script>alert(1)</script>                         | publicity.news.markdown-script",
                "<iframe src=https://example.org></iframe>          | publicity.news.markdown-frame",
                "<object data=x></object>                           | publicity.news.markdown-frame",
                "<EMBED SRC=x>                                      | publicity.news.markdown-frame",
                "[click](javascript:alert(1))                       | publicity.news.markdown-link-scheme",
                "[click](&#106;avascript:alert(1))                  | publicity.news.markdown-link-scheme",
                "[click]( JAVASCRIPT:alert(1))                      | publicity.news.markdown-link-scheme",
                "![x](data:image/png;base64,AAAA)                   | publicity.news.markdown-link-scheme",
                "[x](vbscript:msgbox(1))                            | publicity.news.markdown-link-scheme",
                "<javascript:alert(1)>                              | publicity.news.markdown-link-scheme",
                "<a href=\"&#106;avascript:alert(1)\">x</a>         | publicity.news.markdown-link-scheme",
                "<div style=\"background:url(javascript:x)\">a</div> | publicity.news.markdown-link-scheme",
                "<img src=x onerror=alert(1)>                       | publicity.news.markdown-event-handler",
                "<svg/onload=alert(1)>                              | publicity.news.markdown-event-handler",
                "<a href=\"#\" ONMOUSEOVER = \"x\">a</a>            | publicity.news.markdown-event-handler",
            })
    void savingRefusesActiveContentNamingWhatWasFound(String source, String code) {
        assertThatThrownBy(() -> safety.check("bodyEn", source)).isInstanceOfSatisfying(PublicityException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.field()).isEqualTo("bodyEn");
            assertThat(e.arguments()).hasSize(1);
        });
    }

    @Test
    void theRefusalSaysWhatItFound() {
        assertThatThrownBy(() -> safety.check("bodyLv", "<img src=x onerror=alert(1)>"))
                .isInstanceOfSatisfying(
                        PublicityException.class, e -> assertThat(e.arguments()).containsExactly("onerror="));
        assertThatThrownBy(() -> safety.check("bodyLv", "[x](Data:text/html,hi)"))
                .isInstanceOfSatisfying(
                        PublicityException.class, e -> assertThat(e.arguments()).containsExactly("data:"));
        assertThatThrownBy(() -> safety.check("bodyLv", "<Object data=x>"))
                .isInstanceOfSatisfying(
                        PublicityException.class, e -> assertThat(e.arguments()).containsExactly("<object>"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Key data: 40 participants from 6 countries.",
                "The online meeting was on Zoom; the script of the play is [here](https://example.org/script.pdf).",
                "Write to <info@example.org> or see https://example.org/data:2018.",
                "Use `a < b` and 3 > 2 — the iframe-free way, with no onload = in text.",
                "Jāņi un Līgo svētki Daugavpilī, Łódź un Kaunas.",
            })
    void ordinaryTextPasses(String source) {
        assertThatCode(() -> safety.check("bodyEn", source)).doesNotThrowAnyException();
    }

    @Test
    void plainTextDropsMarkupAndCutsAtAWord() {
        String source =
                "# Meeting\n\nThe **lead partner** is <b>Daugavpils</b> City Council, with [Kaunas](https://x.lt).";
        assertThat(markdown.toPlainText(source, 200))
                .isEqualTo("Meeting The lead partner is Daugavpils City Council, with Kaunas.");
        assertThat(markdown.toPlainText(source, 30)).isEqualTo("Meeting The lead partner is…");
        assertThat(markdown.toPlainText(source, 30)).hasSizeLessThanOrEqualTo(30);
        assertThat(markdown.toPlainText("", 30)).isEmpty();
    }
}
