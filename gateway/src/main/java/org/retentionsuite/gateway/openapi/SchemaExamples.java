package org.retentionsuite.gateway.openapi;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An example value for a schema of the document, built from the schema itself so that it cannot drift from
 * the API's records: a schema's own {@code example} wins, then its first enum value, then a value in the
 * API's conventions for the property's name and format (ISO 8601 times, money as decimal strings, ids).
 */
final class SchemaExamples {

    private static final int MAX_DEPTH = 6;
    private static final String REF_PREFIX = "#/components/schemas/";

    private final Map<String, Schema> components;

    SchemaExamples(Components components) {
        this.components = components == null || components.getSchemas() == null ? Map.of() : components.getSchemas();
    }

    Object of(Schema schema) {
        return of(schema, "", 0);
    }

    private Object of(Schema schema, String name, int depth) {
        if (schema == null || depth > MAX_DEPTH) {
            return null;
        }
        if (schema.getRef() != null) {
            String ref = schema.getRef();
            return of(components.get(ref.startsWith(REF_PREFIX) ? ref.substring(REF_PREFIX.length()) : ref), name, depth + 1);
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().stream().filter(value -> value != null).findFirst().orElse(null);
        }
        for (List<Schema> choices : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (choices != null) {
                for (Schema choice : choices) {
                    Object value = of(choice, name, depth + 1);
                    if (value != null) {
                        return value;
                    }
                }
            }
        }
        Schema.SchemaType type = typeOf(schema);
        if (type == null) {
            return schema.getProperties() != null ? object(schema, depth) : null;
        }
        return switch (type) {
            case OBJECT -> object(schema, depth);
            case ARRAY -> {
                Object item = of(schema.getItems(), singular(name), depth + 1);
                yield item == null ? List.of() : List.of(item);
            }
            case STRING -> text(name, schema.getFormat());
            case INTEGER -> integer(name);
            case NUMBER -> name.toLowerCase().contains("rate") || name.toLowerCase().contains("probability") ? 0.25 : 4.5;
            case BOOLEAN -> Boolean.TRUE;
            default -> null;
        };
    }

    private Map<String, Object> object(Schema schema, int depth) {
        Map<String, Object> value = new LinkedHashMap<>();
        if (schema.getProperties() != null) {
            schema.getProperties().forEach((property, propertySchema) -> {
                Object example = of(propertySchema, property, depth + 1);
                if (example != null) {
                    value.put(property, example);
                }
            });
        }
        if (value.isEmpty() && schema.getAdditionalPropertiesSchema() != null) {
            Object example = of(schema.getAdditionalPropertiesSchema(), "value", depth + 1);
            if (example != null) {
                value.put("en", example);
            }
        }
        return value;
    }

    private static Schema.SchemaType typeOf(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        if (types == null) {
            return null;
        }
        return types.stream().filter(type -> type != Schema.SchemaType.NULL).findFirst().orElse(null);
    }

    /** Strings in the API's conventions, chosen by format, then by the property's name. */
    private static String text(String name, String format) {
        String lower = name.toLowerCase();
        if ("date-time".equals(format) || lower.endsWith("at") && !lower.equals("format") || lower.endsWith("since")) {
            return "2026-03-14T09:30:00Z";
        }
        if ("date".equals(format) || lower.equals("birthday") || lower.endsWith("date") || lower.equals("from")
                || lower.equals("to")) {
            return "2026-03-14";
        }
        if ("uuid".equals(format)) {
            return "6f1c2a9e-3b7d-4c1e-9a5f-2d8b7e4c1a90";
        }
        if (lower.contains("customer") || lower.equals("referredby")) {
            return "C-1001";
        }
        if (lower.equals("currency")) {
            return "EUR";
        }
        if (lower.contains("amount") || lower.contains("price") || lower.contains("revenue") || lower.contains("spend")
                || lower.equals("value") || lower.contains("clv") || lower.contains("total")) {
            return "12.50";
        }
        if (lower.contains("email")) {
            return "ana@example.com";
        }
        if (lower.equals("locale") || lower.contains("language") || lower.equals("lang")) {
            return "en";
        }
        if (lower.equals("country")) {
            return "DE";
        }
        if (lower.contains("cursor")) {
            return "eyJhZnRlciI6IjIwMjYtMDMtMTQifQ";
        }
        if (lower.equals("type")) {
            return "/problems/not-found";
        }
        if (lower.endsWith("uri") || lower.endsWith("url") || lower.endsWith("href")) {
            return "https://shop.example/s/k3J9xQ";
        }
        if (lower.endsWith("token")) {
            return "k3J9xQ7vT2";
        }
        if (lower.equals("id") || lower.endsWith("id") || lower.endsWith("ids")) {
            return "6f1c2a9e-3b7d-4c1e-9a5f-2d8b7e4c1a90";
        }
        if (lower.equals("sku")) {
            return "SKU-4711";
        }
        if (lower.contains("code")) {
            return "ANA-7K2Q";
        }
        return name.isEmpty() ? "text" : "example " + name;
    }

    private static Object integer(String name) {
        String lower = name.toLowerCase();
        if (lower.equals("limit")) {
            return 50;
        }
        if (lower.contains("score")) {
            return 9;
        }
        if (lower.contains("days")) {
            return 30;
        }
        if (lower.contains("points") || lower.contains("balance") || lower.equals("active")) {
            return 1200;
        }
        return 3;
    }

    private static String singular(String name) {
        return name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }
}
