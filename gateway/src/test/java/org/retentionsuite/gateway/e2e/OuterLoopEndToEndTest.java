package org.retentionsuite.gateway.e2e;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;
import static org.retentionsuite.gateway.e2e.FeedbackFixtures.activeSurvey;
import static org.retentionsuite.gateway.e2e.FeedbackFixtures.newCustomer;
import static org.retentionsuite.gateway.e2e.FeedbackFixtures.respond;

/** The outer loop through the REST API: tags, a keyword rule, an idea ranked by impact, and "you said, we did". */
@QuarkusTest
class OuterLoopEndToEndTest {

    // Before each test (not all): RestAssured knows the gateway's port only once Quarkus started it.
    @org.junit.jupiter.api.BeforeEach
    void awaitFeedback() {
        FeedbackFixtures.awaitFeedback();
    }

    @Test
    void responsesAreTaggedLinkedToAnIdeaAndItsRespondentsToldWhenItShips() {
        String keyword = "parking-" + UUID.randomUUID().toString().substring(0, 8);
        asAdmin().body(Map.of("language", "en", "keyword", keyword, "tag", "parking"))
                .post("/api/v1/tag-rules").then().statusCode(201).body("tag", equalTo("parking"));
        String surveyId = activeSurvey(Map.of());
        String first = newCustomer();
        String second = newCustomer();
        String one = respond(surveyId, first, 5, "Never any " + keyword + " space");
        String two = respond(surveyId, second, 8, "More " + keyword + " please");

        asAdmin().body(Map.of("tags", List.of("store-berlin")))
                .post("/api/v1/responses/" + one + "/tags").then().statusCode(200)
                .body("tags.tag", contains("parking", "store-berlin"))
                .body("tags.source", contains("RULE", "MANUAL"));

        String ideaId = asAdmin().body(Map.of("title", "More parking " + keyword, "effort", 4, "currency", "EUR"))
                .post("/api/v1/ideas").then().statusCode(201).body("status", equalTo("OPEN")).extract().path("id");
        asAdmin().body(Map.of("links", List.of(
                        Map.of("responseId", one, "customerValue", Map.of("currency", "EUR", "amount", "250.00")),
                        Map.of("responseId", two))))
                .post("/api/v1/ideas/" + ideaId + "/responses").then().statusCode(200)
                .body("responsesLinked", equalTo(2))
                .body("customersAffected", equalTo(2))
                .body("valueAffected.amount", equalTo("250.00"))
                .body("priority", equalTo(0.5f));

        asAdmin().body(Map.of("announcement", "You said, we did: 40 new parking spaces."))
                .post("/api/v1/ideas/" + ideaId + "/ship").then().statusCode(200)
                .body("idea.status", equalTo("SHIPPED"))
                .body("idea.announcement", equalTo("You said, we did: 40 new parking spaces."))
                .body("respondents", equalTo(List.of(first, second).stream().sorted().toList()));
        asAdmin().queryParam("status", "SHIPPED").get("/api/v1/ideas").then().statusCode(200);
    }

    @Test
    void badIdeasAndTagsAreProblemsNamingTheFields() {
        asAdmin().body(Map.of("title", "", "effort", 0)).post("/api/v1/ideas").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("title", "effort"));
        asAdmin().body(Map.of("tags", List.of("Not A Tag"))).post("/api/v1/responses/" + UUID.randomUUID() + "/tags")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("tags[0]"));
        asAdmin().body(Map.of("announcement", "Done")).post("/api/v1/ideas/" + UUID.randomUUID() + "/ship")
                .then().statusCode(404);
        asAdmin().queryParam("status", "MAYBE").get("/api/v1/ideas").then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }
}
