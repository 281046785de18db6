package org.retentionsuite.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Parses manifests into fabric8's typed Kubernetes model and refuses what the API server or
 * kubelet would refuse or silently ignore: kinds the suite does not use, values of the wrong type,
 * and fields the model does not know (fabric8 keeps those in {@code additionalProperties}, so a
 * misspelt {@code readinesProbe} would otherwise just disappear).
 */
final class StrictManifestParser {

    private static final Map<String, Class<? extends HasMetadata>> KINDS = Map.of(
            "v1 ConfigMap", ConfigMap.class,
            "v1 Secret", Secret.class,
            "v1 Service", Service.class,
            "apps/v1 Deployment", Deployment.class,
            "apps/v1 StatefulSet", StatefulSet.class);

    private StrictManifestParser() {
    }

    /** Every document of a YAML text, typed. */
    static List<HasMetadata> parse(String yaml, String source) {
        return parseAll(ManifestYaml.read(yaml, source));
    }

    static List<HasMetadata> parseAll(List<Map<String, Object>> documents) {
        List<HasMetadata> resources = new ArrayList<>();
        for (Map<String, Object> document : documents) {
            resources.add(parse(document));
        }
        return resources;
    }

    static HasMetadata parse(Map<String, Object> document) {
        String kind = document.get("apiVersion") + " " + document.get("kind");
        Class<? extends HasMetadata> type = KINDS.get(kind);
        if (type == null) {
            throw new IllegalArgumentException("unexpected kind '" + kind + "'; the suite uses " + KINDS.keySet());
        }
        HasMetadata resource;
        try {
            resource = ManifestYaml.TYPED.convertValue(document, type);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(kind + ": " + e.getMessage(), e);
        }
        String name = resource.getMetadata() == null ? null : resource.getMetadata().getName();
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(kind + " without metadata.name");
        }
        List<String> unknown = new ArrayList<>();
        collectUnknownFields(resource, "", unknown);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(kind + " " + name + " has unknown fields: " + String.join(", ", unknown));
        }
        return resource;
    }

    /** Walks the model's getters and lists every field that landed in an additionalProperties map. */
    private static void collectUnknownFields(Object value, String path, List<String> unknown) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) -> collectUnknownFields(child, path + "." + key, unknown));
        } else if (value instanceof Collection<?> list) {
            int index = 0;
            for (Object child : list) {
                collectUnknownFields(child, path + "[" + index++ + "]", unknown);
            }
        } else if (value instanceof KubernetesResource) {
            for (Method getter : getters(value.getClass())) {
                Object child = invoke(getter, value);
                if (getter.getName().equals("getAdditionalProperties")) {
                    Map<?, ?> additional = child == null ? Map.of() : (Map<?, ?>) child;
                    additional.keySet().forEach(key -> unknown.add(path.isEmpty() ? key.toString() : path.substring(1) + "." + key));
                } else {
                    collectUnknownFields(child, path + "." + property(getter), unknown);
                }
            }
        }
    }

    private static List<Method> getters(Class<?> type) {
        List<Method> getters = new ArrayList<>();
        for (Method method : type.getMethods()) {
            boolean getter = method.getName().startsWith("get") && method.getName().length() > 3
                    || method.getName().startsWith("is") && method.getReturnType() == boolean.class;
            if (getter && method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() != Object.class) {
                getters.add(method);
            }
        }
        getters.sort(Comparator.comparing(Method::getName));
        return getters;
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter + " of " + target, e);
        }
    }

    private static String property(Method getter) {
        String name = getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
