package org.retentionsuite.deploy;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The strict parsing that the manifests' test relies on rejects what Kubernetes would not run as written. */
class StrictManifestParserTest {

    /** Maps whose keys are data (labels, ConfigMap entries, quantities), not fields of a type. */
    private static final Set<String> FREE_FORM = Set.of("labels", "annotations", "data", "stringData",
            "matchLabels", "requests", "limits");

    private static final String DEPLOYMENT = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: gateway
            spec:
              selector:
                matchLabels:
                  app.kubernetes.io/name: gateway
              template:
                metadata:
                  labels:
                    app.kubernetes.io/name: gateway
                spec:
                  containers:
                    - name: gateway
                      image: retention/gateway:0.1.0
                      ports:
                        - name: http
                          containerPort: 8080
                      readinessProbe:
                        httpGet:
                          path: /q/health/ready
                          port: http
            """;

    @Test
    void aWellFormedManifestIsAcceptedWithAllItsFields() {
        List<HasMetadata> resources = StrictManifestParser.parse(DEPLOYMENT, "deployment");

        Deployment deployment = (Deployment) resources.get(0);
        assertEquals(1, resources.size());
        assertEquals("/q/health/ready", deployment.getSpec().getTemplate().getSpec().getContainers().get(0)
                .getReadinessProbe().getHttpGet().getPath());
    }

    @Test
    void aMisspeltFieldDeepInThePodTemplateIsRejectedWithItsPath() {
        String misspelt = DEPLOYMENT.replace("readinessProbe:", "readinesProbe:");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StrictManifestParser.parse(misspelt, "deployment"));
        assertEquals("apps/v1 Deployment gateway has unknown fields: spec.template.spec.containers[0].readinesProbe",
                error.getMessage());
    }

    @Test
    void aMisspeltTopLevelFieldIsRejected() {
        String misspelt = DEPLOYMENT.replace("\nspec:", "\nspecs:");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StrictManifestParser.parse(misspelt, "deployment"));
        assertEquals("apps/v1 Deployment gateway has unknown fields: specs", error.getMessage());
    }

    @Test
    void aPortWrittenAsAStringIsRejected() {
        String quoted = DEPLOYMENT.replace("containerPort: 8080", "containerPort: \"8080\"");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StrictManifestParser.parse(quoted, "deployment"));
        assertTrue(error.getMessage().startsWith("apps/v1 Deployment: Cannot coerce String value (\"8080\")"),
                error.getMessage());
    }

    @Test
    void aConfigMapValueThatIsNotAStringIsRejected() {
        String configMap = """
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: retention-config
                data:
                  LOYALTY_GRPC_PORT: 8081
                """;

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StrictManifestParser.parse(configMap, "configmap"));
        assertTrue(error.getMessage().startsWith("v1 ConfigMap: Cannot coerce Integer value (8081)"),
                error.getMessage());
    }

    @Test
    void aRepeatedKeyIsRejected() {
        String repeated = DEPLOYMENT.replace("  name: gateway\nspec:", "  name: gateway\n  name: loyalty\nspec:");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StrictManifestParser.parse(repeated, "deployment"));
        assertTrue(error.getMessage().startsWith("deployment: not valid YAML: Duplicate field 'name'"),
                error.getMessage());
    }

    /** Catches a model type that the unknown-field walk would not reach: every typed object is probed. */
    @Test
    void anUnknownFieldInAnyTypedObjectOfTheRenderedBaseIsRejectedWithItsPath() {
        List<String> accepted = new ArrayList<>();
        Set<Object> probedKinds = new TreeSet<>();
        for (Map<String, Object> document : KustomizeRenderer.render(Path.of("kubernetes/base"))) {
            for (String path : typedObjectPaths(document, document.get("kind").toString(), "")) {
                Map<String, Object> probe = copy(document);
                objectAt(probe, path).put("unknownField", "x");
                probedKinds.add(document.get("kind"));
                try {
                    StrictManifestParser.parse(probe);
                    accepted.add(document.get("kind") + " " + path);
                } catch (IllegalArgumentException e) {
                    String field = path.isEmpty() ? "unknownField" : path + ".unknownField";
                    assertTrue(e.getMessage().endsWith(" has unknown fields: " + field), e.getMessage());
                }
            }
        }
        assertEquals(List.of(), accepted);
        assertEquals(Set.of("ConfigMap", "Deployment", "Secret", "Service", "StatefulSet"), probedKinds);
    }

    @Test
    void aKindTheSuiteDoesNotUseIsRejected() {
        String ingress = """
                apiVersion: networking.k8s.io/v1
                kind: Ingress
                metadata:
                  name: gateway
                """;

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> StrictManifestParser.parse(ingress, "ingress"));
        assertTrue(error.getMessage().startsWith("unexpected kind 'networking.k8s.io/v1 Ingress'"),
                error.getMessage());
    }

    private static List<String> typedObjectPaths(Object node, String kind, String path) {
        List<String> paths = new ArrayList<>();
        if (node instanceof Map<?, ?> map) {
            paths.add(path);
            map.forEach((key, child) -> {
                boolean freeForm = FREE_FORM.contains(key) || key.equals("selector") && kind.equals("Service");
                if (!freeForm) {
                    paths.addAll(typedObjectPaths(child, kind, path.isEmpty() ? key.toString() : path + "." + key));
                }
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                paths.addAll(typedObjectPaths(list.get(i), kind, path + "[" + i + "]"));
            }
        }
        return paths;
    }

    private static Map<String, Object> objectAt(Map<String, Object> document, String path) {
        Object node = document;
        for (String step : path.isEmpty() ? new String[0] : path.split("\\.")) {
            int bracket = step.indexOf('[');
            node = ((Map<?, ?>) node).get(bracket < 0 ? step : step.substring(0, bracket));
            if (bracket >= 0) {
                node = ((List<?>) node).get(Integer.parseInt(step.substring(bracket + 1, step.length() - 1)));
            }
        }
        return ManifestYaml.asMap(node, path);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> document) {
        return ManifestYaml.TYPED.convertValue(document, Map.class);
    }
}
