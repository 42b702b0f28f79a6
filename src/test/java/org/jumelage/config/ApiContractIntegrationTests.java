package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jumelage.support.ApiContract;
import org.jumelage.support.JumelageIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The guard of the API contract refuses what the document does not allow, and the document says what the API answers. */
@JumelageIntegrationTest
class ApiContractIntegrationTests {

    @Autowired
    ApiContract contract;

    @Test
    void writesTheDocumentForReading() throws Exception {
        Path file = Path.of("target", "api-docs.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, contract.document());
        assertThat(contract.document()).contains("\"openapi\"");
    }

    @Test
    void refusesAnUndocumentedStatus() {
        ValidationReport report = contract.check(
                "GET",
                "/api/v1/towns",
                SimpleResponse.Builder.status(418).withContentType("application/json").withBody("{}").build());
        assertThat(report.hasErrors()).isTrue();
    }

    @Test
    void refusesNullInAFieldThatIsNeverNull() {
        ValidationReport report = contract.check(
                "GET",
                "/api/v1/towns",
                SimpleResponse.Builder.ok()
                        .withContentType("application/json")
                        .withBody("{\"items\":[],\"total\":null}")
                        .build());
        assertThat(report.hasErrors()).isTrue();
    }
}
