package org.jumelage.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.jumelage.support.JumelageIntegrationTest;
import org.jumelage.support.TestDatabaseSession;
import org.jumelage.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A schema-driven fuzz of the whole API: it reads the live {@code /v3/api-docs}, and for every
 * operation sends a bounded set of requests built from the parameters' and bodies' schemas (valid
 * values, wrong types, empty and missing values, huge strings and numbers, control characters,
 * lone surrogates, other Unicode, nulls, extra fields, malformed JSON), as the administrator with
 * a token and as an anonymous caller. No answer may be a 5xx. The random choices use a fixed seed,
 * so a failure is repeatable; the failing operations and inputs are all listed in the message.
 *
 * <p>It runs on the demo data (real projects, events, news to hit), in a database of its own, and
 * sends the operations that delete last.
 */
@JumelageIntegrationTest
@TestPropertySource(properties = "jumelage.demo.enabled=true")
class ApiFuzzTests {

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabaseSession.ownSchema("fuzz").ifPresent(url -> registry.add("spring.datasource.url", () -> url));
    }

    private static final long SEED = 20261206L;
    private static final int RANDOM_CASES = 3;
    private static final Duration TIME_LIMIT = Duration.ofSeconds(150);
    private static final String ADMIN = "Bearer " + TestUsers.ADMIN_API_TOKEN;

    /** How each case fills every value the schema describes. */
    enum Mode {
        VALID,
        CONTROL,
        EMPTY,
        WRONG_TYPE,
        HUGE,
        NEGATIVE,
        UNICODE,
        SURROGATE,
        NULLS,
        EXTRA,
        MALFORMED,
        RANDOM
    }

    private static final List<Mode> LEAF_MODES = List.of(
            Mode.VALID,
            Mode.CONTROL,
            Mode.EMPTY,
            Mode.WRONG_TYPE,
            Mode.HUGE,
            Mode.NEGATIVE,
            Mode.UNICODE,
            Mode.SURROGATE,
            Mode.NULLS);

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    private JsonNode document = tools.jackson.databind.node.NullNode.getInstance();
    private Random random = new Random(SEED);
    private long adminId;

    @Test
    void noOperationAnswersAServerErrorToAnyGeneratedInput() throws Exception {
        document = json.readTree(
                mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        adminId = json.readTree(mvc.perform(get("/api/v1/me").header("Authorization", ADMIN))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8))
                .path("id")
                .asLong();
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(40);

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        java.util.Set<String> succeeded = new java.util.TreeSet<>();
        int requests = 0;
        Instant start = Instant.now();
        Instant deadline = Instant.now().plus(TIME_LIMIT);
        for (Operation operation : operations) {
            boolean hasBody = operation.spec().has("requestBody");
            for (Mode mode : Mode.values()) {
                if (!hasBody && (mode == Mode.MALFORMED || mode == Mode.EXTRA)) {
                    continue;
                }
                int repeats = mode == Mode.RANDOM ? RANDOM_CASES : 1;
                for (int repeat = 0; repeat < repeats; repeat++) {
                    for (boolean admin : new boolean[] {false, true}) {
                        assertThat(Instant.now()).as("the fuzz's time limit").isBefore(deadline);
                        Sent sent = send(operation, mode, admin);
                        requests++;
                        statuses.merge(sent.status(), 1, Integer::sum);
                        if (sent.status() < 300) {
                            succeeded.add(operation.method() + " " + operation.path());
                        }
                        if (sent.status() >= 500) {
                            failures.add(sent.describe());
                        }
                    }
                }
            }
        }
        System.out.printf(
                "Fuzz: %d operations, %d requests in %d ms, statuses %s; %d operations answered 2xx at least once%n",
                operations.size(),
                requests,
                Duration.between(start, Instant.now()).toMillis(),
                statuses,
                succeeded.size());
        assertThat(requests).isBetween(500, 5000);
        // The generated requests reach the operations' work, not only their refusals (about half of
        // the operations succeed at least once; the others need ids of things the demo does not have).
        assertThat(succeeded).hasSizeGreaterThan(operations.size() * 2 / 5);
        assertThat(failures)
                .as(
                        "%d of %d requests answered a server error:%n%s",
                        failures.size(), requests, String.join("\n", failures))
                .isEmpty();
    }

    record Operation(HttpMethod method, String path, JsonNode spec) {}

    record Sent(Operation operation, Mode mode, boolean admin, String uri, String body, int status, String error) {
        String describe() {
            String shownBody = body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return operation.method() + " " + operation.path() + " [" + (admin ? "admin" : "anonymous") + ", " + mode
                    + "] " + uri + " " + shownBody + " → " + status + " " + error;
        }
    }

    /** Every operation of the document; the ones that delete come last, so the others meet the data. */
    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (List.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    operations.add(new Operation(
                            HttpMethod.valueOf(method.getKey().toUpperCase(java.util.Locale.ROOT)),
                            path.getKey(),
                            method.getValue()));
                }
            }
        }
        operations.sort(Comparator.comparing((Operation operation) -> operation.method() == HttpMethod.DELETE)
                .thenComparing(Operation::path)
                .thenComparing(operation -> operation.method().name()));
        return operations;
    }

    private Sent send(Operation operation, Mode mode, boolean admin) {
        String path = operation.path();
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            JsonNode resolved = resolve(parameter);
            String name = resolved.path("name").asString();
            Object value = value(resolved.path("schema"), mode, 0, name);
            if ("path".equals(resolved.path("in").asString())) {
                String text = value == null ? "null" : String.valueOf(value);
                if (protectedAccount(operation, text)) {
                    text = "999999";
                }
                if (text.isEmpty()) {
                    // An empty segment is another address ("/measures/" is not "/measures/{code}").
                    text = " ";
                }
                path = path.replace("{" + name + "}", encode(text).replace("+", "%20"));
            } else if ("query".equals(resolved.path("in").asString()) && value != null) {
                query.append(query.isEmpty() ? "?" : "&")
                        .append(encode(name))
                        .append('=')
                        .append(encode(String.valueOf(value)));
            }
        }
        String uri = path + query;
        String body = "";
        AbstractMockHttpServletRequestBuilder<?> request;
        JsonNode content = operation.spec().path("requestBody").path("content");
        if (content.has("multipart/form-data")) {
            MockMultipartHttpServletRequestBuilder multipart =
                    MockMvcRequestBuilders.multipart(operation.method(), URI.create(uri));
            JsonNode schema = resolve(content.path("multipart/form-data").path("schema"));
            for (Map.Entry<String, JsonNode> property :
                    schema.path("properties").properties()) {
                JsonNode propertySchema = resolve(property.getValue());
                if ("binary".equals(propertySchema.path("format").asString())) {
                    byte[] bytes = new byte[mode == Mode.HUGE ? 4096 : 64];
                    random.nextBytes(bytes);
                    multipart.file(new MockMultipartFile(property.getKey(), "fuzz.pdf", "application/pdf", bytes));
                } else {
                    Object value = value(propertySchema, mode, 1, property.getKey());
                    if (value != null) {
                        multipart.param(property.getKey(), String.valueOf(value));
                    }
                }
            }
            body = "(multipart)";
            request = multipart;
        } else {
            MockHttpServletRequestBuilder plain = MockMvcRequestBuilders.request(operation.method(), URI.create(uri));
            request = plain;
            if (!content.isMissingNode() && !content.isEmpty()) {
                JsonNode schema = content.has("application/json")
                        ? content.path("application/json").path("schema")
                        : content.properties().iterator().next().getValue().path("schema");
                body = mode == Mode.MALFORMED ? malformed() : json.writeValueAsString(value(schema, mode, 0, "body"));
                plain.contentType(MediaType.APPLICATION_JSON).content(body);
            }
        }
        if (admin) {
            request.header("Authorization", ADMIN);
        }
        request.accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON, MediaType.ALL);
        try {
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            return new Sent(operation, mode, admin, uri, body, status, "");
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            return new Sent(
                    operation,
                    mode,
                    admin,
                    uri,
                    body,
                    500,
                    cause.getClass().getSimpleName() + ": "
                            + String.valueOf(cause.getMessage())
                                    .lines()
                                    .findFirst()
                                    .orElse(""));
        }
    }

    /** The administrator's own account is not disabled nor stripped of roles by the fuzz, which still needs it. */
    private boolean protectedAccount(Operation operation, String id) {
        return operation.path().startsWith("/api/v1/users/") && id.equals(String.valueOf(adminId))
                || operation.path().startsWith("/api/v1/me/tokens/");
    }

    private String malformed() {
        return List.of("{", "{\"a\":", "[", "null", "\"text\"", "12", "{\"a\":1,}", "\u0000", "{}{}")
                .get(random.nextInt(9));
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; hops < 10 && current.has("$ref"); hops++) {
            String reference = current.path("$ref").asString();
            current = document.at(reference.substring(1));
        }
        return current;
    }

    /** A value for the schema in the mode; {@code null} leaves an optional parameter out. */
    private @Nullable Object value(JsonNode node, Mode mode, int depth, String name) {
        Mode leaf = mode == Mode.RANDOM ? LEAF_MODES.get(random.nextInt(LEAF_MODES.size())) : mode;
        if (leaf == Mode.NULLS) {
            return null;
        }
        JsonNode schema = resolve(node);
        JsonNode choices = schema.has("oneOf") ? schema.path("oneOf") : schema.path("anyOf");
        if (!choices.isMissingNode() && !choices.isEmpty()) {
            schema = resolve(choices.get(random.nextInt(choices.size())));
        }
        String type = type(schema);
        if (leaf == Mode.WRONG_TYPE) {
            return switch (type) {
                case "string" -> depth == 0 && random.nextBoolean() ? List.of("x") : 12345;
                case "integer", "number" -> "not-a-number";
                case "boolean" -> "maybe";
                case "array" -> "not-an-array";
                default -> depth == 0 ? "not-an-object" : 7;
            };
        }
        return switch (type) {
            case "object" -> object(schema, mode, depth);
            case "array" -> array(schema, mode, depth, name);
            case "integer" -> integer(schema, leaf);
            case "number" ->
                switch (leaf) {
                    case HUGE -> 1.0e308;
                    case NEGATIVE -> -1.5;
                    case EMPTY -> 0;
                    default -> 1.5;
                };
            case "boolean" -> leaf != Mode.NEGATIVE;
            default -> string(schema, leaf, name);
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asString())) {
                    return each.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private Object object(JsonNode schema, Mode mode, int depth) {
        Map<String, @Nullable Object> object = new LinkedHashMap<>();
        if (depth > 4 || mode == Mode.EMPTY) {
            return object;
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            object.put(property.getKey(), value(property.getValue(), mode, depth + 1, property.getKey()));
        }
        if (mode == Mode.EXTRA || mode == Mode.RANDOM && random.nextInt(4) == 0) {
            object.put("unexpected", Map.of("nested", List.of(1, "two")));
            object.put("id", -1);
        }
        return object;
    }

    private Object array(JsonNode schema, Mode mode, int depth, String name) {
        List<@Nullable Object> items = new ArrayList<>();
        int count = switch (mode) {
            case EMPTY -> 0;
            case HUGE -> 30;
            default -> 1 + random.nextInt(2);
        };
        for (int i = 0; i < count && depth < 5; i++) {
            items.add(value(schema.path("items"), mode, depth + 1, name));
        }
        return items;
    }

    private Object integer(JsonNode schema, Mode leaf) {
        boolean int32 = "int32".equals(schema.path("format").asString());
        return switch (leaf) {
            case HUGE ->
                random.nextBoolean() ? (Object) (int32 ? Integer.MAX_VALUE : Long.MAX_VALUE) : "99999999999999999999";
            case NEGATIVE -> random.nextBoolean() ? -1 : (Object) (int32 ? Integer.MIN_VALUE : Long.MIN_VALUE);
            case EMPTY -> 0;
            default -> 1 + random.nextInt(3);
        };
    }

    private String string(JsonNode schema, Mode leaf, String name) {
        JsonNode allowed = schema.path("enum");
        String valid = !allowed.isMissingNode() && !allowed.isEmpty()
                ? allowed.get(random.nextInt(allowed.size())).asString()
                : validString(schema.path("format").asString(), name);
        return switch (leaf) {
            case CONTROL ->
                valid
                        + List.of("\u0000", "\u0001", "\u001b[31m", "\u0008", "\u001f")
                                .get(random.nextInt(5));
            case EMPTY -> random.nextBoolean() ? "" : "   ";
            case HUGE -> "x".repeat(random.nextBoolean() ? 5_000 : 70_000);
            case NEGATIVE ->
                List.of("-1", "0", "-", "../../etc/passwd", "' or 1=1 --", "%", "_", "<script>")
                        .get(random.nextInt(8));
            case UNICODE ->
                List.of("Łódź 🎉", "\u202eevil", "ǅ\u0301\u0308", "中文 العربية", "\uFEFF", "\u00a0", "L V")
                        .get(random.nextInt(7));
            case SURROGATE -> valid + (random.nextBoolean() ? "\ud800" : "\udc00x");
            default -> valid;
        };
    }

    private static String validString(String format, String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return switch (format) {
            case "date" -> "2026-05-01";
            case "date-time" -> "2026-05-01T10:00:00Z";
            case "email" -> "fuzz@example.org";
            case "uri", "url" -> "https://example.org/fuzz";
            case "uuid" -> "00000000-0000-0000-0000-000000000000";
            default ->
                lower.contains("country")
                        ? "LV"
                        : lower.contains("language") || lower.equals("lang")
                                ? "lv"
                                : lower.contains("email") ? "fuzz@example.org" : "Fuzz";
        };
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
