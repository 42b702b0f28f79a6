package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Templates hold no text of their own: every word a person reads comes from the message bundles. */
class TemplateTextTests {

    @Test
    void templatesContainNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> templates = MessageBundleCheck.templates(MessageBundleTests.TEMPLATES);
        assertThat(templates).isNotEmpty();
        for (Path template : templates) {
            for (String problem : TemplateTextCheck.literalTexts(Files.readString(template))) {
                problems.add(MessageBundleTests.TEMPLATES.relativize(template) + " " + problem);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckFindsLiteralTextNodes() {
        assertThat(TemplateTextCheck.literalTexts("<main><h1>Projects</h1><p>2018</p></main>"))
                .containsExactly("<h1>: Projects");
    }

    @Test
    void theCheckFindsLiteralReadableAttributes() {
        assertThat(
                        TemplateTextCheck.literalTexts(
                                "<img src=x.png alt=\"EU flag\"><input type=submit value=\"Send\"><input name=q value=\"abc\">"))
                .containsExactly("<img> @alt: EU flag", "<input> @value: Send");
    }

    @Test
    void theCheckLooksInsidePagesThatHandTheirPartsToTheLayout() {
        assertThat(TemplateTextCheck.literalTexts("""
                        <html th:replace="~{layout/main :: page(~{::title}, ~{::section})}">
                        <head><title>Users</title></head>
                        <body><section><p>Nobody here</p></section></body></html>
                        """)).containsExactly("<title>: Users", "<p>: Nobody here");
    }

    @Test
    void theCheckAcceptsTextThatThymeleafReplaces() {
        assertThat(TemplateTextCheck.literalTexts("""
                        <h1 th:text="#{project.title}">Projects</h1>
                        <div th:replace="~{fragments/x :: y}"><p>Prototype</p></div>
                        <img th:alt="#{eu.flag}" src="x.png">
                        <script>var text = "not read";</script>
                        """)).isEmpty();
    }
}
