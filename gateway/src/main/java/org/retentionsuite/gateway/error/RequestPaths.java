package org.retentionsuite.gateway.error;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.List;
import java.util.Map;

/** Names a field of a request body the way its sender wrote it: {@code amount.currency}, {@code [2].eventId}. */
final class RequestPaths {

    private RequestPaths() {
    }

    /** A violation on the request body as a whole. */
    static final String BODY = "body";

    /** The path of a Bean Validation violation, without the method and parameter nodes. */
    static String of(Path path) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                field.append(node.getKey() != null ? "[" + node.getKey() + "]" : "[" + node.getIndex() + "]");
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                appendName(field, node.getName());
            }
        }
        return field.isEmpty() ? BODY : field.toString();
    }

    /** The path of a Jackson failure. */
    static String of(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null && reference.getFrom() instanceof Map) {
                // A map's key, as Bean Validation names it too: exchangeRates[USD].
                field.append('[').append(reference.getFieldName()).append(']');
            } else if (reference.getFieldName() != null) {
                appendName(field, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    private static void appendName(StringBuilder field, String name) {
        if (!field.isEmpty()) {
            field.append('.');
        }
        field.append(name);
    }
}
