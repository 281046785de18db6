package org.retentionsuite.deploy;

import io.fabric8.kubernetes.api.model.ConfigMapKeySelector;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KeyToPath;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import org.retentionsuite.deploy.RenderedManifests.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The mistakes that {@code kubectl apply} accepts and that show only once pods run: a Service
 * that selects no pods or forwards to a port nobody listens on, an environment variable from a
 * ConfigMap or Secret key that does not exist, a probe on an undeclared port. Each check returns
 * its problems as sentences, so that a failing test lists all of them.
 */
final class ManifestReferences {

    private ManifestReferences() {
    }

    static List<String> serviceProblems(RenderedManifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Service service : manifests.all(Service.class)) {
            String name = "Service " + service.getMetadata().getName();
            Map<String, String> selector = service.getSpec().getSelector();
            List<Workload> selected = manifests.workloads().stream()
                    .filter(w -> selector != null && !selector.isEmpty()
                            && labels(w).entrySet().containsAll(selector.entrySet()))
                    .toList();
            if (selected.size() != 1) {
                problems.add(name + " selects " + selected.size() + " workloads " + selected + " instead of one");
                continue;
            }
            List<Container> containers = selected.get(0).template().getSpec().getContainers();
            for (ServicePort port : service.getSpec().getPorts()) {
                IntOrString target = port.getTargetPort();
                if (target == null || target.getStrVal() == null) {
                    problems.add(name + " port " + port.getPort() + " does not name its target port");
                } else if (containers.stream().noneMatch(c -> declares(c, target))) {
                    problems.add(name + " targets port " + target.getStrVal() + ", which " + selected.get(0) + " does not declare");
                }
            }
        }
        return problems;
    }

    /** Each workload's own selector matches its pod template (else the API server refuses it). */
    static List<String> workloadSelectorProblems(RenderedManifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            Map<String, String> matchLabels = workload.selector().getMatchLabels();
            if (matchLabels == null || matchLabels.isEmpty()
                    || !labels(workload).entrySet().containsAll(matchLabels.entrySet())) {
                problems.add(workload + " selects " + matchLabels + " but its pods carry " + labels(workload));
            }
        }
        return problems;
    }

    static List<String> configurationProblems(RenderedManifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            for (Container container : containers(workload)) {
                String where = workload + " container " + container.getName();
                for (EnvFromSource source : list(container.getEnvFrom())) {
                    if (source.getConfigMapRef() != null) {
                        requireKey(problems, where, "ConfigMap", source.getConfigMapRef().getName(), null,
                                manifests.configMapKeys(source.getConfigMapRef().getName()));
                    }
                    if (source.getSecretRef() != null) {
                        requireKey(problems, where, "Secret", source.getSecretRef().getName(), null,
                                manifests.secretKeys(source.getSecretRef().getName()));
                    }
                }
                for (EnvVar variable : list(container.getEnv())) {
                    ConfigMapKeySelector fromConfigMap = variable.getValueFrom() == null ? null : variable.getValueFrom().getConfigMapKeyRef();
                    SecretKeySelector fromSecret = variable.getValueFrom() == null ? null : variable.getValueFrom().getSecretKeyRef();
                    if (fromConfigMap != null) {
                        requireKey(problems, where, "ConfigMap", fromConfigMap.getName(), fromConfigMap.getKey(),
                                manifests.configMapKeys(fromConfigMap.getName()));
                    }
                    if (fromSecret != null) {
                        requireKey(problems, where, "Secret", fromSecret.getName(), fromSecret.getKey(),
                                manifests.secretKeys(fromSecret.getName()));
                    }
                }
            }
            for (Volume volume : list(workload.template().getSpec().getVolumes())) {
                String where = workload + " volume " + volume.getName();
                if (volume.getConfigMap() != null) {
                    String configMap = volume.getConfigMap().getName();
                    requireKeys(problems, where, "ConfigMap", configMap, itemKeys(volume.getConfigMap().getItems()),
                            manifests.configMapKeys(configMap));
                }
                if (volume.getSecret() != null) {
                    String secret = volume.getSecret().getSecretName();
                    requireKeys(problems, where, "Secret", secret, itemKeys(volume.getSecret().getItems()),
                            manifests.secretKeys(secret));
                }
            }
        }
        return problems;
    }

    /** Every app (Deployment) container: health probes on a declared port, and resources. */
    static List<String> appContainerProblems(RenderedManifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            if (!workload.kind().equals("Deployment")) {
                continue;
            }
            for (Container container : containers(workload)) {
                String where = workload + " container " + container.getName();
                requireHttpProbe(problems, where + " liveness probe", container.getLivenessProbe(), "/q/health/live", container);
                requireHttpProbe(problems, where + " readiness probe", container.getReadinessProbe(), "/q/health/ready", container);
            }
        }
        return problems;
    }

    /** Every container: CPU and memory requests, and a memory limit (the JVM sizes its heap by it). */
    static List<String> resourceProblems(RenderedManifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            for (Container container : containers(workload)) {
                String where = workload + " container " + container.getName();
                var resources = container.getResources();
                Set<String> requests = resources == null || resources.getRequests() == null ? Set.of() : resources.getRequests().keySet();
                Set<String> limits = resources == null || resources.getLimits() == null ? Set.of() : resources.getLimits().keySet();
                if (!requests.containsAll(Set.of("cpu", "memory"))) {
                    problems.add(where + " requests only " + new TreeSet<>(requests));
                }
                if (!limits.contains("memory")) {
                    problems.add(where + " has no memory limit");
                }
            }
        }
        return problems;
    }

    /** The names of the environment variables a container gets, from env and envFrom. */
    static Set<String> environment(RenderedManifests manifests, Container container) {
        Set<String> names = new TreeSet<>();
        list(container.getEnv()).forEach(variable -> names.add(variable.getName()));
        for (EnvFromSource source : list(container.getEnvFrom())) {
            String prefix = source.getPrefix() == null ? "" : source.getPrefix();
            Optional<Set<String>> keys = source.getConfigMapRef() != null
                    ? manifests.configMapKeys(source.getConfigMapRef().getName())
                    : manifests.secretKeys(source.getSecretRef().getName());
            keys.orElse(Set.of()).forEach(key -> names.add(prefix + key));
        }
        return names;
    }

    static List<Container> containers(Workload workload) {
        List<Container> containers = new ArrayList<>(list(workload.template().getSpec().getInitContainers()));
        containers.addAll(workload.template().getSpec().getContainers());
        return containers;
    }

    private static void requireHttpProbe(List<String> problems, String where, Probe probe, String path, Container container) {
        if (probe == null || probe.getHttpGet() == null) {
            problems.add(where + " is missing or not an HTTP GET");
        } else if (!path.equals(probe.getHttpGet().getPath())) {
            problems.add(where + " checks " + probe.getHttpGet().getPath() + " instead of " + path);
        } else if (!declares(container, probe.getHttpGet().getPort())) {
            problems.add(where + " uses port " + probe.getHttpGet().getPort() + ", which the container does not declare");
        }
    }

    private static void requireKey(List<String> problems, String where, String kind, String name, String key,
            Optional<Set<String>> keys) {
        requireKeys(problems, where, kind, name, key == null ? List.of() : List.of(key), keys);
    }

    private static void requireKeys(List<String> problems, String where, String kind, String name, List<String> wanted,
            Optional<Set<String>> keys) {
        if (keys.isEmpty()) {
            problems.add(where + " refers to " + kind + " " + name + ", which is not deployed");
            return;
        }
        for (String key : wanted) {
            if (!keys.get().contains(key)) {
                problems.add(where + " refers to key " + key + " of " + kind + " " + name + ", which it does not hold");
            }
        }
    }

    private static List<String> itemKeys(List<KeyToPath> items) {
        return list(items).stream().map(KeyToPath::getKey).toList();
    }

    private static boolean declares(Container container, IntOrString port) {
        for (ContainerPort declared : list(container.getPorts())) {
            if (port.getStrVal() != null ? port.getStrVal().equals(declared.getName())
                    : port.getIntVal() != null && port.getIntVal().equals(declared.getContainerPort())) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> labels(Workload workload) {
        Map<String, String> labels = workload.template().getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items;
    }
}
