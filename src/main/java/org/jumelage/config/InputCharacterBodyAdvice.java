package org.jumelage.config;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jumelage.shared.ControlCharacters;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * The boundary for JSON request bodies: every property name and string value, after JSON escapes
 * are decoded (so {@code "\u0000"} is caught), must be text a person may send
 * ({@link ControlCharacters}). A refused body throws {@link InvalidCharactersException} naming the
 * JSON path, before the body is bound. A body that is no JSON at all is left to the converter,
 * which refuses it as usual.
 */
@ControllerAdvice
class InputCharacterBodyAdvice extends RequestBodyAdviceAdapter {

    private final JsonMapper jsonMapper;

    InputCharacterBodyAdvice(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage message,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType)
            throws IOException {
        MediaType type = message.getHeaders().getContentType();
        if (type == null || !isJson(type)) {
            return message;
        }
        byte[] body = message.getBody().readAllBytes();
        check(body);
        HttpHeaders headers = message.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private void check(byte[] body) {
        try (JsonParser parser = jsonMapper.createParser(body)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String text = token == JsonToken.PROPERTY_NAME
                        ? parser.currentName()
                        : token == JsonToken.VALUE_STRING ? parser.getString() : null;
                int refused = text == null ? -1 : ControlCharacters.firstForbidden(text);
                if (refused >= 0) {
                    throw new InvalidCharactersException(field(parser.streamReadContext()), refused + 1);
                }
            }
        } catch (JacksonException malformed) {
            // Not JSON: the message converter refuses it with its own answer.
        }
    }

    /** The JSON path as the API's field errors name it, for example {@code events[0].hostCountry}. */
    static String field(TokenStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext level = context; level != null && !level.inRoot(); level = level.getParent()) {
            if (level.inArray()) {
                parts.push("[" + Math.max(level.getCurrentIndex(), 0) + "]");
            } else if (level.currentName() != null) {
                parts.push("." + level.currentName());
            }
        }
        String field = String.join("", parts);
        return field.isEmpty() ? "body" : field.startsWith(".") ? field.substring(1) : field;
    }

    private static boolean isJson(MediaType type) {
        return type.isCompatibleWith(MediaType.APPLICATION_JSON)
                || type.getSubtype().endsWith("+json");
    }
}
