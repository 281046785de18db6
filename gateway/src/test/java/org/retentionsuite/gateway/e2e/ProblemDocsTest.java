package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Each problem type URI resolves to its documentation, without credentials. */
@QuarkusTest
class ProblemDocsTest {

    @Test
    void eachProblemTypeIsDocumentedAtItsUri() {
        given().get("/problems/service-unavailable").then().statusCode(200)
                .body("type", equalTo("/problems/service-unavailable"))
                .body("status", equalTo(503))
                .body("title", equalTo("A service is unavailable"));
        given().get("/problems").then().statusCode(200)
                .body("type", hasItem("/problems/rate-limited"));
        given().get("/problems/no-such-problem").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theOpenApiDocumentListsTheProblemsOfEachOperation() {
        given().accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/programs'.post.responses.'401'.content.'application/problem+json'.examples.unauthorized.value.type",
                        equalTo("/problems/unauthorized"))
                .body("paths.'/api/v1/programs'.post.responses.'403'.description",
                        equalTo("The credentials do not allow this request (see /problems/forbidden)"));
    }
}
