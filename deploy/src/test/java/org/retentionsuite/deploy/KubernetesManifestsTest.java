package org.retentionsuite.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.retentionsuite.deploy.RenderedManifests.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kustomize base and the external-postgres overlay, rendered without kubectl and parsed
 * strictly into the typed Kubernetes model, checked for what would break only once pods run.
 */
class KubernetesManifestsTest {

    private static final Map<String, Integer> APP_PORTS = Map.of(
            "gateway", 8080, "loyalty-service", 8081, "feedback-service", 8082, "segmentation-service", 8083);

    private static final int GATEWAY_MANAGEMENT_PORT = 9000;

    /** The environment variables each app reads (see the apps' application.properties). */
    private static final Map<String, Set<String>> APP_VARIABLES = Map.of(
            "gateway", Set.of("LOYALTY_GRPC_HOST", "LOYALTY_GRPC_PORT", "FEEDBACK_GRPC_HOST", "FEEDBACK_GRPC_PORT",
                    "SEGMENTATION_GRPC_HOST", "SEGMENTATION_GRPC_PORT", "RETENTION_DOWNSTREAM_DEADLINE",
                    "RETENTION_ADMIN_API_KEY", "RETENTION_API_KEYS"),
            "loyalty-service", Set.of("LOYALTY_DB_URL", "LOYALTY_DB_USER", "LOYALTY_DB_PASSWORD"),
            "feedback-service", Set.of("FEEDBACK_DB_URL", "FEEDBACK_DB_USER", "FEEDBACK_DB_PASSWORD"),
            "segmentation-service", Set.of("SEGMENTATION_DB_URL", "SEGMENTATION_DB_USER", "SEGMENTATION_DB_PASSWORD"));

    private static final Map<String, String> DATABASES = Map.of(
            "LOYALTY", "retention_loyalty", "FEEDBACK", "retention_feedback", "SEGMENTATION", "retention_segmentation");

    private static final Set<String> APP_RESOURCES = Set.of(
            "ConfigMap retention-config", "Secret retention-secrets",
            "Deployment gateway", "Deployment loyalty-service", "Deployment feedback-service", "Deployment segmentation-service",
            "Service gateway", "Service loyalty-service", "Service feedback-service", "Service segmentation-service");

    private static final Set<String> POSTGRES_RESOURCES = Set.of(
            "StatefulSet postgres", "Service postgres", "ConfigMap postgres-init");

    static Stream<RenderedManifests> kustomizations() {
        return Stream.of(RenderedManifests.of("base"), RenderedManifests.of("overlays/external-postgres"));
    }

    @Test
    void theBaseRendersTheFourAppsTheirSettingsAndTheInClusterPostgres() {
        Set<String> expected = new TreeSet<>(APP_RESOURCES);
        expected.addAll(POSTGRES_RESOURCES);
        assertEquals(expected, kindsAndNames(RenderedManifests.of("base")));
    }

