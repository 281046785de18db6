package org.retentionsuite.gateway.e2e;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.retentionsuite.gateway.e2e.Api.asAdmin;

/** Surveys, invitations and responses the feedback end-to-end tests start from, through the REST API. */
final class FeedbackFixtures {

    private FeedbackFixtures() {
    }

    static String activeSurvey(Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "After the delivery", "kind", "NPS",
                "defaultLanguage", "en", "question", Map.of("en", "Would you recommend us?")));
        body.putAll(extra);
        String surveyId = asAdmin().body(body).post("/api/v1/surveys").then().statusCode(201).extract().path("id");
        asAdmin().post("/api/v1/surveys/" + surveyId + "/activate").then().statusCode(200);
        return surveyId;
    }

    static String newCustomer() {
        return "e2e-" + UUID.randomUUID();
    }

    /** Invites the customer and answers with the token as the respondent; the response's id. */
    static String respond(String surveyId, String customer, int score, String comment) {
        String token = asAdmin().body(Map.of("customerIds", List.of(customer)))
                .post("/api/v1/surveys/" + surveyId + "/invitations")
                .then().statusCode(200).extract().path("items[0].token");
        return given().contentType("application/json")
                .body(Map.of("token", token, "score", score, "comment", comment, "answers", List.of()))
                .post("/api/v1/responses").then().statusCode(201).extract().path("id");
    }
}
