package org.jumelage.config;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.Map;
import org.jumelage.shared.LocalizedText;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;

/**
 * The JSON API's OpenAPI description, served at {@code /v3/api-docs}. Calls authenticate with a
 * personal API token (or the browser session); errors are RFC 9457 problem details.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Jumelage API",
                        version = "v1",
                        description = "Towns, projects, events and accounts of a Jumelage instance. Errors are "
                                + "application/problem+json (RFC 9457) with a stable 'code' and a 'detail' in the "
                                + "caller's language (Accept-Language: lv or en).",
                        license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        security = @SecurityRequirement(name = OpenApiConfiguration.TOKEN_SCHEME))
@SecurityScheme(
        name = OpenApiConfiguration.TOKEN_SCHEME,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A personal API token created on the profile page, sent as 'Authorization: Bearer jmlg_…'.")
class OpenApiConfiguration {

    /** The name of the security scheme of personal tokens in the document. */
    static final String TOKEN_SCHEME = "personalToken";

    static {
        // A LocalizedText is one flat object keyed by language tag ({@code @JsonValue}), not its record components.
        SpringDocUtils.getConfig()
                .replaceWithSchema(
                        LocalizedText.class,
                        new ObjectSchema()
                                .additionalProperties(new StringSchema())
                                .description("A text in several languages: one property per language tag of"
                                        + " Jumelage (\"lv\", \"en\", \"pl\", \"sr-Latn\" …, the 30 of"
                                        + " /api/v1/languages); a missing or blank language has no text. Readers"
                                        + " see their language, else English, else Latvian, else any other.")
                                .example(Map.of(
                                        "lv",
                                        "Pilsētu sadraudzība",
                                        "en",
                                        "Town twinning",
                                        "pl",
                                        "Partnerstwo miast")));
    }
}
