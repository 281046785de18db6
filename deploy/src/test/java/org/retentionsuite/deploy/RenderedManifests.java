package org.retentionsuite.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The typed resources of one rendered kustomization, with the look-ups the checks need. */
final class RenderedManifests {

    /** A Deployment or StatefulSet, reduced to what Services and references point at. */
    record Workload(String kind, String name, LabelSelector selector, PodTemplateSpec template) {

        @Override
        public String toString() {
            return kind + " " + name;
        }
    }

    private final String name;
    private final List<HasMetadata> resources;

    private RenderedManifests(String name, List<HasMetadata> resources) {
        this.name = name;
        this.resources = List.copyOf(resources);
    }

    /** Renders {@code kubernetes/<kustomization>} of the deploy module and parses it strictly. */
    static RenderedManifests of(String kustomization) {
        Path directory = Path.of("kubernetes").resolve(kustomization);
        return new RenderedManifests(kustomization, StrictManifestParser.parseAll(KustomizeRenderer.render(directory)));
    }

    String name() {
        return name;
    }

    List<HasMetadata> resources() {
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> named(Class<T> type, String resourceName) {
        List<T> matches = all(type).stream().filter(r -> r.getMetadata().getName().equals(resourceName)).toList();
        if (matches.size() > 1) {
            throw new IllegalStateException(name + " has " + matches.size() + " " + type.getSimpleName() + " " + resourceName);
        }
        return matches.stream().findFirst();
    }

    List<Workload> workloads() {
        List<Workload> workloads = new ArrayList<>();
        all(Deployment.class).forEach(d -> workloads.add(
                new Workload("Deployment", d.getMetadata().getName(), d.getSpec().getSelector(), d.getSpec().getTemplate())));
        all(StatefulSet.class).forEach(s -> workloads.add(
                new Workload("StatefulSet", s.getMetadata().getName(), s.getSpec().getSelector(), s.getSpec().getTemplate())));
        return workloads;
    }

    /** The keys a ConfigMap holds, or empty when there is no ConfigMap of that name. */
    Optional<Set<String>> configMapKeys(String configMapName) {
        return named(ConfigMap.class, configMapName).map(c -> keys(c.getData(), c.getBinaryData()));
    }

    /** The keys a Secret holds ({@code data} and {@code stringData}), or empty when there is none. */
    Optional<Set<String>> secretKeys(String secretName) {
        return named(Secret.class, secretName).map(s -> keys(s.getData(), s.getStringData()));
    }

    /** A value of the ConfigMap retention-config, which every app reads its settings from. */
    String setting(String key) {
        ConfigMap config = named(ConfigMap.class, "retention-config")
                .orElseThrow(() -> new IllegalStateException(name + " has no ConfigMap retention-config"));
        String value = config.getData().get(key);
        if (value == null) {
            throw new IllegalStateException(name + ": retention-config has no " + key);
        }
        return value;
    }

    private static Set<String> keys(Map<String, String> first, Map<String, String> second) {
        Set<String> keys = new HashSet<>();
        if (first != null) {
            keys.addAll(first.keySet());
        }
        if (second != null) {
            keys.addAll(second.keySet());
        }
        return keys;
    }

    @Override
    public String toString() {
        return name;
    }
}
