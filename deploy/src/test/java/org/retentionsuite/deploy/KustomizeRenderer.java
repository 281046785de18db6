package org.retentionsuite.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders a kustomization as {@code kubectl kustomize} does, for exactly the features the suite's
 * manifests use, so that their test needs no kubectl: {@code resources} (files, and directories
 * holding a kustomization.yaml) and {@code patches} given by {@code path} that are strategic-merge
 * patches which either delete the resource they name ({@code $patch: delete}) or merge mappings
 * into it. Anything else fails, rather than render something kustomize would not. The resources
 * come out in the order they were declared, where kustomize sorts them by kind; their content is
 * the same.
 */
final class KustomizeRenderer {

    private static final String API_VERSION = "kustomize.config.k8s.io/v1beta1";
    private static final Set<String> UNDERSTOOD_KEYS = Set.of("apiVersion", "kind", "resources", "patches");
    private static final Set<String> DELETE_PATCH_KEYS = Set.of("$patch", "apiVersion", "kind", "metadata");

    private KustomizeRenderer() {
    }

    /** The resources of the kustomization in {@code directory}, in the order they were declared. */
    static List<Map<String, Object>> render(Path directory) {
        Path root = directory.toAbsolutePath().normalize();
        Path file = root.resolve("kustomization.yaml");
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(root + " has no kustomization.yaml");
        }
        Map<String, Object> kustomization = single(ManifestYaml.read(file), file);
        for (String key : kustomization.keySet()) {
            if (!UNDERSTOOD_KEYS.contains(key)) {
                throw new IllegalArgumentException(file + ": '" + key + "' is not implemented by this renderer");
            }
        }
        requireValue(kustomization, "apiVersion", API_VERSION, file);
        requireValue(kustomization, "kind", "Kustomization", file);

        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object entry : list(kustomization.get("resources"), file + ": resources")) {
            for (Map<String, Object> resource : load(root, text(entry, file + ": resources"))) {
                if (resources.stream().anyMatch(known -> id(known).equals(id(resource)))) {
                    throw new IllegalArgumentException(file + ": resource " + id(resource) + " is declared twice");
                }
                resources.add(resource);
            }
        }
        for (Object entry : list(kustomization.get("patches"), file + ": patches")) {
            Map<String, Object> patch = ManifestYaml.asMap(entry, file + ": patches");
            if (!patch.keySet().equals(Set.of("path"))) {
                throw new IllegalArgumentException(file + ": only patches given by 'path' are implemented, not " + patch.keySet());
            }
            Path patchFile = insideRoot(root, text(patch.get("path"), file + ": patch path"));
            apply(single(ManifestYaml.read(patchFile), patchFile), resources, patchFile);
        }
        return resources;
    }

    private static List<Map<String, Object>> load(Path root, String entry) {
        if (entry.contains("://") || entry.startsWith("github.com/")) {
            throw new IllegalArgumentException(root + ": remote resources are not implemented: " + entry);
        }
        Path path = root.resolve(entry).normalize();
        if (Files.isDirectory(path)) {
            return render(path);
        }
        Path file = insideRoot(root, entry);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(root + ": resource " + entry + " does not exist");
        }
        List<Map<String, Object>> documents = ManifestYaml.read(file);
        documents.forEach(document -> id(document));
        return documents;
    }

    /** Like kustomize's default load restrictor: files (not bases) must lie inside the kustomization. */
    private static Path insideRoot(Path root, String entry) {
        Path path = root.resolve(entry).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException(root + ": file " + entry + " lies outside the kustomization directory");
        }
        return path;
    }

    private static void apply(Map<String, Object> patch, List<Map<String, Object>> resources, Path source) {
        String id = id(patch);
        List<Map<String, Object>> targets = resources.stream().filter(resource -> id(resource).equals(id)).toList();
        if (targets.size() != 1) {
            throw new IllegalArgumentException(source + ": the patch matches no resource " + id);
        }
        Object directive = patch.get("$patch");
        if (directive == null) {
            merge(targets.get(0), patch, source + ": ");
            return;
        }
        if (!"delete".equals(directive) || !DELETE_PATCH_KEYS.containsAll(patch.keySet())) {
            throw new IllegalArgumentException(source + ": only a bare '$patch: delete' is implemented");
        }
        resources.remove(targets.get(0));
    }

    /** Merges mappings key by key and replaces scalars; lists, nulls and directives are refused. */
    private static void merge(Map<String, Object> target, Map<String, Object> patch, String path) {
        for (Map.Entry<String, Object> entry : patch.entrySet()) {
            String key = entry.getKey();
            Object value = entry.getValue();
            Object existing = target.get(key);
            String where = path + key;
            if (key.startsWith("$") || value == null || value instanceof List) {
                // Lists merge by each field's patch strategy and merge key; null deletes a field.
                throw new IllegalArgumentException(where + ": directives, nulls and lists in patches are not implemented");
            }
            if (value instanceof Map) {
                if (existing == null) {
                    existing = new LinkedHashMap<String, Object>();
                    target.put(key, existing);
                }
                if (!(existing instanceof Map)) {
                    throw new IllegalArgumentException(where + ": the patch has a mapping where the resource has " + existing);
                }
                merge(ManifestYaml.asMap(existing, where), ManifestYaml.asMap(value, where), where + ".");
            } else if (existing instanceof Map || existing instanceof List) {
                throw new IllegalArgumentException(where + ": the patch has a scalar where the resource has " + existing);
            } else {
                target.put(key, value);
            }
        }
    }

    /** What kustomize identifies a resource by: group/version, kind, namespace and name. */
    private static String id(Map<String, Object> resource) {
        Map<String, Object> metadata = ManifestYaml.asMap(resource.get("metadata"), "metadata of " + resource.get("kind"));
        Object namespace = metadata.get("namespace");
        return text(resource.get("apiVersion"), "apiVersion") + " " + text(resource.get("kind"), "kind") + " "
                + (namespace == null ? "" : namespace + "/") + text(metadata.get("name"), "metadata.name");
    }

    private static Map<String, Object> single(List<Map<String, Object>> documents, Path file) {
        if (documents.size() != 1) {
            throw new IllegalArgumentException(file + ": expected one document but found " + documents.size());
        }
        return documents.get(0);
    }

    private static void requireValue(Map<String, Object> map, String key, String expected, Path file) {
        if (!expected.equals(map.get(key))) {
            throw new IllegalArgumentException(file + ": " + key + " must be " + expected + " but is " + map.get(key));
        }
    }

    private static List<?> list(Object value, String where) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List)) {
            throw new IllegalArgumentException(where + " must be a list but is " + value);
        }
        return (List<?>) value;
    }

    private static String text(Object value, String where) {
        if (!(value instanceof String) || ((String) value).isBlank()) {
            throw new IllegalArgumentException(where + " must be a non-empty string but is " + value);
        }
        return (String) value;
    }
}
