package org.jumelage.programme.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.jumelage.shared.LocalizedText;
import tools.jackson.databind.JsonNode;

/**
 * One JSON object of a catalogue data file, with its place in the file, so that every complaint
 * names the file and the entry: {@code programme/catalogue.json, entry programmes[1].strands[1]
 * .measures[0] (E4C-2014-TT): ...}.
 */
final class JsonEntry {

    private final String file;
    private final String path;
    private final JsonNode node;

    private JsonEntry(String file, String path, JsonNode node) {
        this.file = file;
        this.path = path;
        this.node = node;
    }

    /** The top-level object of a file. */
    static JsonEntry root(String file, JsonNode node) {
        JsonEntry root = new JsonEntry(file, "", node);
        if (!node.isObject()) {
            throw root.problem("the file must hold one JSON object");
        }
        return root;
    }

    String path() {
        return path;
    }

    /** The entry as a person finds it in the file: its path, and its code when it has one. */
    String describe() {
        if (path.isEmpty()) {
            return "the top level";
        }
        JsonNode code = node.get("code");
        return code != null && code.isString() ? path + " (" + code.stringValue() + ")" : path;
    }

    InvalidCatalogueException problem(String what) {
        return new InvalidCatalogueException(file + ", entry " + describe() + ": " + what);
    }

    /** Refuses keys other than the given ones, so that a misspelt key never goes unnoticed. */
    JsonEntry allowOnly(String... keys) {
        Set<String> allowed = Set.of(keys);
        for (String key : node.propertyNames()) {
            if (!allowed.contains(key)) {
                throw problem(
                        "unknown key \"" + key + "\" (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
        return this;
    }

    boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    String text(String key) {
        String value = optionalText(key);
        if (value == null) {
            throw problem("\"" + key + "\" is missing");
        }
        return value;
    }

    @Nullable
    String optionalText(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode value = node.get(key);
        if (!value.isString() || value.stringValue().isBlank()) {
            throw problem("\"" + key + "\" must be a non-empty text");
        }
        return value.stringValue().strip();
    }

    int integer(String key) {
        Integer value = optionalInteger(key);
        if (value == null) {
            throw problem("\"" + key + "\" is missing");
        }
        return value;
    }

    @Nullable
    Integer optionalInteger(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode value = node.get(key);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw problem("\"" + key + "\" must be a whole number");
        }
        return value.intValue();
    }

    @Nullable
    LocalDate optionalDate(String key) {
        String value = optionalText(key);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw problem("\"" + key + "\" must be a date written as yyyy-mm-dd, not \"" + value + "\"");
        }
    }

    /** A name in both languages: {@code {"lv": "...", "en": "..."}}, neither empty. */
    LocalizedText bilingual(String key) {
        JsonEntry text = object(key).allowOnly("lv", "en");
        if (!text.has("lv") || !text.has("en")) {
            throw problem("\"" + key + "\" needs both \"lv\" and \"en\"");
        }
        return LocalizedText.of(text.text("lv"), text.text("en"));
    }

    JsonEntry object(String key) {
        JsonEntry value = optionalObject(key);
        if (value == null) {
            throw problem("\"" + key + "\" is missing");
        }
        return value;
    }

    @Nullable
    JsonEntry optionalObject(String key) {
        if (!has(key)) {
            return null;
        }
        JsonNode value = node.get(key);
        if (!value.isObject()) {
            throw problem("\"" + key + "\" must be a JSON object");
        }
        return new JsonEntry(file, child(key), value);
    }

    /** The objects of an array; an absent key is an empty list. */
    List<JsonEntry> objects(String key) {
        List<JsonEntry> entries = new ArrayList<>();
        if (!has(key)) {
            return entries;
        }
        JsonNode array = node.get(key);
        if (!array.isArray()) {
            throw problem("\"" + key + "\" must be a JSON array");
        }
        for (int i = 0; i < array.size(); i++) {
            JsonEntry entry = new JsonEntry(file, child(key) + "[" + i + "]", array.get(i));
            if (!array.get(i).isObject()) {
                throw entry.problem("must be a JSON object");
            }
            entries.add(entry);
        }
        return entries;
    }

    /** The texts of an array; an absent key is an empty list. */
    List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        if (!has(key)) {
            return texts;
        }
        JsonNode array = node.get(key);
        if (!array.isArray()) {
            throw problem("\"" + key + "\" must be a JSON array of texts");
        }
        for (JsonNode value : array.values()) {
            if (!value.isString() || value.stringValue().isBlank()) {
                throw problem("\"" + key + "\" must hold only non-empty texts");
            }
            texts.add(value.stringValue().strip());
        }
        return texts;
    }

    /** The members of an object whose keys are data (for example country codes), in file order. */
    Map<String, JsonEntry> members(String key) {
        Map<String, JsonEntry> members = new LinkedHashMap<>();
        JsonEntry object = optionalObject(key);
        if (object == null) {
            return members;
        }
        for (Map.Entry<String, JsonNode> member : object.node.properties()) {
            JsonEntry entry = new JsonEntry(file, object.path + "." + member.getKey(), member.getValue());
            if (!member.getValue().isObject()) {
                throw entry.problem("must be a JSON object");
            }
            members.put(member.getKey(), entry);
        }
        return members;
    }

    private String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
