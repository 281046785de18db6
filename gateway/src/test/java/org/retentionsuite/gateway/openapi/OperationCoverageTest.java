package org.retentionsuite.gateway.openapi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every operation of the OpenAPI document is called by at least one test. Runs after all other test
 * classes (it reads what they recorded, see {@link CalledOperations}), so it only means something in
 * a whole-suite run.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE)
class OperationCoverageTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void everyOperationOfTheDocumentIsCalledByATest() throws IOException {
        CalledOperations.record();
        Map<String, Map<String, Object>> paths = JsonPath.from(given().accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().asString()).getMap("paths");
        List<String> called = Files.exists(CalledOperations.file()) ? Files.readAllLines(CalledOperations.file()) : List.of();
        Set<String> uncalled = new TreeSet<>();
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            Pattern template = Pattern.compile(path.getKey().replaceAll("\\{[^/]+}", "[^/]+"));
            for (String method : path.getValue().keySet()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                String verb = method.toUpperCase();
                boolean isCalled = called.stream().anyMatch(line -> line.startsWith(verb + " ")
                        && template.matcher(line.substring(verb.length() + 1)).matches());
                if (!isCalled) {
                    uncalled.add(verb + " " + path.getKey());
                }
            }
        }
        assertEquals(Set.of(), uncalled, "operations of /q/openapi that no test calls");
    }

}
