package org.retentionsuite.deploy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads YAML manifests as plain trees, as strictly as the Kubernetes API server reads them. */
final class ManifestYaml {

    /** Converts trees into fabric8 objects: a string is never taken for a number or the reverse. */
    static final ObjectMapper TYPED = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(LogicalType.Textual, config -> config
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .build();

    // A repeated key is an error for kubectl too; Jackson would otherwise keep the last value.
    private static final ObjectMapper YAML = YAMLMapper.builder(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private ManifestYaml() {
    }

    static List<Map<String, Object>> read(Path file) {
        try {
            return read(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The documents of a (multi-document) YAML text, each a mapping; empty documents are skipped. */
    static List<Map<String, Object>> read(String text, String source) {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (MappingIterator<Object> values = YAML.readerFor(Object.class).readValues(text)) {
            while (values.hasNextValue()) {
                Object document = values.nextValue();
                if (document == null) {
                    continue;
                }
                if (!(document instanceof Map)) {
                    throw new IllegalArgumentException(source + ": a document is not a mapping but " + document);
                }
                documents.add(asMap(document, source));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(source + ": not valid YAML: " + e.getMessage(), e);
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value, String where) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException(where + ": expected a mapping but found " + value);
        }
        return (Map<String, Object>) value;
    }
}