    @Test
    void theExternalPostgresOverlayRendersTheFourAppsAndTheirSettingsOnly() {
        assertEquals(new TreeSet<>(APP_RESOURCES), kindsAndNames(RenderedManifests.of("overlays/external-postgres")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyServiceSelectsExactlyOneWorkloadAndTargetsAPortItDeclares(RenderedManifests manifests) {
        assertEquals(List.of(), ManifestReferences.serviceProblems(manifests));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyWorkloadSelectsItsOwnPods(RenderedManifests manifests) {
        assertEquals(List.of(), ManifestReferences.workloadSelectorProblems(manifests));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyConfigMapAndSecretReferenceNamesADeployedObjectAndAKeyItHolds(RenderedManifests manifests) {
        assertEquals(List.of(), ManifestReferences.configurationProblems(manifests));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyAppContainerIsProbedForLivenessAndReadinessOnADeclaredPort(RenderedManifests manifests) {
        assertEquals(List.of(), ManifestReferences.appContainerProblems(manifests));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyContainerRequestsCpuAndMemoryAndHasAMemoryLimit(RenderedManifests manifests) {
        assertEquals(List.of(), ManifestReferences.resourceProblems(manifests));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyPodRunsAsNonRootAndNoContainerCanEscalatePrivileges(RenderedManifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Workload workload : manifests.workloads()) {
            PodSecurityContext pod = workload.template().getSpec().getSecurityContext();
            if (pod == null || !Boolean.TRUE.equals(pod.getRunAsNonRoot()) || pod.getRunAsUser() == null || pod.getRunAsUser() == 0) {
                problems.add(workload + " may run as root");
            }
            for (Container container : ManifestReferences.containers(workload)) {
                var security = container.getSecurityContext();
                if (security == null || !Boolean.FALSE.equals(security.getAllowPrivilegeEscalation())
                        || !security.getCapabilities().getDrop().equals(List.of("ALL"))) {
                    problems.add(workload + " container " + container.getName() + " keeps privileges");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void eachAppIsOneDeploymentAndOneServiceOnItsOwnHttpPort(RenderedManifests manifests) {
        for (Map.Entry<String, Integer> app : APP_PORTS.entrySet()) {
            Deployment deployment = manifests.named(Deployment.class, app.getKey()).orElseThrow();
            List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
            assertEquals(1, containers.size(), app.getKey());
            assertEquals("retention/" + app.getKey() + ":0.1.0", containers.get(0).getImage());
            List<ContainerPort> ports = containers.get(0).getPorts();
            // The gateway serves health and metrics on its management interface, apart from the public API.
            List<String> declared = app.getKey().equals("gateway")
                    ? List.of("http " + app.getValue(), "management " + GATEWAY_MANAGEMENT_PORT)
                    : List.of("http " + app.getValue());
            assertEquals(declared,
                    ports.stream().map(p -> p.getName() + " " + p.getContainerPort()).toList(), app.getKey());

            Service service = manifests.named(Service.class, app.getKey()).orElseThrow();
            assertEquals("ClusterIP", service.getSpec().getType(), app.getKey());
            List<ServicePort> servicePorts = service.getSpec().getPorts();
            assertEquals(List.of("http " + app.getValue() + " -> http"), servicePorts.stream()
                    .map(p -> p.getName() + " " + p.getPort() + " -> " + p.getTargetPort().getStrVal()).toList(), app.getKey());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void theGatewayIsProbedAndScrapedOnItsManagementPortNotThePublicOne(RenderedManifests manifests) {
        Deployment gateway = manifests.named(Deployment.class, "gateway").orElseThrow();
        Container container = gateway.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(List.of("management /q/health/live", "management /q/health/live", "management /q/health/ready"),
                Stream.of(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe())
                        .map(probe -> probe.getHttpGet().getPort().getStrVal() + " " + probe.getHttpGet().getPath()).toList());
        assertEquals(String.valueOf(GATEWAY_MANAGEMENT_PORT),
                gateway.getSpec().getTemplate().getMetadata().getAnnotations().get("prometheus.io/port"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void eachAppGetsEveryEnvironmentVariableItReads(RenderedManifests manifests) {
        for (Map.Entry<String, Set<String>> app : APP_VARIABLES.entrySet()) {
            Container container = manifests.named(Deployment.class, app.getKey()).orElseThrow()
                    .getSpec().getTemplate().getSpec().getContainers().get(0);
            Set<String> missing = new TreeSet<>(app.getValue());
            missing.removeAll(ManifestReferences.environment(manifests, container));
            assertEquals(Set.of(), missing, app.getKey());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyGrpcAddressNamesADeployedServiceAndItsPort(RenderedManifests manifests) {
        for (String domain : List.of("LOYALTY", "FEEDBACK", "SEGMENTATION")) {
            String host = manifests.setting(domain + "_GRPC_HOST");
            Service service = manifests.named(Service.class, host).orElseThrow(() -> new AssertionError("no Service " + host));
            assertEquals(List.of(Integer.valueOf(manifests.setting(domain + "_GRPC_PORT"))),
                    service.getSpec().getPorts().stream().map(ServicePort::getPort).toList(), domain);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void theSecretHoldsPlaceholdersOnly(RenderedManifests manifests) {
        Secret secret = manifests.named(Secret.class, "retention-secrets").orElseThrow();
        assertEquals(Map.of(), secret.getData());
        assertEquals(Set.of("change-me"), Set.copyOf(secret.getStringData().values()));
    }

    @Test
    void theBaseRunsPostgres15AsAStatefulSetWithAPersistentVolumeClaimBehindAHeadlessService() {
        RenderedManifests base = RenderedManifests.of("base");
        StatefulSet postgres = base.named(StatefulSet.class, "postgres").orElseThrow();
        Container container = postgres.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals("postgres:15", container.getImage());

        List<PersistentVolumeClaim> claims = postgres.getSpec().getVolumeClaimTemplates();
        assertEquals(List.of("data"), claims.stream().map(c -> c.getMetadata().getName()).toList());
        assertEquals(new Quantity("10Gi"), claims.get(0).getSpec().getResources().getRequests().get("storage"));
        assertEquals(List.of("data /var/lib/postgresql/data", "init-scripts /docker-entrypoint-initdb.d"),
                container.getVolumeMounts().stream().map(m -> m.getName() + " " + m.getMountPath()).toList());

        Service service = base.named(Service.class, postgres.getSpec().getServiceName()).orElseThrow();
        assertEquals("None", service.getSpec().getClusterIP());
        assertEquals(List.of(5432), service.getSpec().getPorts().stream().map(ServicePort::getPort).toList());
    }

    @Test
    void theBaseInitScriptCreatesTheThreeDatabasesWhereTheImageRunsIt() {
        RenderedManifests base = RenderedManifests.of("base");
        StatefulSet postgres = base.named(StatefulSet.class, "postgres").orElseThrow();
        assertEquals("postgres-init", postgres.getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(v -> v.getName().equals("init-scripts")).findFirst().orElseThrow().getConfigMap().getName());

        Map<String, String> scripts = base.named(ConfigMap.class, "postgres-init").orElseThrow().getData();
        assertEquals(Set.of("create-databases.sh"), scripts.keySet());
        String script = scripts.get("create-databases.sh");
        for (Map.Entry<String, String> database : DATABASES.entrySet()) {
            String prefix = database.getKey();
            assertTrue(script.contains("create_database " + database.getValue() + " \"$" + prefix + "_DB_USER\" \"$"
                    + prefix + "_DB_PASSWORD\""), database.getValue());
        }
    }

    @Test
    void theBaseDatabaseUrlsPointAtTheInClusterPostgresService() {
        RenderedManifests base = RenderedManifests.of("base");
        int port = base.named(Service.class, "postgres").orElseThrow().getSpec().getPorts().get(0).getPort();
        for (Map.Entry<String, String> database : DATABASES.entrySet()) {
            assertEquals("jdbc:postgresql://postgres:" + port + "/" + database.getValue(),
                    base.setting(database.getKey() + "_DB_URL"));
        }
    }

    @Test
    void theOverlayRemovesEveryTraceOfTheInClusterPostgres() {
        RenderedManifests overlay = RenderedManifests.of("overlays/external-postgres");
        assertEquals(List.of(), overlay.all(StatefulSet.class));
        assertTrue(overlay.named(Service.class, "postgres").isEmpty());
        assertTrue(overlay.named(ConfigMap.class, "postgres-init").isEmpty());
        List<VolumeMount> initMounts = overlay.workloads().stream()
                .flatMap(w -> ManifestReferences.containers(w).stream())
                .flatMap(c -> c.getVolumeMounts().stream())
                .filter(m -> m.getMountPath().startsWith("/docker-entrypoint-initdb.d")).toList();
        assertEquals(List.of(), initMounts);
    }

    @Test
    void theOverlayDatabaseUrlsPointAtTheExternalServerAndNoLongerAtTheInClusterOne() {
        RenderedManifests overlay = RenderedManifests.of("overlays/external-postgres");
        for (Map.Entry<String, String> database : DATABASES.entrySet()) {
            String url = overlay.setting(database.getKey() + "_DB_URL");
            assertEquals("jdbc:postgresql://postgres.example.internal:5432/" + database.getValue() + "?sslmode=require", url);
            assertFalse(url.startsWith("jdbc:postgresql://postgres:") || url.startsWith("jdbc:postgresql://postgres/"), url);
        }
    }

    @Test
    void theOverlayChangesNothingButThePostgresResourcesAndTheDatabaseUrls() {
        List<HasMetadata> base = new ArrayList<>(RenderedManifests.of("base").resources());
        List<HasMetadata> overlay = new ArrayList<>(RenderedManifests.of("overlays/external-postgres").resources());
        base.removeIf(r -> POSTGRES_RESOURCES.contains(kindAndName(r)));
        for (List<HasMetadata> resources : List.of(base, overlay)) {
            ConfigMap config = (ConfigMap) resources.stream()
                    .filter(r -> kindAndName(r).equals("ConfigMap retention-config")).findFirst().orElseThrow();
            DATABASES.keySet().forEach(prefix -> config.getData().remove(prefix + "_DB_URL"));
        }
        assertEquals(base, overlay);
    }

    private static Set<String> kindsAndNames(RenderedManifests manifests) {
        Set<String> names = new TreeSet<>();
        manifests.resources().forEach(resource -> assertTrue(names.add(kindAndName(resource)), kindAndName(resource)));
        return names;
    }

    private static String kindAndName(HasMetadata resource) {
        return resource.getKind() + " " + resource.getMetadata().getName();
    }
}
