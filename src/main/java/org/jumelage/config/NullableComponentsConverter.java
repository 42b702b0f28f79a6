package org.jumelage.config;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Marks in {@code /v3/api-docs} the fields the API may answer with {@code null}: the components of
 * the answer records annotated with JSpecify's {@link Nullable} (our packages are
 * {@code @NullMarked}, so everything else is never null). A plain field gets {@code nullable: true}
 * (OpenAPI 3.0) or {@code "null"} among its types (3.1); a reference or an enumeration becomes
 * {@code anyOf: [the schema, the null-only schema]}. A component declared as {@code Object} may hold
 * any JSON value, so its schema names no type.
 */
@Component
class NullableComponentsConverter implements ModelConverter {

    @Override
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema resolved = chain.next().resolve(type, context, chain);
        Class<?> raw = type.getType() == null
                ? null
                : Json.mapper().constructType(type.getType()).getRawClass();
        if (resolved == null || raw == null || !raw.isRecord()) {
            return resolved;
        }
        Schema model = resolved;
        if (resolved.get$ref() != null) {
            String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
            model = context.getDefinedModels().get(name);
        }
        if (model == null || model.getProperties() == null) {
            return resolved;
        }
        Map<String, Schema> properties = model.getProperties();
        for (RecordComponent component : raw.getRecordComponents()) {
            Schema property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            if (component.getType() == Object.class) {
                // A component declared as Object holds any JSON value (a number, a text, a list), not an object.
                property.setType(null);
                property.setTypes(null);
            }
            if (component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                properties.put(component.getName(), nullable(property));
            }
        }
        return resolved;
    }

    /** The same schema, also allowing {@code null}. */
    static Schema nullable(Schema schema) {
        boolean openApi31 = schema.getSpecVersion() == SpecVersion.V31;
        if (allowsNull(schema)) {
            return schema;
        }
        if (schema.get$ref() == null && schema.getEnum() == null && !isAnyOf(schema)) {
            if (openApi31 && schema.getTypes() != null) {
                LinkedHashSet<String> types = new LinkedHashSet<>(schema.getTypes());
                types.add("null");
                schema.setTypes(types);
                return schema;
            }
            if (!openApi31) {
                schema.setNullable(true);
                return schema;
            }
        }
        // A reference or an enumeration: in OpenAPI 3.0 'nullable' beside them does not let null through.
        Schema wrapper = new Schema<>();
        wrapper.setSpecVersion(schema.getSpecVersion());
        wrapper.setDescription(schema.getDescription());
        wrapper.setAnyOf(new ArrayList<>(List.of(schema, nullOnly(openApi31))));
        return wrapper;
    }

    /** The schema whose only value is {@code null} (OpenAPI 3.0.3 spells it {@code nullable} with {@code enum: [null]}). */
    private static Schema nullOnly(boolean openApi31) {
        Schema<Object> nullOnly = new Schema<>();
        if (openApi31) {
            nullOnly.setSpecVersion(SpecVersion.V31);
            nullOnly.setTypes(new LinkedHashSet<>(List.of("null")));
        } else {
            nullOnly.setType("object");
            nullOnly.setNullable(true);
            List<Object> onlyNull = new ArrayList<>();
            onlyNull.add(null);
            nullOnly.setEnum(onlyNull);
        }
        return nullOnly;
    }

    private static boolean isAnyOf(Schema schema) {
        return schema.getAnyOf() != null || schema.getOneOf() != null || schema.getAllOf() != null;
    }

    private static boolean allowsNull(Schema schema) {
        if (Boolean.TRUE.equals(schema.getNullable())
                && schema.get$ref() == null
                && !isAnyOf(schema)
                && schema.getEnum() == null) {
            return true;
        }
        if (schema.getTypes() != null && schema.getTypes().contains("null")) {
            return true;
        }
        List<Schema> anyOf = schema.getAnyOf();
        return anyOf != null
                && anyOf.stream()
                        .anyMatch(s -> s.getTypes() != null && s.getTypes().contains("null"));
    }
}
