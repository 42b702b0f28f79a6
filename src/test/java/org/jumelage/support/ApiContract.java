package org.jumelage.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.SimpleValidationReportFormat;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The API contract as a test sees it: every answer under {@code /api/} that a test's MockMvc
 * receives is checked against the application's own {@code /v3/api-docs} by Atlassian's
 * openapi-request-validator. An undocumented status, a {@code null} where the document allows none,
 * a missing or extra field type, or an undocumented media type fails the test that made the call.
 * Requests are not checked: tests send invalid input on purpose.
 */
public final class ApiContract implements ResultHandler {

    private final WebApplicationContext context;
    private volatile @Nullable OpenApiInteractionValidator validator;
    private volatile @Nullable String document;

    ApiContract(WebApplicationContext context) {
        this.context = context;
    }

    /** The application's OpenAPI document as served at {@code /v3/api-docs}. */
    public String document() {
        String json = document;
        if (json == null) {
            try {
                json = MockMvcBuilders.webAppContextSetup(context)
                        .build()
                        .perform(get("/v3/api-docs"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8);
            } catch (Exception e) {
                throw new IllegalStateException("/v3/api-docs could not be read", e);
            }
            document = json;
        }
        return json;
    }

    private OpenApiInteractionValidator validator() {
        OpenApiInteractionValidator current = validator;
        if (current == null) {
            current = OpenApiInteractionValidator.createForInlineApiSpecification(document())
                    .build();
            validator = current;
        }
        return current;
    }

    /** What the document says is wrong with this answer; empty when it is documented. */
    public ValidationReport check(MvcResult result) {
        MockHttpServletRequest request = result.getRequest();
        MockHttpServletResponse response = result.getResponse();
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.getStatus());
        for (String name : response.getHeaderNames()) {
            answer.withHeader(name, new ArrayList<>(response.getHeaders(name)));
        }
        byte[] body = response.getContentAsByteArray();
        if (body.length > 0) {
            answer.withBody(body);
        }
        return check(request.getMethod(), request.getRequestURI(), answer.build());
    }

    /** What the document says is wrong with this answer to {@code method path}. */
    public ValidationReport check(String method, String path, SimpleResponse answer) {
        return validator().validateResponse(path, Request.Method.valueOf(method), answer);
    }

    @Override
    public void handle(MvcResult result) {
        if (!result.getRequest().getRequestURI().startsWith("/api/")) {
            return;
        }
        if (result.getRequest().isAsyncStarted()) {
            return; // a streamed answer is checked when it is complete, on its async dispatch
        }
        ValidationReport report = check(result);
        // An address the API does not have (say /api/v1/anything) has no contract to break.
        report = ValidationReport.from(report.getMessages().stream()
                .filter(message -> !message.getKey().equals("validation.request.path.missing"))
                .toList());
        if (report.hasErrors()) {
            throw new AssertionError("The answer to " + result.getRequest().getMethod() + " "
                    + result.getRequest().getRequestURI() + " ("
                    + result.getResponse().getStatus()
                    + ") breaks /v3/api-docs:\n"
                    + SimpleValidationReportFormat.getInstance().apply(report));
        }
    }

    /** Adds the check to the MockMvc of every {@link JumelageIntegrationTest}. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Configuration {

        @Bean
        ApiContract apiContract(WebApplicationContext context) {
            return new ApiContract(context);
        }

        @Bean
        MockMvcBuilderCustomizer apiContractCheck(ApiContract contract) {
            return builder -> builder.alwaysDo(contract);
        }
    }
}
