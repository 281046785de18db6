package org.retentionsuite.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The kustomize subset that the manifests' test renders with, and its refusal of everything else. */
class KustomizeRendererTest {

    private static final String HEADER = "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n";

    @TempDir
    Path root;

    @Test
    void aBaseDirectoryAndAMergePatchRenderTheMergedResources() throws IOException {
        writeBase();
        write("overlay/kustomization.yaml", HEADER + "resources:\n  - ../base\npatches:\n  - path: urls.yaml\n");
        write("overlay/urls.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config\n"
                + "data:\n  URL: external\n  NEW: added\n");

        List<Map<String, Object>> rendered = KustomizeRenderer.render(root.resolve("overlay"));

        assertEquals(List.of(
                Map.of("apiVersion", "v1", "kind", "ConfigMap", "metadata", Map.of("name", "config", "labels", Map.of("a", "b")),
                        "data", Map.of("URL", "external", "KEEP", "kept", "NEW", "added")),
                Map.of("apiVersion", "v1", "kind", "Secret", "metadata", Map.of("name", "config"),
                        "stringData", Map.of("URL", "secret"))), rendered);
    }

    @Test
    void aDeletePatchRemovesOnlyTheResourceOfThatKindAndName() throws IOException {
        writeBase();
        write("overlay/kustomization.yaml", HEADER + "resources:\n  - ../base\npatches:\n  - path: delete.yaml\n");
        write("overlay/delete.yaml", "$patch: delete\napiVersion: v1\nkind: Secret\nmetadata:\n  name: config\n");

        List<Map<String, Object>> rendered = KustomizeRenderer.render(root.resolve("overlay"));

        assertEquals(List.of("ConfigMap"), rendered.stream().map(r -> r.get("kind")).toList());
    }

    @Test
    void aKustomizationKeyTheRendererDoesNotImplementFailsLoudly() throws IOException {
        writeBase();
        write("overlay/kustomization.yaml", HEADER + "namePrefix: prod-\nresources:\n  - ../base\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KustomizeRenderer.render(root.resolve("overlay")));
        assertEquals(root.resolve("overlay/kustomization.yaml") + ": 'namePrefix' is not implemented by this renderer",
                error.getMessage());
    }

    @Test
    void aPatchThatMatchesNoResourceFails() throws IOException {
        writeBase();
        write("overlay/kustomization.yaml", HEADER + "resources:\n  - ../base\npatches:\n  - path: typo.yaml\n");
        write("overlay/typo.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: confg\ndata:\n  URL: x\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KustomizeRenderer.render(root.resolve("overlay")));
        assertEquals(root.resolve("overlay/typo.yaml") + ": the patch matches no resource v1 ConfigMap confg",
                error.getMessage());
    }

    @Test
    void aPatchWithAListIsRefusedBecauseListsMergeByKey() throws IOException {
        writeBase();
        write("overlay/kustomization.yaml", HEADER + "resources:\n  - ../base\npatches:\n  - path: list.yaml\n");
        write("overlay/list.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config\n  finalizers: [x]\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KustomizeRenderer.render(root.resolve("overlay")));
        assertEquals(root.resolve("overlay/list.yaml") + ": metadata.finalizers: directives, nulls and lists in patches are not implemented",
                error.getMessage());
    }

    @Test
    void aResourceDeclaredTwiceFails() throws IOException {
        writeBase();
        write("overlay/kustomization.yaml", HEADER + "resources:\n  - ../base\n  - config.yaml\n");
        write("overlay/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KustomizeRenderer.render(root.resolve("overlay")));
        assertEquals(root.resolve("overlay/kustomization.yaml") + ": resource v1 ConfigMap config is declared twice",
                error.getMessage());
    }

    @Test
    void aDirectoryWithoutAKustomizationFails() throws IOException {
        write("plain/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config\n");
        write("overlay/kustomization.yaml", HEADER + "resources:\n  - ../plain\n");

        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> KustomizeRenderer.render(root.resolve("overlay")));
        assertEquals(root.resolve("plain") + " has no kustomization.yaml", error.getMessage());
    }

    /** A ConfigMap and a Secret of the same name, in one file of two documents. */
    private void writeBase() throws IOException {
        write("base/kustomization.yaml", HEADER + "resources:\n  - config.yaml\n");
        write("base/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: config\n  labels:\n    a: b\n"
                + "data:\n  URL: in-cluster\n  KEEP: kept\n---\n"
                + "apiVersion: v1\nkind: Secret\nmetadata:\n  name: config\nstringData:\n  URL: secret\n");
    }

    private void write(String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }
}
