package org.jumelage.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The JSON text column that holds a {@link LocalizedText}'s languages beyond Latvian and English. */
final class StoredTexts {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {};

    private StoredTexts() {}

    static Map<String, String> read(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        Map<String, String> texts = new LinkedHashMap<>(JSON.readValue(json, MAP));
        // A language no longer known (or a null) is skipped, not fatal: stored text stays readable.
        texts.entrySet().removeIf(entry -> entry.getValue() == null || !Languages.isKnown(entry.getKey()));
        return texts;
    }

    static String write(Map<String, String> texts) {
        return JSON.writeValueAsString(texts);
    }
}
