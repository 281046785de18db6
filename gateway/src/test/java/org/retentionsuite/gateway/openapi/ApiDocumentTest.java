package org.retentionsuite.gateway.openapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.retentionsuite.gateway.error.ProblemType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The OpenAPI document at /q/openapi describes every operation with examples: of its request body, of its
 * success answer, and of each problem it can answer, whose type is documented at /problems/<slug>.
 */
@QuarkusTest
class ApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** Problems of the HTTP layer that no operation answers on purpose. */
    private static final Set<ProblemType> NOT_PER_OPERATION = EnumSet.of(ProblemType.METHOD_NOT_ALLOWED,
            ProblemType.INTERNAL_ERROR);

    private Map<String, Map<String, Map<String, Object>>> paths;

    /** Read in each test: RestAssured knows the app's port only once a test runs. */
    @BeforeEach
    void readTheDocument() {
        CalledOperations.record();
        paths = JsonPath.from(given().accept("application/json").get("/q/openapi").then().statusCode(200).extract()
                .asString()).getMap("paths");
    }

    @Test
    void everyOperationHasAnExampleOfItsRequestBodyAndOfItsSuccessAnswer() {
        List<String> missing = new ArrayList<>();
        forEachOperation((name, operation) -> {
            Map<String, Object> body = map(operation.get("requestBody"));
            if (body != null) {
                map(body.get("content")).forEach((media, content) -> {
                    if (!hasExample(map(content))) {
                        missing.add(name + " request " + media);
                    }
                });
            }
            Map<String, Object> responses = map(operation.get("responses"));
            List<String> successes = responses.keySet().stream().filter(code -> code.startsWith("2")).toList();
            if (successes.isEmpty()) {
                missing.add(name + " has no success response");
            }
            for (String code : successes) {
                Map<String, Object> content = map(map(responses.get(code)).get("content"));
                if (content == null) {
                    if (!code.equals("204")) {
                        missing.add(name + " " + code + " has no content");
                    }
                    continue;
                }
                content.forEach((media, described) -> {
                    if (!hasExample(map(described))) {
                        missing.add(name + " " + code + " " + media);
                    }
                });
            }
        });
        assertEquals(List.of(), missing, "examples missing in /q/openapi");
    }

    @Test
    void everyOperationListsItsErrorResponsesWithAnExampleOfEachProblemType() {
        List<String> wrong = new ArrayList<>();
        forEachOperation((name, operation) -> {
            Map<String, Object> responses = map(operation.get("responses"));
            String path = name.substring(name.indexOf(' ') + 1);
            List<String> expected = new ArrayList<>();
            if (path.startsWith("/api/")) {
                expected.addAll(List.of("400", "429", "503", "504"));
                if (!name.equals("POST /api/v1/responses")) {
                    expected.addAll(List.of("401", "403"));
                }
            }
            if (path.startsWith("/s/")) {
                expected.addAll(List.of("404", "503", "504"));
            }
            for (String code : expected) {
                if (!responses.containsKey(code)) {
                    wrong.add(name + " lacks " + code);
                }
            }
            responses.forEach((code, response) -> {
                Map<String, Object> content = map(map(response).get("content"));
                if (code.startsWith("2") || content == null || !content.containsKey(ProblemResponses.PROBLEM_JSON)) {
                    return;
                }
                Map<String, Object> examples = map(map(content.get(ProblemResponses.PROBLEM_JSON)).get("examples"));
                if (examples == null || examples.isEmpty()) {
                    wrong.add(name + " " + code + " has no problem example");
                    return;
                }
                examples.forEach((slug, example) -> {
                    Map<String, Object> value = map(map(example).get("value"));
                    if (!("/problems/" + slug).equals(value.get("type")) || !code.equals(String.valueOf(value.get("status")))
                            || value.get("detail") == null || value.get("title") == null) {
                        wrong.add(name + " " + code + " example " + slug + ": " + value);
                    }
                });
            });
        });
        assertEquals(List.of(), wrong, "error responses of /q/openapi");
    }

    @Test
    void everyProblemTypeOfTheDocumentIsDocumentedAtItsTypeUri() {
        Set<String> used = new TreeSet<>();
        forEachOperation((name, operation) -> map(operation.get("responses")).values().forEach(response -> {
            Map<String, Object> content = map(map(response).get("content"));
            if (content != null && content.containsKey(ProblemResponses.PROBLEM_JSON)) {
                Map<String, Object> examples = map(map(content.get(ProblemResponses.PROBLEM_JSON)).get("examples"));
                examples.values().forEach(example -> used.add((String) map(map(example).get("value")).get("type")));
            }
        }));
        Set<String> expected = Arrays.stream(ProblemType.values()).filter(type -> !NOT_PER_OPERATION.contains(type))
                .map(type -> type.uri().toString()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(expected, used, "the problem types the operations of /q/openapi name");
        for (ProblemType type : ProblemType.values()) {
            String title = given().get(type.uri().toString()).then().statusCode(200).extract().path("title");
            assertEquals(type.title(), title);
        }
    }

    @Test
    void aRedemptionNamesTheLoyaltyRefusalsAndTheIdempotencyProblems() {
        Map<String, Object> responses = map(map(paths.get("/api/v1/programs/{programId}/members/{customerId}/redemptions")
                .get("post")).get("responses"));
        assertEquals(Set.of("conflict", "not-enough-points", "out-of-stock", "reward-not-available", "member-limit-reached",
                "member-suspended", "request-in-flight"), problemSlugs(responses, "409"));
        assertEquals(Set.of("idempotency-key-reused"), problemSlugs(responses, "422"));
        assertEquals(Set.of("service-unavailable", "circuit-open"), problemSlugs(responses, "503"));
    }

    private static Set<String> problemSlugs(Map<String, Object> responses, String code) {
        return map(map(map(map(responses.get(code)).get("content")).get(ProblemResponses.PROBLEM_JSON)).get("examples"))
                .keySet();
    }

    private static boolean hasExample(Map<String, Object> media) {
        return media != null && (media.get("example") != null
                || media.get("examples") instanceof Map<?, ?> examples && !examples.isEmpty());
    }

    private void forEachOperation(java.util.function.BiConsumer<String, Map<String, Object>> check) {
        assertTrue(paths.size() > 50, "the document has " + paths.size() + " paths");
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (METHODS.contains(method)) {
                check.accept(method.toUpperCase() + " " + path, map(operation));
            }
        }));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
