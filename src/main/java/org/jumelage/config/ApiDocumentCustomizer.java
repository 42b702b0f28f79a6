package org.jumelage.config;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.method.HandlerMethod;

/**
 * Makes {@code /v3/api-docs} say what the API really answers, in one place instead of on every
 * controller method: the success status (204 for answers without a body; 201 comes from
 * {@code @ResponseStatus(CREATED)} on the method), and on every operation the problem answers
 * (RFC 9457, {@code application/problem+json}) that {@link ApiExceptionHandler}, the security
 * chain ({@link ProblemWriter}) and Spring MVC's own refusals can give it.
 * The integration tests check every API answer they receive against this document.
 */
@Component
class ApiDocumentCustomizer implements GlobalOperationCustomizer, GlobalOpenApiCustomizer {

    static final String PROBLEM_SCHEMA = "Problem";
    static final String PROBLEM_MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    /** Success status: a method answering {@code ResponseEntity<Void>} (or nothing) answers 204 without a body. */
    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        ApiResponses responses = operation.getResponses();
        if (responses == null) {
            return operation;
        }
        if (answersWithoutBody(handlerMethod) && responses.containsKey("200")) {
            responses.remove("200");
            responses.addApiResponse("204", new ApiResponse().description(HttpStatus.NO_CONTENT.getReasonPhrase()));
        }
        responses.values().forEach(ApiDocumentCustomizer::filesAreBinary);
        ApiResponse created = responses.get("201");
        if (created != null
                && (created.getHeaders() == null || !created.getHeaders().containsKey("Location"))) {
            created.addHeaderObject(
                    "Location",
                    new Header()
                            .description("Where the created resource can be read.")
                            .schema(typed("string").format("uri-reference")));
        }
        return operation;
    }

    /**
     * A file download (a {@code byte[]} or a stream) is sent as it is, in the type of the file, not as
     * JSON: its content is {@code *}{@code /*} with a binary string.
     */
    private static void filesAreBinary(ApiResponse response) {
        Content content = response.getContent();
        if (content == null || content.size() != 1) {
            return;
        }
        MediaType only = content.values().iterator().next();
        Schema<?> schema = only.getSchema();
        if (schema != null
                && "string".equals(schema.getType())
                && ("byte".equals(schema.getFormat()) || "binary".equals(schema.getFormat()))) {
            schema.setFormat("binary");
            Content file = new Content();
            file.addMediaType("*/*", only);
            response.setContent(file);
        }
    }

    private static boolean answersWithoutBody(HandlerMethod handlerMethod) {
        Class<?> returned = handlerMethod.getMethod().getReturnType();
        if (returned == void.class) {
            return true;
        }
        if (ResponseEntity.class.isAssignableFrom(returned)) {
            Class<?> body = ResolvableType.forMethodReturnType(handlerMethod.getMethod())
                    .as(ResponseEntity.class)
                    .getGeneric(0)
                    .resolve();
            return body == Void.class;
        }
        return false;
    }

    /** Adds the problem schema and, to every operation, the problem answers it can give. */
    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths()
                .forEach((path, item) ->
                        item.readOperationsMap().forEach((method, operation) -> addProblems(path, method, operation)));
    }

    private static void addProblems(String path, PathItem.HttpMethod method, Operation operation) {
        if (path.startsWith("/open-data/")) {
            // Open data (issue 14): public files, no token, no problem answers; an unknown address is the 404 page.
            operation.setSecurity(new ArrayList<>());
            return;
        }
        boolean publicRead = method == PathItem.HttpMethod.GET && isPublicRead(path);
        boolean hasBody = operation.getRequestBody() != null;
        boolean hasQuery = operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "query".equals(p.getIn()));
        boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
        if (publicRead) {
            // Anonymous callers may read published news; a token, when sent, must be valid.
            operation.setSecurity(new ArrayList<>(List.of(
                    new SecurityRequirement(), new SecurityRequirement().addList(OpenApiConfiguration.TOKEN_SCHEME))));
        }
        Map<Integer, String> problems = new TreeMap<>();
        problems.put(400, "The request could not be read: a malformed parameter, path segment or body.");
        problems.put(
                401,
                publicRead
                        ? "The personal token sent is unknown, expired or revoked."
                        : "No valid personal token or session, or the token is unknown, expired or revoked.");
        problems.put(
                403,
                publicRead
                        ? "The caller may not see what was asked for (drafts are for their editors)."
                        : "The caller may not do this.");
        if (path.contains("{")) {
            problems.put(404, "Nothing with this identifier, or nothing the caller may see.");
        }
        if (changes) {
            problems.put(
                    409, "The change conflicts with the current state (a newer version, a duplicate, a closed step).");
        }
        if (hasBody && isMultipart(operation)) {
            problems.put(413, "The uploaded file is larger than allowed.");
        }
        if (hasBody) {
            problems.put(415, "The body is not of a media type this operation accepts.");
        }
        if (hasBody || hasQuery || changes) {
            problems.put(422, "The input breaks a rule; 'errors' names the fields.");
        }
        if (changes) {
            problems.put(
                    429,
                    "Sent too often from this address without signing in (public form rate limit); "
                            + "Retry-After says when to try again.");
        }
        ApiResponses responses = operation.getResponses();
        problems.forEach((status, description) -> {
            ApiResponse documented = responses.get(String.valueOf(status));
            if (documented == null) {
                responses.addApiResponse(String.valueOf(status), problemResponse(status, description));
            } else {
                // A hand-written answer (say 422 with an import report) keeps its content and gains the problem.
                Content content = documented.getContent() == null ? new Content() : documented.getContent();
                MediaType problem = content.get(PROBLEM_MEDIA_TYPE);
                if (problem == null || problem.getSchema() == null) {
                    content.addMediaType(PROBLEM_MEDIA_TYPE, problemMediaType());
                }
                documented.setContent(content);
            }
        });
    }

    private static boolean isPublicRead(String path) {
        String concrete = path.replaceAll("\\{[^}]+}", "x");
        for (String pattern : SecurityConfiguration.PUBLIC_API_READS) {
            if (PATHS.match(pattern, concrete)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMultipart(Operation operation) {
        Content content = operation.getRequestBody().getContent();
        return content != null && content.containsKey(org.springframework.http.MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    private static ApiResponse problemResponse(int status, String description) {
        return new ApiResponse()
                .description(HttpStatus.valueOf(status).getReasonPhrase() + ". " + description)
                .content(new Content().addMediaType(PROBLEM_MEDIA_TYPE, problemMediaType()));
    }

    private static MediaType problemMediaType() {
        return new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM_SCHEMA));
    }

    /** The shape of every error answer: RFC 9457 plus the stable {@code code} and per-field {@code errors}. */
    /** A schema of one type, written so that both OpenAPI 3.0 ({@code type}) and 3.1 ({@code types}) show it. */
    static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.setTypes(new LinkedHashSet<>(Set.of(type)));
        return schema;
    }

    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put(
                "type",
                typed("string")
                        .format("uri-reference")
                        .description(
                                "urn:jumelage:problem:<code>; absent (about:blank) for refusals of the web layer itself.")
                        .example("urn:jumelage:problem:api.invalid-input"));
        properties.put(
                "title",
                typed("string")
                        .description("The status in the caller's language.")
                        .example("Unprocessable"));
        properties.put("status", typed("integer").format("int32").example(422));
        properties.put(
                "detail",
                typed("string")
                        .description("What went wrong, in the caller's language (Accept-Language: lv or en).")
                        .example("Some fields are missing or invalid."));
        properties.put("instance", typed("string").format("uri-reference").example("/api/v1/projects"));
        properties.put(
                "code",
                typed("string")
                        .description("Stable machine-readable code of the refusal; does not change with the language.")
                        .example("api.invalid-input"));
        Map<String, Schema> errorProperties = new LinkedHashMap<>();
        errorProperties.put("field", typed("string").example("titles.en"));
        errorProperties.put("message", typed("string").example("Enter a title."));
        Schema<Object> fieldError = typed("object");
        fieldError.setProperties(errorProperties);
        fieldError.setRequired(new ArrayList<>(List.of("field", "message")));
        properties.put(
                "errors",
                typed("array").items(fieldError).description("One entry per refused field, for invalid input."));
        Schema<Object> problem = typed("object");
        problem.setDescription("An RFC 9457 problem detail.");
        problem.setProperties(properties);
        problem.setRequired(new ArrayList<>(List.of("title", "status")));
        return problem;
    }
}
