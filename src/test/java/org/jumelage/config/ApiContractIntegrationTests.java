package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jumelage.support.ApiContract;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The OpenAPI document says what the API answers ({@link ApiDocumentCustomizer},
 * {@link NullableComponentsConverter}), and the guard that checks every API answer of the
 * integration tests against it ({@link ApiContract}) refuses what the document does not allow.
 */
@JumelageIntegrationTest
class ApiContractIntegrationTests {

    static final Configuration LENIENT = Configuration.defaultConfiguration().addOptions(Option.SUPPRESS_EXCEPTIONS);

    @Autowired
    ApiContract contract;

    DocumentContext document() {
        return JsonPath.parse(contract.document());
    }

    @Test
    void writesTheDocumentWhereItCanBeRead() throws Exception {
        Path file = Path.of("target", "api-docs.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, contract.document());
        assertThat(document().read("$.openapi", String.class)).startsWith("3.0");
    }

    @Test
    void everyOperationDocumentsItsProblemAnswersAsProblemDetails() {
        Map<String, Map<String, Map<String, Object>>> paths = document().read("$.paths");
        List<String> missing = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (path.startsWith("/open-data/")) {
                // Public files, not API calls: no token is asked, and what goes wrong is the 404 page.
                List<?> security = JsonPath.using(LENIENT).parse(operation).read("$.security", List.class);
                if (security == null || !security.isEmpty()) {
                    missing.add(method + " " + path + " asks for a token");
                }
                return;
            }
            for (String status : List.of("400", "401", "403")) {
                String ref = JsonPath.using(LENIENT)
                        .parse(operation)
                        .read("$.responses['" + status + "'].content['application/problem+json'].schema['$ref']");
                if (!"#/components/schemas/Problem".equals(ref)) {
                    missing.add(method + " " + path + " " + status);
                }
            }
        }));
        assertThat(paths).hasSizeGreaterThan(40);
        assertThat(missing).isEmpty();
        assertThat(document().read("$.paths['/api/v1/projects/{id}'].get.responses['404']", Object.class))
                .isNotNull();
        assertThat(document().read("$.paths['/api/v1/projects'].post.responses", Map.class))
                .containsKeys("409", "415", "422");
        assertThat(document().read("$.components.schemas.Problem.properties", Map.class))
                .containsKeys("type", "title", "status", "detail", "instance", "code", "errors");
        // LocalizedText: one flat object keyed by language tag, every language a text
        assertThat(document()
                        .read(
                                "$.components.schemas.EventSummary.properties.titles.additionalProperties.type",
                                String.class))
                .isEqualTo("string");
        assertThat(document().read("$.components.schemas.EventSummary.properties.titles.description", String.class))
                .contains("sr-Latn");
    }

    @Test
    void creatingAnswers201WithALocationAndDeletingAnswers204WithoutABody() {
        Map<String, Object> createResponses = document().read("$.paths['/api/v1/projects'].post.responses");
        assertThat(createResponses).containsKey("201").doesNotContainKey("200");
        assertThat(document()
                        .read(
                                "$.paths['/api/v1/projects'].post.responses['201'].headers.Location.schema.type",
                                String.class))
                .isEqualTo("string");
        Map<String, Map<String, Object>> deleteResponses =
                document().read("$.paths['/api/v1/projects/{id}'].delete.responses");
        assertThat(deleteResponses).containsKey("204").doesNotContainKey("200");
        assertThat(deleteResponses.get("204")).doesNotContainKey("content");
    }

    @Test
    void publishedNewsMayBeReadWithoutAToken() {
        List<Map<String, Object>> security = document().read("$.paths['/api/v1/news'].get.security");
        assertThat(security).contains(Map.of());
        Object writing =
                JsonPath.using(LENIENT).parse(contract.document()).read("$.paths['/api/v1/news'].post.security");
        assertThat(writing)
                .as("writing news needs the token everybody else needs")
                .isNull();
        List<Map<String, Object>> everywhere = document().read("$.security");
        assertThat(everywhere).isNotEmpty().doesNotContain(Map.of());
    }

    @Test
    void refusesAnUndocumentedStatus() {
        ValidationReport report = contract.check(
                "GET",
                "/api/v1/towns",
                SimpleResponse.Builder.status(418)
                        .withContentType("application/json")
                        .withBody("{}")
                        .build());
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void refusesNullInAFieldThatIsNeverNullAndAValueOfTheWrongType() {
        assertThat(contract.check("GET", "/api/v1/towns", json(200, "{\"items\":[],\"total\":null}"))
                        .hasErrors())
                .isTrue();
        assertThat(contract.check("GET", "/api/v1/towns", json(200, "{\"items\":[],\"total\":\"many\"}"))
                        .hasErrors())
                .isTrue();
        assertThat(contract.check("GET", "/api/v1/towns", json(200, "{\"items\":[],\"total\":0}"))
                        .getMessages())
                .isEmpty();
    }

    @Test
    void aNullableFieldMayBeNullAndAReferenceToAnotherSchemaToo() {
        String partner =
                "{\"id\":1,\"organisationId\":null,\"organisationName\":%s,\"country\":\"LV\",\"role\":\"PARTNER\"}";
        assertThat(contract.check("POST", "/api/v1/projects/1/partners", json(201, partner.formatted("null")))
                        .getMessages())
                .isEmpty();
        assertThat(contract.check(
                                "POST",
                                "/api/v1/projects/1/partners",
                                json(201, partner.formatted("{\"lv\":\"Dome\",\"en\":\"Council\"}")))
                        .getMessages())
                .isEmpty();
        assertThat(contract.check("POST", "/api/v1/projects/1/partners", json(201, partner.formatted("3")))
                        .hasErrors())
                .isTrue();
    }

    @Test
    void aProblemAnswerMustBeAProblem() {
        SimpleResponse notAProblem = SimpleResponse.Builder.status(404)
                .withContentType("application/problem+json")
                .withBody("{\"status\":\"missing\"}")
                .build();
        assertThat(contract.check("GET", "/api/v1/projects/1", notAProblem).hasErrors())
                .isTrue();
        SimpleResponse problem = SimpleResponse.Builder.status(404)
                .withContentType("application/problem+json")
                .withBody("{\"type\":\"urn:jumelage:problem:project.not-found\",\"title\":\"Not Found\","
                        + "\"status\":404,\"code\":\"project.not-found\",\"detail\":\"No such project.\"}")
                .build();
        assertThat(contract.check("GET", "/api/v1/projects/1", problem).getMessages())
                .isEmpty();
    }

    private static SimpleResponse json(int status, String body) {
        return SimpleResponse.Builder.status(status)
                .withContentType("application/json")
                .withBody(body)
                .build();
    }
}
